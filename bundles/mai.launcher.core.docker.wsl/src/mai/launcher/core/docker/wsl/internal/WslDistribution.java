package mai.launcher.core.docker.wsl.internal;

import java.util.Locale;
import java.util.Objects;

/**
 * A Linux distribution installed in WSL, as {@code wsl.exe -l -v} lists it.
 *
 * @param name      its name, e.g. {@code Ubuntu-22.04}
 * @param state     whether it runs
 * @param stateText the state as WSL printed it, in the system's language
 * @param version   the WSL version it runs on, 1 or 2
 * @param isDefault whether it is the default distribution (marked {@code *})
 */
public record WslDistribution(String name, State state, String stateText, int version, boolean isDefault) {

    /** Checks for {@code null}s. */
    public WslDistribution {
        Objects.requireNonNull(name, "name"); //$NON-NLS-1$
        Objects.requireNonNull(state, "state"); //$NON-NLS-1$
        Objects.requireNonNull(stateText, "stateText"); //$NON-NLS-1$
    }

    /** A distribution's state. */
    public enum State {
        /** Its VM or processes run. */
        RUNNING,
        /** It is installed and stopped (it starts when a command runs in it). */
        STOPPED,
        /** Installing, converting, uninstalling, or a state this launcher does not know. */
        OTHER;

        /**
         * @param text the state as WSL prints it (English or Chinese)
         * @return the state
         */
        public static State of(String text) {
            return switch (text.strip().toLowerCase(Locale.ROOT)) {
            // English, and Chinese as WSL prints it on a Chinese Windows
            case "running", "\u6b63\u5728\u8fd0\u884c", "\u8fd0\u884c\u4e2d", "\u57f7\u884c\u4e2d" -> RUNNING; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            case "stopped", "\u5df2\u505c\u6b62", "\u505c\u6b62" -> STOPPED; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            default -> OTHER;
            };
        }
    }

    /** @return whether this is one of Docker Desktop's own distributions, never one to run compose in */
    public boolean dockerDesktop() {
        return name.toLowerCase(Locale.ROOT).startsWith("docker-desktop"); //$NON-NLS-1$
    }
}
