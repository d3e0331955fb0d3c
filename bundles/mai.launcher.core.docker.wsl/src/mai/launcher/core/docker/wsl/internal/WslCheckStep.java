package mai.launcher.core.docker.wsl.internal;

import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;

import mai.launcher.core.LauncherException;
import mai.launcher.deployment.api.DeployContext;
import mai.launcher.deployment.api.DeployException;
import mai.launcher.deployment.api.DeployStep;

/**
 * Checks WSL 2, the distribution, Docker and compose in it, and that the instance's folder can be reached from
 * there; remembers the distribution with the instance, which keeps its containers there from then on.
 */
final class WslCheckStep implements DeployStep {

    private final WslDocker docker;
    private final WslDockerDeployMode.Target target;

    WslCheckStep(WslDocker docker, WslDockerDeployMode.Target target) {
        this.docker = docker;
        this.target = target;
    }

    @Override
    public String id() {
        return "wsl"; //$NON-NLS-1$
    }

    @Override
    public String label(Locale locale) {
        return Messages.stepWsl;
    }

    @Override
    public void run(DeployContext context, IProgressMonitor monitor) throws DeployException {
        WslDocker.Found found;
        try {
            found = docker.check(target.wanted());
        } catch (WslProblem e) {
            throw e.deployException();
        }
        String name = found.distribution().name();
        try {
            WslPaths.toWsl(context.request().instance().folder().toString(), name);
        } catch (LauncherException e) {
            throw new DeployException(e.getMessage(), e);
        }
        context.info(NLS.bind(Messages.found, new Object[] { name, found.dockerVersion(), found.composeVersion() }));
        target.found(name);
        context.remember(WslDockerDeployMode.DISTRIBUTION, name);
    }
}
