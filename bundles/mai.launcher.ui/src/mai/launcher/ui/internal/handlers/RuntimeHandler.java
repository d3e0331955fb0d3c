package mai.launcher.ui.internal.handlers;

import java.util.Map;
import java.util.Optional;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;

import mai.launcher.core.LauncherException;
import mai.launcher.core.deployment.InstanceRuntime;
import mai.launcher.core.instance.Instance;
import mai.launcher.ui.LauncherJobs;
import mai.launcher.ui.internal.Commands;
import mai.launcher.ui.internal.Messages;
import mai.launcher.ui.internal.Services;

/**
 * Start, Stop and Restart of the selected instance, each in a job whose failure the user sees; Start and Restart
 * also bring up the terminals of its components.
 */
public abstract class RuntimeHandler extends SelectedInstanceHandler {

    /** Starts every component. */
    public static final class Start extends RuntimeHandler {
        @Override
        boolean opensTerminal() {
            return true;
        }

        @Override
        String title() {
            return Messages.jobStart;
        }

        @Override
        void run(InstanceRuntime runtime, Instance instance, IProgressMonitor monitor) throws LauncherException {
            runtime.start(instance.id(), Optional.empty(), monitor);
        }
    }

    /** Stops every component. */
    public static final class Stop extends RuntimeHandler {
        @Override
        String title() {
            return Messages.jobStop;
        }

        @Override
        void run(InstanceRuntime runtime, Instance instance, IProgressMonitor monitor) throws LauncherException {
            runtime.stop(instance.id(), Optional.empty(), monitor);
        }
    }

    /** Stops, then starts every component. */
    public static final class Restart extends RuntimeHandler {
        @Override
        boolean opensTerminal() {
            return true;
        }

        @Override
        String title() {
            return Messages.jobRestart;
        }

        @Override
        void run(InstanceRuntime runtime, Instance instance, IProgressMonitor monitor) throws LauncherException {
            runtime.restart(instance.id(), Optional.empty(), monitor);
        }
    }

    abstract String title();

    abstract void run(InstanceRuntime runtime, Instance instance, IProgressMonitor monitor) throws LauncherException;

    @Override
    protected void execute(ExecutionEvent event, Instance instance) {
        InstanceRuntime runtime = Services.get(InstanceRuntime.class);
        LauncherJobs.schedule(NLS.bind(title(), instance.name()), monitor -> run(runtime, instance, monitor));
        if (opensTerminal()) {
            Commands.execute(Commands.OPEN_TERMINAL, Map.of(Commands.INSTANCE_PARAMETER, instance.id()));
        }
    }

    /** @return whether the user will want to watch the components come up */
    boolean opensTerminal() {
        return false;
    }
}
