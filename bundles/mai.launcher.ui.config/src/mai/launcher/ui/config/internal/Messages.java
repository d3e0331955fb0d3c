package mai.launcher.ui.config.internal;

import org.eclipse.osgi.util.NLS;

/** Messages of the config editors, in English and Simplified Chinese. */
final class Messages extends NLS {
    private static final String BUNDLE_NAME = "mai.launcher.ui.config.internal.messages"; //$NON-NLS-1$

    public static String jobOpen;
    public static String fileMissing;
    public static String fileUnreadable;
    public static String openFailed;
    public static String notAConfig;
    public static String pageForm;
    public static String pageSource;
    public static String formTitle;
    public static String formHint;
    public static String formWaitsForSource;
    public static String formKeyMissing;
    public static String sourceValid;
    public static String sourceProblem;
    public static String problem;
    public static String changedOnDisk;
    public static String changedTitle;
    public static String changedWhileEditing;
    public static String changedWhileSaving;
    public static String keepMine;
    public static String reload;
    public static String cancel;
    public static String notReloaded;
    public static String notSavedTitle;
    public static String notSavedInvalid;
    public static String notSavedIo;
    public static String historyTitle;
    public static String historyEntry;
    public static String historyEmpty;
    public static String historyChoose;
    public static String historyUnreadable;
    public static String historyRestore;

    public static String jobLoadProviders;
    public static String jobSaveProvider;
    public static String jobFetchModels;
    public static String jobCheckBalance;
    public static String jobApplyProvider;
    public static String providerAdd;
    public static String providerEdit;
    public static String providerDelete;
    public static String providerFetchModels;
    public static String providerCheckBalance;
    public static String providerApply;
    public static String providerApplyMessage;
    public static String providerApplied;
    public static String providerAddTitle;
    public static String providerEditTitle;
    public static String providerDialogMessage;
    public static String providerName;
    public static String providerUrl;
    public static String providerClient;
    public static String providerKey;
    public static String providerShowKey;
    public static String providerKeyKept;
    public static String providerKeyNone;
    public static String providerNameNeeded;
    public static String providerNoKey;
    public static String providerBalance;
    public static String providerModelsFetched;
    public static String providerModel;
    public static String providerOwner;
    public static String providerContext;
    public static String providerDeleteTitle;
    public static String providerDeleteQuestion;
    public static String providerNoBalance;
    public static String providersEmpty;

    public static String jobCheckWiring;
    public static String wiringTitle;
    public static String wiringHeading;
    public static String wiringFinding;
    public static String wiringFix;
    public static String wiringAllGood;
    public static String wiringWarningsOnly;
    public static String wiringErrors;
    public static String wiringApply;
    public static String wiringApplyFailed;

    public static String columnName;
    public static String columnUrl;
    public static String columnClient;
    public static String columnKey;
    public static String wiringDetail;
    public static String wiringNoFix;

    public static String modelTitle;
    public static String modelProviders;
    public static String modelClient;
    public static String modelReasoning;
    public static String modelArguments;
    public static String modelAddProvider;
    public static String modelAddProviderMessage;
    public static String modelRemoveProvider;
    public static String modelNoLauncherProviders;
    public static String modelModels;
    public static String modelName;
    public static String modelIdentifier;
    public static String modelProvider;
    public static String modelTasks;
    public static String modelTask;
    public static String modelTaskModels;
    public static String modelTaskHint;
    public static String modelChooseModels;
    public static String modelRulesOk;

    public static String pageModels;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
