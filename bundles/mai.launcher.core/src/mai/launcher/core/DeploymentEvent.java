package mai.launcher.core;

import java.util.Objects;

/**
 * The payload of {@link Topics#DEPLOYMENT_CHANGED}.
 *
 * @param deploymentId the deployment ({@code deploy_} + 12 hex digits)
 * @param instanceId   the instance it deploys
 * @param status       {@code pending, running, completed, failed, cancelled} or {@code interrupted}
 * @param progress     0 to 100
 * @since 0.1
 */
public record DeploymentEvent(String deploymentId, String instanceId, String status, int progress) {

    /** Checks for {@code null}s. */
    public DeploymentEvent {
        Objects.requireNonNull(deploymentId, "deploymentId"); //$NON-NLS-1$
        Objects.requireNonNull(instanceId, "instanceId"); //$NON-NLS-1$
        Objects.requireNonNull(status, "status"); //$NON-NLS-1$
    }
}
