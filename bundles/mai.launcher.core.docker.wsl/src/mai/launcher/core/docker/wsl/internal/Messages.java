package mai.launcher.core.docker.wsl.internal;

import org.eclipse.osgi.util.NLS;

/** Messages of the Docker-in-WSL mode, in English and Simplified Chinese. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "mai.launcher.core.docker.wsl.internal.messages"; //$NON-NLS-1$

    public static String modeLabel;
    public static String modeDescription;
    public static String stepWsl;
    public static String found;
    public static String notWindows;
    public static String notWindowsFix;
    public static String wslMissing;
    public static String wslMissingFix;
    public static String wslTimeout;
    public static String wslBroken;
    public static String wslBrokenFix;
    public static String noDistribution;
    public static String noDistributionFix;
    public static String defaultVersionFix;
    public static String distributionNotFound;
    public static String distributionNotFoundFix;
    public static String onlyWsl1;
    public static String onlyWsl1Fix;
    public static String dockerMissing;
    public static String dockerMissingFix;
    public static String dockerNotRunning;
    public static String dockerNotRunningFix;
    public static String dockerDenied;
    public static String dockerDeniedFix;
    public static String composeMissing;
    public static String composeMissingFix;
    public static String pathRelative;
    public static String pathNetwork;
    public static String pathOtherDistribution;
    public static String imageFileFailed;
    public static String settingDistribution;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
