package mai.launcher.core.config.maibot;

import java.util.Objects;
import java.util.Optional;

/**
 * One thing the wiring check found wrong between two pieces of an instance.
 *
 * @param link     which connection or file it is about
 * @param severity {@link Severity#ERROR} when the pieces will not talk, else a warning
 * @param message  what is wrong and what to change, for people, in their language
 * @param fix      the change that repairs it, to apply with {@link ConfigEdits#apply(ConfigEdit)};
 *                 empty when only the person can decide (e.g. which groups to whitelist)
 * @since 0.1
 */
public record WiringFinding(Link link, Severity severity, String message, Optional<ConfigEdit> fix) {

    /** The connections and files the check looks at. */
    public enum Link {
        /** NapCat ↔ adapter (0.x: NapCat's client to the adapter; 1.x: adapter to NapCat's server). */
        NAPCAT_ADAPTER,
        /** 0.x adapter → MaiBot ({@code maibot_server} against {@code .env}). */
        ADAPTER_MAIBOT,
        /** 1.x: the adapter plugin is switched on. */
        ADAPTER_PLUGIN,
        /** {@code bot.qq_account} against the QQ NapCat logs in with. */
        ACCOUNT,
        /** The adapter's chat whitelists and blacklists. */
        CHAT_FILTER,
        /** A file the check needs is missing or unreadable. */
        FILES
    }

    /**
     * Creates a finding.
     *
     * @param link     which connection
     * @param severity how serious
     * @param message  the sentence
     * @param fix      the repair, if one can be applied
     */
    public WiringFinding {
        Objects.requireNonNull(link, "link"); //$NON-NLS-1$
        Objects.requireNonNull(severity, "severity"); //$NON-NLS-1$
        Objects.requireNonNull(message, "message"); //$NON-NLS-1$
        Objects.requireNonNull(fix, "fix"); //$NON-NLS-1$
    }
}
