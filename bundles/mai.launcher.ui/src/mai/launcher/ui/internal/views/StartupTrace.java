package mai.launcher.ui.internal.views;

import org.eclipse.swt.widgets.Control;

/**
 * Tells the start-up benchmark (bench/startup) when the Instances view first shows its content: with
 * {@code -Dmai.launcher.trace.startup=true}, prints one line with the wall-clock time after the view has painted.
 */
final class StartupTrace {

    private static final boolean ENABLED = Boolean.getBoolean("mai.launcher.trace.startup"); //$NON-NLS-1$
    private static boolean done;

    private StartupTrace() {
    }

    static void viewVisible(Control control) {
        if (!ENABLED || done) {
            return;
        }
        done = true;
        control.getDisplay().asyncExec(() -> {
            control.update(); // paint now, then report
            System.out.println("MAI-LAUNCHER-INSTANCES-VIEW-VISIBLE " + System.currentTimeMillis()); //$NON-NLS-1$
            System.out.flush();
        });
    }
}
