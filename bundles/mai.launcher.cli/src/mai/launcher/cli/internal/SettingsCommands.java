package mai.launcher.cli.internal;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import mai.launcher.cli.internal.CommandLine.Session;
import mai.launcher.cli.internal.CommandLine.Terminal;
import mai.launcher.cli.internal.InstanceCommands.SessionOpener;
import mai.launcher.core.ErrorCode;
import mai.launcher.core.LauncherException;
import mai.launcher.core.storage.SettingDefinition;
import mai.launcher.core.storage.Settings;

/** {@code mai-launcher settings [list] | get KEY | set KEY VALUE | unset KEY}. */
final class SettingsCommands {

    private final Terminal terminal;
    private final SessionOpener opener;

    SettingsCommands(Terminal terminal, SessionOpener opener) {
        this.terminal = terminal;
        this.opener = opener;
    }

    int run(Arguments a) throws UsageException, LauncherException, IOException {
        List<String> words = a.words();
        String command = words.size() > 1 ? words.get(1) : "list"; //$NON-NLS-1$
        if (a.flag("--help")) { //$NON-NLS-1$
            terminal.out().print(Messages.helpSettings);
            return CommandLine.OK;
        }
        a.allowOnly(Set.of(), Set.of(), "settings"); //$NON-NLS-1$
        int expected = switch (command) {
            case "list" -> 2; //$NON-NLS-1$
            case "get", "unset" -> 3; //$NON-NLS-1$ //$NON-NLS-2$
            case "set" -> 4; //$NON-NLS-1$
            default -> throw new UsageException(NLS.bind(Messages.unknownSettingsCommand, command));
        };
        if (words.size() != expected && !(command.equals("list") && words.size() == 1)) { //$NON-NLS-1$
            throw new UsageException(Messages.helpHintSettings);
        }
        try (Session session = opener.open()) {
            Settings settings = session.service(Settings.class);
            switch (command) {
                case "get" -> terminal.out().println(settings.get(known(settings, words.get(2))).orElse("")); //$NON-NLS-1$ //$NON-NLS-2$
                case "set" -> set(settings, words.get(2), words.get(3)); //$NON-NLS-1$
                case "unset" -> set(settings, known(settings, words.get(2)), ""); //$NON-NLS-1$ //$NON-NLS-2$
                default -> list(settings);
            }
        }
        return CommandLine.OK;
    }

    private void set(Settings settings, String key, String value) throws LauncherException {
        settings.set(key, value);
        Optional<String> now = settings.get(key);
        terminal.out().println(key + " = " + now.orElse("")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static String known(Settings settings, String key) throws LauncherException {
        if (settings.definition(key).isEmpty()) {
            throw new LauncherException(ErrorCode.INVALID_INPUT, NLS.bind(Messages.unknownSetting, key));
        }
        return key;
    }

    private void list(Settings settings) throws LauncherException {
        TextTable table = new TextTable(Messages.columnKey, Messages.columnValue, Messages.columnDescription);
        for (SettingDefinition definition : settings.definitions()) {
            table.add(definition.key(), settings.get(definition.key()).orElse("-"), //$NON-NLS-1$
                    definition.description().get());
        }
        table.print(terminal.out());
    }
}
