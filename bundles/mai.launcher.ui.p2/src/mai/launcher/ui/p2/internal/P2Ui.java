package mai.launcher.ui.p2.internal;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

import mai.launcher.core.ErrorCode;
import mai.launcher.core.LauncherException;
import mai.launcher.core.p2.Provisioning;
import mai.launcher.core.p2.ProvisioningPlan;
import mai.launcher.core.p2.UntrustedContent;
import mai.launcher.core.storage.Settings;
import mai.launcher.ui.LauncherJobs;

/**
 * The flow every change goes through: plan and download in a job, show what changes and what is untrusted, apply in
 * a job after the user agreed, then offer a restart. Dialogs open only on the UI thread; jobs return their errors,
 * which the workbench shows.
 */
final class P2Ui {

    /** Plans a change. */
    @FunctionalInterface
    interface Planning {
        ProvisioningPlan plan(Provisioning provisioning, Settings settings, IProgressMonitor monitor)
                throws LauncherException;
    }

    private P2Ui() {
    }

    static <T> T service(Class<T> type) throws LauncherException {
        BundleContext context = FrameworkUtil.getBundle(P2Ui.class).getBundleContext();
        ServiceReference<T> reference = context.getServiceReference(type);
        T service = reference == null ? null : context.getService(reference);
        if (service == null) {
            throw new LauncherException(ErrorCode.INTERNAL, Messages.bind(Messages.serviceMissing, type.getSimpleName()));
        }
        return service;
    }

    /**
     * @param shell    the window to show the plan in
     * @param title    the job's and the dialog's title
     * @param planning how to plan the change
     * @param live     whether the change can take effect without a restart (plugins, not the launcher itself)
     * @return the scheduled job
     */
    static Job change(Shell shell, String title, Planning planning, boolean live) {
        Display display = shell.getDisplay();
        return LauncherJobs.schedule(title, monitor -> {
            SubMonitor progress = SubMonitor.convert(monitor, 100);
            Provisioning provisioning = service(Provisioning.class);
            ProvisioningPlan plan = planning.plan(provisioning, service(Settings.class), progress.split(40));
            if (plan.isEmpty()) {
                display.asyncExec(() -> MessageDialog.openInformation(shell, title, Messages.nothingToDo));
                return;
            }
            List<UntrustedContent> untrusted = plan.checkTrust(progress.split(60));
            display.asyncExec(() -> {
                if (!shell.isDisposed() && new PlanDialog(shell, title, plan.changes(), untrusted).open() == Window.OK) {
                    apply(shell, plan, !untrusted.isEmpty(), live);
                }
            });
        });
    }

    private static void apply(Shell shell, ProvisioningPlan plan, boolean accepted, boolean live) {
        Display display = shell.getDisplay();
        LauncherJobs.schedule(Messages.applying, monitor -> {
            plan.apply(accepted, monitor);
            boolean running = live && service(Provisioning.class).applyWithoutRestart();
            display.asyncExec(() -> offerRestart(shell, running));
        });
    }

    private static void offerRestart(Shell shell, boolean running) {
        if (shell.isDisposed()) {
            return;
        }
        if (MessageDialog.openQuestion(shell, Messages.restartTitle,
                running ? Messages.restartOptional : Messages.restartNeeded)) {
            PlatformUI.getWorkbench().restart();
        }
    }
}
