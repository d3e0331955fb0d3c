package mai.launcher.core.deployment.internal;

import org.eclipse.osgi.util.NLS;

/** Messages of the deployment bundle, in English and Simplified Chinese. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "mai.launcher.core.deployment.internal.messages"; //$NON-NLS-1$

    public static String noSuchInstance;
    public static String noSuchMode;
    public static String noSuchDeployment;
    public static String noSuchComponent;
    public static String badInstanceFolder;
    public static String modeUnavailable;
    public static String modeCheckFailed;
    public static String alreadyDeploying;
    public static String deploymentCompleted;
    public static String deploymentCancelled;
    public static String deploymentCrashed;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
