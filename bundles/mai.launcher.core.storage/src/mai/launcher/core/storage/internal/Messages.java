package mai.launcher.core.storage.internal;

import org.eclipse.osgi.util.NLS;

/** Messages of the storage bundle, in English and Simplified Chinese. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "mai.launcher.core.storage.internal.messages"; //$NON-NLS-1$

    public static String notSqlite;
    public static String databaseCorrupt;
    public static String databaseBusy;
    public static String databaseNotWritable;
    public static String databaseTooNew;
    public static String databaseError;
    public static String diskFull;
    public static String backupFailed;
    public static String settingUnknown;
    public static String settingNotUrl;
    public static String settingNotUrlPrefix;
    public static String settingNotFolder;
    public static String settingNotCount;
    public static String settingNotBoolean;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
