package mai.launcher.ui.p2.internal;

import org.eclipse.osgi.util.NLS;

/** Messages of the plugins and updates UI, in English and Simplified Chinese. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "mai.launcher.ui.p2.internal.messages"; //$NON-NLS-1$

    public static String serviceMissing;
    public static String nothingToDo;
    public static String applying;
    public static String restartTitle;
    public static String restartOptional;
    public static String restartNeeded;
    public static String planMessage;
    public static String columnChange;
    public static String columnName;
    public static String columnVersion;
    public static String columnCategory;
    public static String columnProvider;
    public static String columnInstalled;
    public static String columnKind;
    public static String changeInstall;
    public static String changeRemove;
    public static String changeUpdate;
    public static String untrustedWarning;
    public static String untrustedList;
    public static String apply;
    public static String applyAnyway;
    public static String checkTitle;
    public static String sitesTitle;
    public static String certificatesLabel;
    public static String certificatesNone;
    public static String browse;
    public static String sitesLoading;
    public static String sitesSaving;
    public static String installTitle;
    public static String uninstallTitle;
    public static String installMessage;
    public static String repositoryLabel;
    public static String load;
    public static String installButton;
    public static String loading;
    public static String noFeatures;
    public static String uncategorized;
    public static String installedTitle;
    public static String installedMessage;
    public static String kindPlugin;
    public static String kindBuiltIn;
    public static String uninstall;
    public static String sitesDescription;
    public static String add;
    public static String remove;
    public static String allowHttp;
    public static String sitesNote;
    public static String addTitle;
    public static String addMessage;
    public static String presetSuffix;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
