package mai.launcher.ui.docker.internal;

import org.eclipse.osgi.util.NLS;

/** Messages of the Docker views, in English and Simplified Chinese. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "mai.launcher.ui.docker.internal.messages"; //$NON-NLS-1$

    public static String actionUp;
    public static String actionCompose;
    public static String composeTitle;
    public static String composeLoading;
    public static String composeUnreadable;
    public static String composeCheck;
    public static String composeSave;
    public static String composeChecking;
    public static String composeValid;
    public static String actionDown;
    public static String actionDownVolumes;
    public static String actionStart;
    public static String actionStop;
    public static String actionRestart;
    public static String actionLogs;
    public static String actionShell;
    public static String allContainers;
    public static String allStreams;
    public static String chartCpu;
    public static String chartMemory;
    public static String clear;
    public static String copy;
    public static String export;
    public static String follow;
    public static String pause;
    public static String searchHint;
    public static String matches;
    public static String columnService;
    public static String columnState;
    public static String columnImage;
    public static String columnPorts;
    public static String columnUptime;
    public static String columnName;
    public static String containersOf;
    public static String copyToken;
    public static String downVolumesTitle;
    public static String downVolumesQuestion;
    public static String engineLost;
    public static String engineUnavailable;
    public static String exportFailed;
    public static String healthHealthy;
    public static String healthStarting;
    public static String healthUnhealthy;
    public static String jobContainers;
    public static String jobControl;
    public static String jobDown;
    public static String jobExport;
    public static String jobLogs;
    public static String jobNapcat;
    public static String jobShell;
    public static String jobStats;
    public static String jobUp;
    public static String napcatTitle;
    public static String napcatNotRunning;
    public static String napcatWaiting;
    public static String napcatScan;
    public static String napcatLoggedIn;
    public static String napcatNoToken;
    public static String napcatWebui;
    public static String noContainers;
    public static String noRunningContainers;
    public static String notDocker;
    public static String selectInstance;
    public static String shellTab;
    public static String stateCreated;
    public static String stateExited;
    public static String stateExitedCode;
    public static String statePaused;
    public static String stateRestarting;
    public static String stateRunning;
    public static String statsOf;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
