package mai.launcher.core.p2.internal;

import java.util.Optional;

import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.IProvisioningAgentProvider;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

import mai.launcher.core.ErrorCode;
import mai.launcher.core.LauncherException;

/**
 * The p2 agent of the running installation and its profile. The agent p2 registers for the running system is used
 * when there is one, so that its caches are shared; otherwise one is made for the installation's p2 folder
 * ({@code eclipse.p2.data.area}). A development run or a test runtime has no profile: it is not managed.
 */
final class RunningInstallation {

    private final BundleContext context;
    private IProvisioningAgent agent;

    RunningInstallation(BundleContext context) {
        this.context = context;
    }

    /** @return the agent, or empty when p2 is not set up for this installation */
    synchronized Optional<IProvisioningAgent> agent() {
        if (agent == null) {
            ServiceReference<IProvisioningAgentProvider> provider = context
                    .getServiceReference(IProvisioningAgentProvider.class);
            if (provider == null) {
                return Optional.empty();
            }
            IProvisioningAgentProvider agents = context.getService(provider);
            try {
                // Getting the provider started p2's core bundle, which registers the running system's agent.
                agent = current().orElse(null);
                if (agent == null && agents != null) {
                    agent = agents.createAgent(null);
                }
            } catch (ProvisionException e) {
                return Optional.empty();
            } finally {
                context.ungetService(provider);
            }
        }
        return Optional.ofNullable(agent);
    }

    private Optional<IProvisioningAgent> current() {
        try {
            for (ServiceReference<IProvisioningAgent> reference : context.getServiceReferences(
                    IProvisioningAgent.class, "(" + IProvisioningAgent.SERVICE_CURRENT + "=true)")) { //$NON-NLS-1$ //$NON-NLS-2$
                return Optional.ofNullable(context.getService(reference));
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        return Optional.empty();
    }

    /** @return the installation's own profile, or empty when it has none */
    Optional<IProfile> profile() {
        return agent().map(a -> (IProfileRegistry) a.getService(IProfileRegistry.SERVICE_NAME))
                .map(registry -> registry.getProfile(IProfileRegistry.SELF));
    }

    /** @return the agent, or the error saying this installation cannot change itself */
    IProvisioningAgent requireAgent() throws LauncherException {
        return agent().orElseThrow(RunningInstallation::unmanaged);
    }

    /** @return the profile, or the error saying this installation cannot change itself */
    IProfile requireProfile() throws LauncherException {
        return profile().orElseThrow(RunningInstallation::unmanaged);
    }

    /**
     * @param <T>  the service's type
     * @param type an agent service's class
     * @return the agent's service of that type
     */
    <T> T service(Class<T> type) throws LauncherException {
        Object service = requireAgent().getService(type.getName());
        if (service == null) {
            throw new LauncherException(ErrorCode.INTERNAL, org.eclipse.osgi.util.NLS.bind(Messages.p2ServiceMissing,
                    type.getSimpleName()));
        }
        return type.cast(service);
    }

    private static LauncherException unmanaged() {
        return new LauncherException(ErrorCode.UNAVAILABLE, Messages.notManaged);
    }
}
