package mai.launcher.core.config.maibot;

import java.util.Objects;
import java.util.Optional;

/**
 * The TOML configuration files of an instance that the launcher edits.
 *
 * @since 0.1
 */
public enum ConfigKind {
    /** MaiBot's {@code bot_config.toml}. */
    BOT("bot", "bot_config.toml"), //$NON-NLS-1$ //$NON-NLS-2$
    /** MaiBot's {@code model_config.toml}. */
    MODEL("model", "model_config.toml"), //$NON-NLS-1$ //$NON-NLS-2$
    /** The NapCat adapter's {@code config.toml} (standalone in 0.x, plugin in 1.x). */
    ADAPTER("adapter", "config.toml"); //$NON-NLS-1$ //$NON-NLS-2$

    private final String cliName;
    private final String fileName;

    ConfigKind(String cliName, String fileName) {
        this.cliName = cliName;
        this.fileName = fileName;
    }

    /**
     * Returns the name used on command lines, e.g. {@code set bot bot.nickname 麦麦}.
     *
     * @return {@code bot}, {@code model} or {@code adapter}
     */
    public String cliName() {
        return cliName;
    }

    /**
     * Returns the file's name.
     *
     * @return e.g. {@code bot_config.toml}
     */
    public String fileName() {
        return fileName;
    }

    /**
     * Finds a kind by its command-line name, ignoring case.
     *
     * @param name e.g. {@code model}
     * @return the kind, or empty for an unknown name
     */
    public static Optional<ConfigKind> fromCliName(String name) {
        Objects.requireNonNull(name, "name"); //$NON-NLS-1$
        for (ConfigKind k : values()) {
            if (k.cliName.equalsIgnoreCase(name.strip())) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
