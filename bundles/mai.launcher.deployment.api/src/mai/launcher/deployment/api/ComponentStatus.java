package mai.launcher.deployment.api;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * A component's state with what is known about its process or container.
 *
 * @param instanceId  the instance
 * @param componentId the component
 * @param state       its state
 * @param pid         the process id, when it runs as a process of this machine
 * @param since       when it entered this state
 * @param exitCode    its exit code, when it has ended
 * @param detail      why it is in this state (a crash's last output line, a start failure), for the user
 * @param restarts    how many times the watchdog restarted it since the user started it
 * @since 1.0
 */
public record ComponentStatus(String instanceId, String componentId, ComponentState state, OptionalLong pid,
        Instant since, OptionalInt exitCode, Optional<String> detail, int restarts) {

    /** Checks for {@code null}s. */
    public ComponentStatus {
        Objects.requireNonNull(instanceId, "instanceId"); //$NON-NLS-1$
        Objects.requireNonNull(componentId, "componentId"); //$NON-NLS-1$
        Objects.requireNonNull(state, "state"); //$NON-NLS-1$
        Objects.requireNonNull(pid, "pid"); //$NON-NLS-1$
        Objects.requireNonNull(since, "since"); //$NON-NLS-1$
        Objects.requireNonNull(exitCode, "exitCode"); //$NON-NLS-1$
        Objects.requireNonNull(detail, "detail"); //$NON-NLS-1$
    }

    /**
     * @param instanceId  the instance
     * @param componentId the component
     * @return the status of a component that does not run
     */
    public static ComponentStatus stopped(String instanceId, String componentId) {
        return new ComponentStatus(instanceId, componentId, ComponentState.STOPPED, OptionalLong.empty(),
                Instant.now(), OptionalInt.empty(), Optional.empty(), 0);
    }
}
