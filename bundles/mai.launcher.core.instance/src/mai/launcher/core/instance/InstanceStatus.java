package mai.launcher.core.instance;

import java.util.Locale;

import mai.launcher.core.instance.internal.Messages;

/**
 * The run status of an instance, as the old launcher stores it in {@code instances.status}.
 *
 * @since 0.1
 */
public enum InstanceStatus {
    /** Created, not deployed yet. */
    PENDING,
    /** Its processes or containers are starting. */
    STARTING,
    /** Everything runs. */
    RUNNING,
    /** Some components run, others do not. */
    PARTIAL,
    /** Its processes or containers are stopping. */
    STOPPING,
    /** Nothing runs. */
    STOPPED,
    /** A component failed. */
    FAILED,
    /** Not known (for example, a value another program wrote). */
    UNKNOWN;

    /** @return the status in the user's language */
    public String label() {
        return switch (this) {
            case PENDING -> Messages.statusPending;
            case STARTING -> Messages.statusStarting;
            case RUNNING -> Messages.statusRunning;
            case PARTIAL -> Messages.statusPartial;
            case STOPPING -> Messages.statusStopping;
            case STOPPED -> Messages.statusStopped;
            case FAILED -> Messages.statusFailed;
            case UNKNOWN -> Messages.statusUnknown;
        };
    }

    /** @return the stored form, lower case */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param id a stored value, possibly {@code null}
     * @return the status, {@link #STOPPED} for none and {@link #UNKNOWN} for a value this launcher does not know
     */
    public static InstanceStatus parse(String id) {
        if (id == null || id.isBlank()) {
            return STOPPED;
        }
        try {
            return valueOf(id.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return UNKNOWN;
        }
    }
}
