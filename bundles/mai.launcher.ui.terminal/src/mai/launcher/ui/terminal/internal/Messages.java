package mai.launcher.ui.terminal.internal;

import org.eclipse.osgi.util.NLS;

/** Messages of the Terminal view, in English and Simplified Chinese. */
final class Messages extends NLS {
    private static final String BUNDLE_NAME = "mai.launcher.ui.terminal.internal.messages"; //$NON-NLS-1$

    public static String jobOpen;
    public static String noInstance;
    public static String emptyTitle;
    public static String emptyHint;
    public static String notRunning;
    public static String newRun;
    public static String stateLine;
    public static String exitCode;
    public static String readOnly;
    public static String outputSkipped;
    public static String stateStarting;
    public static String stateRunning;
    public static String stateStopping;
    public static String stateStopped;
    public static String stateFailed;
    public static String actionStart;
    public static String actionStop;
    public static String actionRestart;
    public static String actionCopy;
    public static String actionClear;
    public static String actionScrollLock;
    public static String actionEncoding;
    public static String jobStart;
    public static String jobStop;
    public static String jobRestart;
    public static String menuCopy;
    public static String menuPaste;
    public static String menuSelectAll;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
