package mai.launcher.cli.internal;

import java.util.List;

import org.eclipse.osgi.util.NLS;


/** The help texts, in the user's language. */
final class Help {

    private Help() {
    }

    static String main() {
        return Messages.helpMain;
    }

    static String instance(String command) {
        return switch (command) {
            case "list" -> Messages.helpInstanceList; //$NON-NLS-1$
            case "create" -> NLS.bind(Messages.helpInstanceCreate, String.join(", ", ModeIds.known())); //$NON-NLS-1$ //$NON-NLS-2$
            case "show" -> Messages.helpInstanceShow; //$NON-NLS-1$
            case "rename" -> Messages.helpInstanceRename; //$NON-NLS-1$
            case "delete" -> Messages.helpInstanceDelete; //$NON-NLS-1$
            case "deploy" -> Messages.helpInstanceDeploy; //$NON-NLS-1$
            case "start" -> Messages.helpInstanceStart; //$NON-NLS-1$
            case "stop" -> Messages.helpInstanceStop; //$NON-NLS-1$
            case "restart" -> Messages.helpInstanceRestart; //$NON-NLS-1$
            case "status" -> Messages.helpInstanceStatus; //$NON-NLS-1$
            case "logs" -> Messages.helpInstanceLogs; //$NON-NLS-1$
            case "up" -> Messages.helpInstanceUp; //$NON-NLS-1$
            case "down" -> Messages.helpInstanceDown; //$NON-NLS-1$
            case "ps" -> Messages.helpInstancePs; //$NON-NLS-1$
            default -> Messages.helpInstance;
        };
    }

    static String forTopic(List<String> topic) throws UsageException {
        if (topic.isEmpty()) {
            return main();
        }
        if (topic.get(0).startsWith("setting")) { //$NON-NLS-1$
            return Messages.helpSettings;
        }
        if (topic.get(0).equals("toml")) { //$NON-NLS-1$
            return Messages.helpToml;
        }
        if (topic.get(0).equals("config")) { //$NON-NLS-1$
            return Messages.helpConfig;
        }
        if (topic.get(0).startsWith("provider")) { //$NON-NLS-1$
            return Messages.helpProvider;
        }
        if (topic.get(0).startsWith("plugin")) { //$NON-NLS-1$
            return Messages.helpPlugins;
        }
        if (topic.get(0).equals("update")) { //$NON-NLS-1$
            return Messages.helpUpdate;
        }
        if (!topic.get(0).equals("instance")) { //$NON-NLS-1$
            throw new UsageException(NLS.bind(Messages.unknownCommand, topic.get(0)));
        }
        return instance(topic.size() > 1 ? topic.get(1) : ""); //$NON-NLS-1$
    }
}
