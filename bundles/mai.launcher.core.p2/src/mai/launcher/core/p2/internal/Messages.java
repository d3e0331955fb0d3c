package mai.launcher.core.p2.internal;

import org.eclipse.osgi.util.NLS;

/** Messages of plugins and updates, in English and Simplified Chinese. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "mai.launcher.core.p2.internal.messages"; //$NON-NLS-1$

    public static String notARepositoryUrl;
    public static String p2ServiceMissing;
    public static String notManaged;
    public static String httpRefused;
    public static String schemeRefused;
    public static String loadingRepositories;
    public static String repositoryNotFound;
    public static String repositoryMalformed;
    public static String repositoryAuthentication;
    public static String repositoryUnreachable;
    public static String repositoryFailed;
    public static String checkingSignatures;
    public static String unsigned;
    public static String signerNotTrusted;
    public static String signatureUnreadable;
    public static String pgpNotVerified;
    public static String cleanupFailed;
    public static String settingSite;
    public static String settingSites;
    public static String settingAllowHttp;
    public static String downloadFailed;
    public static String applying;
    public static String untrustedRefused;
    public static String applyFailed;
    public static String planning;
    public static String featureNotInRepository;
    public static String pluginNotInstalled;
    public static String partOfProduct;
    public static String noUpdateSites;
    public static String settingTrustedCertificates;
    public static String trustedCertificatesUnreadable;
    public static String noCertificates;
    public static String checkingForUpdates;
    public static String applyWithoutRestartFailed;
    public static String cannotResolve;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
