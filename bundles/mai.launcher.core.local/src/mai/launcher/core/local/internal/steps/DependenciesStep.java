package mai.launcher.core.local.internal.steps;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;

import mai.launcher.core.local.internal.Layout;
import mai.launcher.core.local.internal.LocalSettings;
import mai.launcher.core.local.internal.Messages;
import mai.launcher.core.local.internal.python.PythonEnvironment;
import mai.launcher.deployment.api.DeployContext;
import mai.launcher.deployment.api.DeployException;
import mai.launcher.deployment.api.DeployStep;

/** Installs MaiBot's (and the 0.x adapter's) requirements into the environment, with pip's output in the log. */
public final class DependenciesStep implements DeployStep {

    private final Layout layout;

    /**
     * @param layout the instance's folders
     */
    public DependenciesStep(Layout layout) {
        this.layout = layout;
    }

    @Override
    public String id() {
        return "dependencies"; //$NON-NLS-1$
    }

    @Override
    public String label(Locale locale) {
        return Messages.stepDependencies;
    }

    @Override
    public int weight() {
        return 40;
    }

    @Override
    public void run(DeployContext context, IProgressMonitor monitor) throws DeployException {
        PythonEnvironment.PackageSources sources = new PythonEnvironment.PackageSources(
                context.setting(LocalSettings.PIP_INDEX), context.setting(LocalSettings.WHEEL_FOLDER).map(Path::of));
        new PythonEnvironment(layout, PythonStep.uv(context), context::info).install(List.of(
                layout.maibot().resolve("requirements.txt"), layout.adapter().resolve("requirements.txt")), //$NON-NLS-1$ //$NON-NLS-2$
                sources, monitor);
    }
}
