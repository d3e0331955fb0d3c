package mai.launcher.core.docker.internal;

import org.eclipse.osgi.util.NLS;

/** Messages of the Docker deploy mode, in English and Simplified Chinese. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "mai.launcher.core.docker.internal.messages"; //$NON-NLS-1$

    public static String modeLabel;
    public static String noSuchInstance;
    public static String shellEnded;
    public static String modeDescription;
    public static String stepEngine;
    public static String stepImages;
    public static String stepTerms;
    public static String stepCompose;
    public static String stepUp;
    public static String eulaTitle;
    public static String privacyTitle;
    public static String engineFound;
    public static String lowDisk;
    public static String engineNotFound;
    public static String engineRefused;
    public static String engineUnreachable;
    public static String engineFixLinux;
    public static String engineFixMac;
    public static String engineFixWindows;
    public static String composeNotFound;
    public static String composeMissing;
    public static String composeFailed;
    public static String notDeployed;
    public static String pullFailed;
    public static String pullProgress;
    public static String imagePresent;
    public static String imagePulling;
    public static String imagePullingMirror;
    public static String termsAlreadyAccepted;
    public static String termsNotAccepted;
    public static String termsUnreadable;
    public static String termsChanged;
    public static String termsAccepted;
    public static String composeWritten;
    public static String composeKept;
    public static String composeEdited;
    public static String composeNotWritten;
    public static String adapterWritten;
    public static String adapterUpdated;
    public static String adapterNotUpdated;
    public static String settingHost;
    public static String settingMaibotImage;
    public static String settingNapcatImage;
    public static String settingAdapterImage;
    public static String settingRegistryMirror;
    public static String settingCompose;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
