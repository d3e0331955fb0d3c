package mai.launcher.deployment.api;

import java.util.Objects;

/**
 * Whether a deploy mode can work on this machine now.
 *
 * @param available whether it can
 * @param reason    why not, in the user's language; empty when available
 * @param fix       what the user can do about it; empty when available
 * @since 1.0
 */
public record Availability(boolean available, String reason, String fix) {

    /** Checks for {@code null}s. */
    public Availability {
        Objects.requireNonNull(reason, "reason"); //$NON-NLS-1$
        Objects.requireNonNull(fix, "fix"); //$NON-NLS-1$
    }

    /** @return an availability without reservations */
    public static Availability ok() {
        return new Availability(true, "", ""); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * @param reason why the mode cannot work
     * @param fix    what to do about it
     * @return an unavailability
     */
    public static Availability unavailable(String reason, String fix) {
        return new Availability(false, reason, fix);
    }
}
