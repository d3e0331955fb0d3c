package mai.launcher.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Messages of the workbench, in English and Simplified Chinese. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "mai.launcher.ui.internal.messages"; //$NON-NLS-1$

    public static String wizardDockerTitle;
    public static String wizardDockerSqliteWeb;
    public static String wizardDockerDescription;
    public static String wizardDockerEngine;
    public static String wizardDockerChecking;
    public static String wizardDockerEngineOk;
    public static String wizardDockerNoCompose;
    public static String wizardDockerGeneration;
    public static String wizardDockerGeneration1;
    public static String wizardDockerGeneration0;
    public static String wizardDockerTag;
    public static String wizardDockerMaibotImage;
    public static String wizardDockerNapcatImage;
    public static String wizardDockerWebuiPort;
    public static String wizardDockerNapcatPort;
    public static String wizardDockerHint;
    public static String wizardDockerBadTag;
    public static String wizardDockerSummary;
    public static String wizardDeployNowDocker;
    public static String startFailedTitle;
    public static String alreadyOpen;
    public static String workbenchStateNotWritable;
    public static String jobLoadInstances;
    public static String jobCreate;
    public static String jobRename;
    public static String jobDelete;
    public static String columnName;
    public static String columnMode;
    public static String columnStatus;
    public static String columnCreated;
    public static String emptyInstances;
    public static String emptyInstancesHint;
    public static String tryAgain;
    public static String detailsEmpty;
    public static String detailsId;
    public static String detailsFolder;
    public static String detailsUpdated;
    public static String detailsLastRun;
    public static String detailsQq;
    public static String detailsVersion;
    public static String detailsDescription;
    public static String detailsNever;
    public static String detailsNotSet;
    public static String detailsNotDeployed;
    public static String newInstanceTitle;
    public static String newInstanceName;
    public static String newInstanceNameHint;
    public static String newInstanceMode;
    public static String newInstanceDescription;
    public static String nameInUse;
    public static String renameTitle;
    public static String renameMessage;
    public static String deleteTitle;
    public static String deleteQuestion;
    public static String deleteButton;
    public static String deleteFilesToo;
    public static String aboutTitle;
    public static String aboutHeadline;
    public static String aboutDetails;
    public static String aboutCopy;
    public static String jobDeploy;
    public static String jobStart;
    public static String jobStop;
    public static String jobRestart;
    public static String deployFailed;
    public static String termsUnreadable;
    public static String termsTitle;
    public static String termsMessage;
    public static String termsAcceptBox;
    public static String termsAccept;
    public static String statusDeploying;
    public static String shutdownRunningTitle;
    public static String shutdownRunning;
    public static String wizardNameTitle;
    public static String wizardNameDescription;
    public static String wizardModeTitle;
    public static String wizardModeDescription;
    public static String wizardModeColumn;
    public static String wizardModeAvailability;
    public static String wizardModeAvailable;
    public static String wizardModeChecking;
    public static String wizardNoModes;
    public static String wizardModeUnavailable;
    public static String wizardVersionTitle;
    public static String wizardVersionDescription;
    public static String wizardVersion;
    public static String wizardRepository;
    public static String wizardRepositoryHint;
    public static String wizardVersionHint;
    public static String wizardDefaultRepository;
    public static String wizardBasicsTitle;
    public static String wizardBasicsDescription;
    public static String wizardQq;
    public static String wizardQqHint;
    public static String wizardPort;
    public static String wizardWebuiPort;
    public static String wizardQqInvalid;
    public static String wizardPortsSame;
    public static String wizardPortShared;
    public static String wizardConfirmTitle;
    public static String wizardConfirmDescription;
    public static String wizardSummary;
    public static String wizardDeployNow;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
