package mai.launcher.ui.config.internal;

import org.eclipse.osgi.util.NLS;

/** Messages of the config editors, in English and Simplified Chinese. */
final class Messages extends NLS {
    private static final String BUNDLE_NAME = "mai.launcher.ui.config.internal.messages"; //$NON-NLS-1$

    public static String jobOpen;
    public static String fileMissing;
    public static String fileUnreadable;
    public static String openFailed;
    public static String notAConfig;
    public static String pageForm;
    public static String pageSource;
    public static String formTitle;
    public static String formHint;
    public static String formWaitsForSource;
    public static String formKeyMissing;
    public static String sourceValid;
    public static String sourceProblem;
    public static String problem;
    public static String changedOnDisk;
    public static String changedTitle;
    public static String changedWhileEditing;
    public static String changedWhileSaving;
    public static String keepMine;
    public static String reload;
    public static String cancel;
    public static String notReloaded;
    public static String notSavedTitle;
    public static String notSavedInvalid;
    public static String notSavedIo;
    public static String historyTitle;
    public static String historyEntry;
    public static String historyEmpty;
    public static String historyChoose;
    public static String historyUnreadable;
    public static String historyRestore;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
