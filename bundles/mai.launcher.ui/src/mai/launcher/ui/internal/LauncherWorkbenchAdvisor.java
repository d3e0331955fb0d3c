package mai.launcher.ui.internal;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

import mai.launcher.core.deployment.InstanceRuntime;

/**
 * The workbench: one window on the MAI Launcher perspective, its layout kept between sessions. Bots this window runs
 * are its child processes: closing asks first, then stops them cleanly instead of leaving them to die with it.
 */
final class LauncherWorkbenchAdvisor extends WorkbenchAdvisor {

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        configurer.setSaveAndRestore(true);
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return LauncherPerspective.ID;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new LauncherWindowAdvisor(configurer);
    }

    @Override
    public boolean preShutdown() {
        InstanceRuntime runtime = Services.get(InstanceRuntime.class);
        int running = runtime.runningHere();
        if (running == 0) {
            return true;
        }
        var shell = PlatformUI.getWorkbench().getDisplay().getActiveShell();
        if (!getWorkbenchConfigurer().emergencyClosing() && !MessageDialog.openQuestion(shell,
                Messages.shutdownRunningTitle, NLS.bind(Messages.shutdownRunning, running))) {
            return false;
        }
        try {
            new ProgressMonitorDialog(shell).run(true, false, runtime::stopAll);
        } catch (InvocationTargetException e) {
            return true; // stopping failed: the pid files let the next start find what still runs
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return true;
    }
}
