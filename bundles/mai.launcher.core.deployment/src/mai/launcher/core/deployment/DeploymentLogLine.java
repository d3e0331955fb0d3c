package mai.launcher.core.deployment;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One line of a deployment's log ({@code deployment_logs}).
 *
 * @param deploymentId the deployment
 * @param time         when it was written
 * @param level        {@code INFO}, {@code WARN} or {@code ERROR}
 * @param message      the line
 * @since 0.1
 */
public record DeploymentLogLine(String deploymentId, LocalDateTime time, String level, String message) {

    /** Checks for {@code null}s. */
    public DeploymentLogLine {
        Objects.requireNonNull(deploymentId, "deploymentId"); //$NON-NLS-1$
        Objects.requireNonNull(time, "time"); //$NON-NLS-1$
        Objects.requireNonNull(level, "level"); //$NON-NLS-1$
        Objects.requireNonNull(message, "message"); //$NON-NLS-1$
    }
}
