package mai.launcher.ui.internal;

import java.io.IOException;
import java.net.MalformedURLException;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.MessageBox;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

import mai.launcher.core.ErrorCode;
import mai.launcher.core.LauncherException;
import mai.launcher.core.LauncherPaths;

/**
 * The workbench application: chooses and checks the data folder, registers it for the launcher's services, and runs
 * the 3.x workbench on e4 (the Eclipse Terminal control needs {@code PlatformUI}).
 */
public final class LauncherApplication implements IApplication {

    /** The exit code of a failed start (the data folder cannot be used). */
    static final Integer EXIT_FAILED = Integer.valueOf(1);

    @Override
    public Object start(IApplicationContext context) throws Exception {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        Display display = PlatformUI.createDisplay();
        try {
            LauncherPaths paths;
            try {
                paths = LauncherPaths.choose(args == null ? List.of() : List.of(args), System::getenv,
                        LauncherPaths.installFolder());
                paths.prepare();
                lockWorkbenchState(paths);
            } catch (LauncherException e) {
                ILog.of(getClass()).error(e.getMessage(), e);
                showStartError(display, e.getMessage());
                return EXIT_FAILED;
            }
            ServiceRegistration<LauncherPaths> registration = FrameworkUtil.getBundle(getClass()).getBundleContext()
                    .registerService(LauncherPaths.class, paths, null);
            try {
                int code = PlatformUI.createAndRunWorkbench(display, new LauncherWorkbenchAdvisor());
                return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
            } finally {
                registration.unregister();
            }
        } finally {
            display.dispose();
        }
    }

    /**
     * Keeps the workbench's own state (layout, preferences) in the data folder, locked, so that two workbenches
     * cannot run on one data folder. A location given with {@code -data} (as the test harness does) is kept.
     */
    private static void lockWorkbenchState(LauncherPaths paths) throws LauncherException {
        Location location = Platform.getInstanceLocation();
        if (location == null || location.isSet()) {
            return;
        }
        try {
            if (!location.set(paths.workbenchState().toUri().toURL(), true)) {
                throw new LauncherException(ErrorCode.DATA_FOLDER_NOT_WRITABLE,
                        NLS.bind(Messages.alreadyOpen, paths.root()));
            }
        } catch (MalformedURLException e) {
            throw new LauncherException(ErrorCode.INTERNAL, e.getMessage(), e);
        } catch (IllegalStateException | IOException e) {
            throw new LauncherException(ErrorCode.DATA_FOLDER_NOT_WRITABLE,
                    NLS.bind(Messages.workbenchStateNotWritable, paths.workbenchState(), e.getMessage()), e);
        }
    }

    private static void showStartError(Display display, String message) {
        Shell shell = new Shell(display);
        MessageBox box = new MessageBox(shell, SWT.ICON_ERROR | SWT.OK);
        box.setText(Messages.startFailedTitle);
        box.setMessage(message);
        box.open();
        shell.dispose();
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                workbench.close();
            }
        });
    }
}
