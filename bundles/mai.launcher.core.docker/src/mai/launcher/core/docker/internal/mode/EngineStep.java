package mai.launcher.core.docker.internal.mode;

import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;

import mai.launcher.core.LauncherException;
import mai.launcher.core.docker.DockerEngine;
import mai.launcher.core.docker.EngineInfo;
import mai.launcher.core.docker.internal.Messages;
import mai.launcher.deployment.api.DeployContext;
import mai.launcher.deployment.api.DeployException;
import mai.launcher.deployment.api.DeployStep;

/** Checks the engine and compose, and says which were found. */
final class EngineStep implements DeployStep {

    private final DockerEngine engine;

    EngineStep(DockerEngine engine) {
        this.engine = engine;
    }

    @Override
    public String id() {
        return "engine"; //$NON-NLS-1$
    }

    @Override
    public String label(Locale locale) {
        return Messages.stepEngine;
    }

    @Override
    public void run(DeployContext context, IProgressMonitor monitor) throws DeployException {
        EngineInfo info = DockerDeployMode.checked(engine);
        context.info(NLS.bind(Messages.engineFound, new Object[] { info.version(), info.apiVersion(), info.endpoint(),
                info.compose().map(c -> String.join(" ", c.command()) + " " + c.version()).orElse("?") })); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        if (info.freeBytes() >= 0 && info.freeBytes() < 3L * 1024 * 1024 * 1024) {
            context.log("WARN", NLS.bind(Messages.lowDisk, info.dataRoot(), info.freeBytes() / (1024 * 1024))); //$NON-NLS-1$
        }
    }

    static DeployException failure(LauncherException e) {
        return new DeployException(e.getMessage(), e);
    }
}
