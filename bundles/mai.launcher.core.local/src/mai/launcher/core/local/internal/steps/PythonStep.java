package mai.launcher.core.local.internal.steps;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;

import mai.launcher.core.local.internal.Layout;
import mai.launcher.core.local.internal.LocalSettings;
import mai.launcher.core.local.internal.Messages;
import mai.launcher.core.local.internal.python.PythonEnvironment;
import mai.launcher.core.local.internal.python.PythonFinder;
import mai.launcher.core.local.internal.python.PythonInstall;
import mai.launcher.core.local.internal.python.RequiresPython;
import mai.launcher.deployment.api.DeployContext;
import mai.launcher.deployment.api.DeployException;
import mai.launcher.deployment.api.DeployStep;

/**
 * Chooses the interpreter MaiBot needs (its {@code requires-python}, else 3.10+) and makes the environment; when none
 * fits, says which were found and what to install.
 */
public final class PythonStep implements DeployStep {

    private final Layout layout;

    /**
     * @param layout the instance's folders
     */
    public PythonStep(Layout layout) {
        this.layout = layout;
    }

    @Override
    public String id() {
        return "python"; //$NON-NLS-1$
    }

    @Override
    public String label(Locale locale) {
        return Messages.stepPython;
    }

    @Override
    public int weight() {
        return 10;
    }

    @Override
    public void run(DeployContext context, IProgressMonitor monitor) throws DeployException {
        PythonInstall python = choose(context, RequiresPython.of(layout.maibot()));
        context.remember("python", python.executable().toString()); //$NON-NLS-1$
        context.remember("python-version", python.version().toString()); //$NON-NLS-1$
        new PythonEnvironment(layout, uv(context), context::info).ensure(python, monitor);
    }

    static Optional<java.nio.file.Path> uv(DeployContext context) {
        return "false".equals(context.setting(LocalSettings.USE_UV).orElse("true")) ? Optional.empty() //$NON-NLS-1$ //$NON-NLS-2$
                : PythonEnvironment.findUv();
    }

    private static PythonInstall choose(DeployContext context, RequiresPython requires) throws DeployException {
        List<PythonInstall> found = PythonFinder.find(context.setting(LocalSettings.PYTHON));
        context.info(NLS.bind(Messages.pythonFound, requires, found.isEmpty() ? "-" //$NON-NLS-1$
                : found.stream().map(p -> p.version() + " " + p.executable()).collect(Collectors.joining(", ")))); //$NON-NLS-1$ //$NON-NLS-2$
        Optional<PythonInstall> fitting = found.stream().filter(p -> requires.accepts(p.version())).findFirst();
        if (fitting.isEmpty()) {
            String list = found.isEmpty() ? Messages.pythonNoneFound
                    : found.stream().map(p -> p.version().toString()).distinct().collect(Collectors.joining(", ")); //$NON-NLS-1$
            throw new DeployException(NLS.bind(Messages.pythonNoneFits, requires, list));
        }
        if (!fitting.get().canMakeEnvironments()) {
            throw new DeployException(NLS.bind(Messages.pythonNoVenv, fitting.get().executable()));
        }
        context.info(NLS.bind(Messages.pythonChosen, fitting.get().version(), fitting.get().executable()));
        return fitting.get();
    }
}
