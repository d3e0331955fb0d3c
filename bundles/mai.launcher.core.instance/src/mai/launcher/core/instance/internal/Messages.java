package mai.launcher.core.instance.internal;

import org.eclipse.osgi.util.NLS;

/** Messages of the instance bundle, in English and Simplified Chinese. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "mai.launcher.core.instance.internal.messages"; //$NON-NLS-1$

    public static String nameEmpty;
    public static String nameTooLong;
    public static String nameControlCharacter;
    public static String nameForbiddenCharacter;
    public static String nameEndsWithDot;
    public static String nameReserved;
    public static String nameTaken;
    public static String modeInvalid;
    public static String descriptionTooLong;
    public static String notFound;
    public static String folderNotCreated;
    public static String folderNotDeleted;
    public static String statusPending;
    public static String statusStarting;
    public static String statusRunning;
    public static String statusPartial;
    public static String statusStopping;
    public static String statusStopped;
    public static String statusFailed;
    public static String statusUnknown;
    public static String modeLocal;
    public static String modeDocker;
    public static String modeWsl2Docker;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
