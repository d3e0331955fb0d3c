package mai.launcher.core.deployment;

import java.util.Locale;

/**
 * The state of a deployment task, as stored in {@code deployments.status}.
 *
 * @since 0.1
 */
public enum DeploymentStatus {
    /** Recorded, not started. */
    PENDING,
    /** Running now. */
    RUNNING,
    /** Done. */
    COMPLETED,
    /** Stopped by an error; Retry runs it again. */
    FAILED,
    /** Cancelled by the user; Retry runs it again. */
    CANCELLED,
    /** Cut off by a crash or kill of the launcher; Retry resumes it. */
    INTERRUPTED;

    /** @return the stored form */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return whether the task has ended and may be retried */
    public boolean retryable() {
        return this == FAILED || this == CANCELLED || this == INTERRUPTED;
    }

    /**
     * @param id a stored value
     * @return the status; unknown values read as {@link #INTERRUPTED}
     */
    public static DeploymentStatus parse(String id) {
        try {
            return valueOf(id == null ? "" : id.toUpperCase(Locale.ROOT)); //$NON-NLS-1$
        } catch (IllegalArgumentException e) {
            return INTERRUPTED;
        }
    }
}
