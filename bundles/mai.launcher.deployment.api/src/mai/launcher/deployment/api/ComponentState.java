package mai.launcher.deployment.api;

import java.util.Locale;

/**
 * The run state of a component.
 *
 * @since 1.0
 */
public enum ComponentState {
    /** Not running. */
    STOPPED,
    /** Started, not ready yet. */
    STARTING,
    /** Running. */
    RUNNING,
    /** Asked to stop, not stopped yet. */
    STOPPING,
    /** Ended without being asked to (a crash), or could not start. */
    FAILED;

    /** @return the state in lower case, as events and the command line carry it */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
