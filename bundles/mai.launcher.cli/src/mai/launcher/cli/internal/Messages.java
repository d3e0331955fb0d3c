package mai.launcher.cli.internal;

import org.eclipse.osgi.util.NLS;

/** Messages of the command line, in English and Simplified Chinese. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "mai.launcher.cli.internal.messages"; //$NON-NLS-1$

    public static String prefix;
    public static String version;
    public static String missingCommand;
    public static String unknownCommand;
    public static String missingInstanceCommand;
    public static String unknownInstanceCommand;
    public static String unknownOption;
    public static String optionNeedsValue;
    public static String optionNotForCommand;
    public static String unexpectedWord;
    public static String missingName;
    public static String unknownMode;
    public static String helpHintList;
    public static String helpHintShow;
    public static String helpHintRename;
    public static String helpHintDelete;
    public static String serviceMissing;
    public static String noInstances;
    public static String noSuchInstance;
    public static String columnId;
    public static String columnName;
    public static String columnMode;
    public static String columnStatus;
    public static String columnCreated;
    public static String labelFolder;
    public static String labelDescription;
    public static String created;
    public static String renamed;
    public static String deleted;
    public static String deletedWithFiles;
    public static String confirmDelete;
    public static String confirmKeepFiles;
    public static String confirmDeleteFiles;
    public static String deleteNeedsYes;
    public static String deleteCancelled;
    public static String helpMain;
    public static String helpInstance;
    public static String helpInstanceList;
    public static String helpInstanceCreate;
    public static String helpInstanceShow;
    public static String helpInstanceRename;
    public static String helpInstanceDelete;
    public static String helpHintRun;
    public static String notANumber;
    public static String deployed;
    public static String deployEnded;
    public static String stopped;
    public static String runningForeground;
    public static String columnComponent;
    public static String columnState;
    public static String columnPid;
    public static String columnSince;
    public static String columnDetail;
    public static String columnKey;
    public static String columnValue;
    public static String columnDescription;
    public static String unknownSettingsCommand;
    public static String helpHintSettings;
    public static String helpDocker;
    public static String helpHintDocker;
    public static String dockerInfo;
    public static String dockerNoCompose;
    public static String unknownSetting;
    public static String helpSettings;
    public static String helpInstanceDeploy;
    public static String helpInstanceStart;
    public static String helpInstanceStop;
    public static String helpInstanceRestart;
    public static String helpInstanceStatus;
    public static String helpInstanceLogs;

    public static String helpToml;
    public static String helpHintToml;
    public static String unknownTomlCommand;
    public static String tomlValid;
    public static String tomlNoKey;
    public static String tomlNoFile;
    public static String tomlNotRead;
    public static String tomlNotWritten;
    public static String tomlInvalid;

    public static String helpConfig;
    public static String helpHintConfig;
    public static String unknownConfigCommand;
    public static String unknownConfigFile;
    public static String configMissing;
    public static String validateMissing;
    public static String validateError;
    public static String validateWarning;
    public static String validateFix;
    public static String validateFixHint;
    public static String validateFixed;
    public static String validateFixFailed;
    public static String validateOk;
    public static String validateFailed;
    public static String linkNapcatAdapter;
    public static String linkAdapterMaibot;
    public static String linkAdapterPlugin;
    public static String linkAccount;
    public static String linkChatFilter;
    public static String linkFiles;
    public static String helpProvider;
    public static String helpHintProvider;
    public static String unknownProviderCommand;
    public static String providerNotFound;
    public static String providersNone;
    public static String providerNeedsName;
    public static String providerNeedsUrl;
    public static String providerBadClient;
    public static String providerAdded;
    public static String providerWithKey;
    public static String providerWithoutKey;
    public static String providerRemoveNeedsYes;
    public static String providerRemoveAsk;
    public static String providerKept;
    public static String providerRemoved;
    public static String providerBalance;
    public static String providerNoBalance;
    public static String providerApplied;
    public static String columnUrl;
    public static String columnClient;
    public static String columnBalance;
    public static String columnModel;
    public static String columnOwner;
    public static String columnContext;

    public static String providerKeyNeeded;
    public static String providerKeySet;
    public static String providerKeyRemoved;

    public static String helpPlugins;
    public static String helpHintPlugins;
    public static String helpUpdate;
    public static String helpHintUpdate;
    public static String pluginAlreadyInstalled;
    public static String pluginInstalled;
    public static String pluginUninstalled;
    public static String upToDate;
    public static String updatesAvailable;
    public static String updated;
    public static String untrustedFound;
    public static String untrustedAccepted;
    public static String changeInstall;
    public static String changeRemove;
    public static String changeUpdate;
    public static String columnVersion;
    public static String columnProvider;
    public static String columnKind;
    public static String kindPlugin;
    public static String kindBuiltIn;
    public static String noPlugins;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
