package mai.launcher.core.deployment;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A deployment task of an instance, as recorded in {@code deployments}.
 *
 * @param id          {@code deploy_} + 12 hex digits
 * @param instanceId  the instance deployed
 * @param mode        the deploy mode's id
 * @param status      where it stands
 * @param progress    0 to 100
 * @param currentStep the step running or last run, empty before the first
 * @param createdAt   when it was recorded
 * @param completedAt when it ended
 * @param error       why it failed
 * @param options     the options it runs with, used again by Retry
 * @since 0.1
 */
public record Deployment(String id, String instanceId, String mode, DeploymentStatus status, int progress,
        String currentStep, Optional<LocalDateTime> createdAt, Optional<LocalDateTime> completedAt,
        Optional<String> error, Map<String, String> options) {

    /** Checks for {@code null}s and freezes the options. */
    public Deployment {
        Objects.requireNonNull(id, "id"); //$NON-NLS-1$
        Objects.requireNonNull(instanceId, "instanceId"); //$NON-NLS-1$
        Objects.requireNonNull(mode, "mode"); //$NON-NLS-1$
        Objects.requireNonNull(status, "status"); //$NON-NLS-1$
        Objects.requireNonNull(currentStep, "currentStep"); //$NON-NLS-1$
        Objects.requireNonNull(createdAt, "createdAt"); //$NON-NLS-1$
        Objects.requireNonNull(completedAt, "completedAt"); //$NON-NLS-1$
        Objects.requireNonNull(error, "error"); //$NON-NLS-1$
        options = Map.copyOf(options);
    }
}
