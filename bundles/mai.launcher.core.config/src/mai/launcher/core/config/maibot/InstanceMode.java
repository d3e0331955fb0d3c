package mai.launcher.core.config.maibot;

import java.util.Objects;
import java.util.Optional;

/**
 * How an instance runs, which decides where its files are and which host names connect the
 * pieces (loopback addresses locally, compose service names in Docker).
 *
 * @since 0.1
 */
public enum InstanceMode {
    /** Processes on this machine, files under {@code MaiBot/}, {@code NapCat/}. */
    LOCAL("local"), //$NON-NLS-1$
    /** Containers from a compose file, files in its bind mounts. */
    DOCKER("docker"); //$NON-NLS-1$

    private final String cliName;

    InstanceMode(String cliName) {
        this.cliName = cliName;
    }

    /**
     * Returns the name used on command lines and in the launcher database.
     *
     * @return {@code local} or {@code docker}
     */
    public String cliName() {
        return cliName;
    }

    /**
     * Finds a mode by its command-line name, ignoring case.
     *
     * @param name e.g. {@code docker}
     * @return the mode, or empty for an unknown name
     */
    public static Optional<InstanceMode> fromCliName(String name) {
        Objects.requireNonNull(name, "name"); //$NON-NLS-1$
        for (InstanceMode m : values()) {
            if (m.cliName.equalsIgnoreCase(name.strip())) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
