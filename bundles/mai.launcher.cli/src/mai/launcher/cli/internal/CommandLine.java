package mai.launcher.cli.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Objects;

import org.eclipse.osgi.util.NLS;

import mai.launcher.core.LauncherException;
import mai.launcher.core.LauncherPaths;
import mai.launcher.core.instance.InstanceRegistry;

/**
 * The command line: reads the words, runs the command, prints results on standard output and errors on standard
 * error in one sentence, and answers with an exit code: 0 on success, 1 when the operation failed, 2 when the command
 * line was not understood.
 */
public final class CommandLine {

    /** Exit code: done. */
    public static final int OK = 0;
    /** Exit code: the operation failed. */
    public static final int FAILED = 1;
    /** Exit code: the command line was not understood. */
    public static final int USAGE = 2;

    /** The data folder and services a command works on, opened only when a command needs them. */
    public interface Session extends AutoCloseable {
        /** @return the data folder */
        LauncherPaths paths();

        /**
         * @param <T>  the service type
         * @param type a launcher service's interface
         * @return the service on that folder
         * @throws LauncherException if it does not come up
         */
        <T> T service(Class<T> type) throws LauncherException;

        /** @return the instance service on that folder */
        default InstanceRegistry instances() throws LauncherException {
            return service(InstanceRegistry.class);
        }

        @Override
        void close();
    }

    /** Opens sessions: chooses the data folder from the arguments, prepares it and starts the services on it. */
    @FunctionalInterface
    public interface Sessions {
        /**
         * @param args the whole command line, for {@code --data-dir}
         * @return a session
         * @throws LauncherException if the data folder cannot be used
         */
        Session open(List<String> args) throws LauncherException;
    }

    /** The terminal a command line talks to. */
    public record Terminal(PrintStream out, PrintStream err, BufferedReader in, boolean interactive) {
        /** Checks for {@code null}s. */
        public Terminal {
            Objects.requireNonNull(out);
            Objects.requireNonNull(err);
            Objects.requireNonNull(in);
        }
    }

    private final Terminal terminal;
    private final Sessions sessions;
    private final String version;

    /**
     * @param terminal where to print and read answers
     * @param sessions opens the data folder when a command needs it
     * @param version  the product's version, for {@code --version}
     */
    public CommandLine(Terminal terminal, Sessions sessions, String version) {
        this.terminal = terminal;
        this.sessions = sessions;
        this.version = version;
    }

    /**
     * @param args the arguments after the program's name
     * @return the exit code
     */
    public int run(List<String> args) {
        try {
            Arguments arguments = Arguments.parse(args);
            List<String> words = arguments.words();
            if (words.isEmpty()) {
                return top(arguments);
            }
            return switch (words.get(0)) {
                case "help" -> help(words); //$NON-NLS-1$
                case "instance", "instances" -> instance(arguments, args); //$NON-NLS-1$ //$NON-NLS-2$
                case "settings", "setting" -> new SettingsCommands(terminal, () -> sessions.open(args)).run(arguments); //$NON-NLS-1$ //$NON-NLS-2$
                case "toml" -> new TomlCommands(terminal).run(arguments); //$NON-NLS-1$
                case "docker" -> new DockerCommands(terminal, () -> sessions.open(args)).run(arguments); //$NON-NLS-1$
                case "config" -> new ConfigCommands(terminal, () -> sessions.open(args)).run(arguments); //$NON-NLS-1$
                case "provider", "providers" -> new ProviderCommands(terminal, () -> sessions.open(args)).run(arguments); //$NON-NLS-1$ //$NON-NLS-2$
                case "plugins", "plugin" -> new PluginCommands(terminal, () -> sessions.open(args)).plugins(arguments); //$NON-NLS-1$ //$NON-NLS-2$
                case "update" -> new PluginCommands(terminal, () -> sessions.open(args)).update(arguments); //$NON-NLS-1$
                default -> throw new UsageException(NLS.bind(Messages.unknownCommand, words.get(0)));
            };
        } catch (UsageException e) {
            terminal.err().println(Messages.prefix + e.getMessage());
            return USAGE;
        } catch (LauncherException e) {
            terminal.err().println(Messages.prefix + e.getMessage());
            return FAILED;
        } catch (IOException e) {
            terminal.err().println(Messages.prefix + e.getMessage());
            return FAILED;
        } finally {
            terminal.out().flush();
        }
    }

    private int instance(Arguments arguments, List<String> args)
            throws UsageException, LauncherException, IOException {
        String command = arguments.words().size() > 1 ? arguments.words().get(1) : ""; //$NON-NLS-1$
        InstanceCommands.SessionOpener opener = () -> sessions.open(args);
        if (RunCommands.COMMANDS.contains(command)) {
            return new RunCommands(terminal, opener).run(arguments);
        }
        if (DockerInstanceCommands.COMMANDS.contains(command)) {
            return new DockerInstanceCommands(terminal, opener).run(arguments);
        }
        return new InstanceCommands(terminal, opener).run(arguments);
    }

    private int top(Arguments arguments) throws UsageException {
        if (arguments.flag("--version")) { //$NON-NLS-1$
            terminal.out().println(NLS.bind(Messages.version, version));
            return OK;
        }
        if (arguments.flag("--help")) { //$NON-NLS-1$
            terminal.out().print(Help.main());
            return OK;
        }
        throw new UsageException(Messages.missingCommand);
    }

    private int help(List<String> words) throws UsageException {
        terminal.out().print(Help.forTopic(words.subList(1, words.size())));
        return OK;
    }
}
