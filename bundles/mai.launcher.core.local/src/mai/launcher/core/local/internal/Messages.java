package mai.launcher.core.local.internal;

import org.eclipse.osgi.util.NLS;

/** Messages of the local deploy mode, in English and Simplified Chinese. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "mai.launcher.core.local.internal.messages"; //$NON-NLS-1$

    public static String modeLabel;
    public static String modeDescription;
    public static String stepClone;
    public static String stepCloneAdapter;
    public static String stepPython;
    public static String stepDependencies;
    public static String stepTerms;
    public static String stepConfigure;
    public static String adapterNotNeeded;
    public static String noRepository;
    public static String gitThroughMirror;
    public static String gitCloning;
    public static String gitUpdating;
    public static String gitRemovingHalfClone;
    public static String gitProgressCount;
    public static String gitProgressBytes;
    public static String gitNoReleases;
    public static String gitNoSuchRef;
    public static String gitUnreachable;
    public static String gitNotFound;
    public static String gitLocalChanges;
    public static String folderNotRemoved;
    public static String pythonFound;
    public static String pythonNoneFound;
    public static String pythonNoneFits;
    public static String pythonNoVenv;
    public static String pythonChosen;
    public static String venvReused;
    public static String venvRemoving;
    public static String venvCreating;
    public static String venvFailed;
    public static String pipInstalling;
    public static String pipFailed;
    public static String commandFailed;
    public static String termsAlreadyAccepted;
    public static String termsNotAccepted;
    public static String termsChanged;
    public static String termsAccepted;
    public static String termsUnreadable;
    public static String portsWritten;
    public static String configKept;
    public static String configCopied;
    public static String configNotWritten;
    public static String adapterWired;
    public static String adapterConfigInvalid;
    public static String notDeployed;
    public static String noSuchComponent;
    public static String runningElsewhere;
    public static String runningOutside;
    public static String startFailed;
    public static String startCrashed;
    public static String endedAtOnce;
    public static String eulaTitle;
    public static String privacyTitle;
    public static String notRunning;
    public static String consoleReadOnly;
    public static String crashed;
    public static String crashedRestarting;
    public static String crashedGaveUp;
    public static String settingMaibotRepository;
    public static String settingAdapterRepository;
    public static String settingGithubMirror;
    public static String settingShallow;
    public static String settingPipIndex;
    public static String settingWheelFolder;
    public static String settingPython;
    public static String settingUseUv;
    public static String settingWatchdog;
    public static String settingStopTimeout;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
