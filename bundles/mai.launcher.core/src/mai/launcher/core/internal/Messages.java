package mai.launcher.core.internal;

import org.eclipse.osgi.util.NLS;

/** Messages of the core bundle, in English and Simplified Chinese. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "mai.launcher.core.internal.messages"; //$NON-NLS-1$

    public static String portTaken;
    public static String portTakenBy;
    public static String processDescription;
    public static String dataFolderNotWritable;
    public static String reasonAccessDenied;
    public static String dataDirMissingValue;
    public static String dataDirInvalid;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
