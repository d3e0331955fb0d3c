package mai.launcher.core.docker.internal.mode;

import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;

import mai.launcher.core.LauncherException;
import mai.launcher.core.docker.internal.Messages;
import mai.launcher.deployment.api.DeployContext;
import mai.launcher.deployment.api.DeployException;
import mai.launcher.deployment.api.DeployStep;

/** Brings the project up ({@code compose up -d}): the containers are made and started. */
public final class UpStep implements DeployStep {

    private final ComposeAccess compose;

    /** @param compose where compose runs */
    public UpStep(ComposeAccess compose) {
        this.compose = compose;
    }

    @Override
    public String id() {
        return "up"; //$NON-NLS-1$
    }

    @Override
    public String label(Locale locale) {
        return Messages.stepUp;
    }

    @Override
    public int weight() {
        return 3;
    }

    @Override
    public void run(DeployContext context, IProgressMonitor monitor) throws DeployException {
        try {
            compose.compose(context.request().instance()).run(List.of("up", "-d", "--remove-orphans"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    context::info, monitor);
        } catch (LauncherException e) {
            throw EngineStep.failure(e);
        }
    }
}
