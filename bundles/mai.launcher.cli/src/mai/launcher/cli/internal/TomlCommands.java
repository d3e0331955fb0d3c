package mai.launcher.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import mai.launcher.cli.internal.CommandLine.Terminal;
import mai.launcher.core.ErrorCode;
import mai.launcher.core.LauncherException;
import mai.launcher.core.config.ConfigException;
import mai.launcher.core.config.ConfigFile;
import mai.launcher.core.config.ConfigProblem;
import mai.launcher.core.config.ConfigValue;
import mai.launcher.core.config.TomlPath;
import mai.launcher.core.config.TomlValidator;

/**
 * {@code mai-launcher toml check FILE | get FILE KEY | set FILE KEY VALUE}: the launcher's TOML engine for any file,
 * from scripts. {@code set} changes only the value (comments, order and formatting stay), reads VALUE as the type the
 * key already has, never writes invalid TOML, and keeps the previous version in the file's history.
 */
final class TomlCommands {

    private final Terminal terminal;

    TomlCommands(Terminal terminal) {
        this.terminal = terminal;
    }

    int run(Arguments a) throws UsageException, LauncherException {
        List<String> words = a.words();
        String command = words.size() > 1 ? words.get(1) : ""; //$NON-NLS-1$
        if (a.flag("--help") || command.isEmpty()) { //$NON-NLS-1$
            terminal.out().print(Messages.helpToml);
            return command.isEmpty() && !a.flag("--help") ? CommandLine.USAGE : CommandLine.OK; //$NON-NLS-1$
        }
        a.allowOnly(Set.of(), Set.of("--json"), "toml"); //$NON-NLS-1$ //$NON-NLS-2$
        int expected = switch (command) {
            case "check" -> 3; //$NON-NLS-1$
            case "get" -> 4; //$NON-NLS-1$
            case "set" -> 5; //$NON-NLS-1$
            default -> throw new UsageException(NLS.bind(Messages.unknownTomlCommand, command));
        };
        if (words.size() != expected) {
            throw new UsageException(Messages.helpHintToml);
        }
        Path file = Path.of(words.get(2));
        return switch (command) {
            case "check" -> check(file); //$NON-NLS-1$
            case "get" -> get(file, words.get(3), a.flag("--json")); //$NON-NLS-1$ //$NON-NLS-2$
            default -> set(file, words.get(3), words.get(4));
        };
    }

    private int check(Path file) throws LauncherException {
        List<ConfigProblem> problems = TomlValidator.validate(read(file));
        if (problems.isEmpty()) {
            terminal.out().println(NLS.bind(Messages.tomlValid, file));
            return CommandLine.OK;
        }
        for (ConfigProblem problem : problems) {
            terminal.err().println(file + ":" + problem.position().line() + ":" + problem.position().column() //$NON-NLS-1$ //$NON-NLS-2$
                    + ": " + problem.message()); //$NON-NLS-1$
        }
        return CommandLine.FAILED;
    }

    private int get(Path file, String key, boolean json) throws LauncherException {
        ConfigFile config = load(file);
        TomlPath path = path(key);
        ConfigValue value = config.document().get(path).orElseThrow(() -> new LauncherException(
                ErrorCode.NOT_FOUND, NLS.bind(Messages.tomlNoKey, key, file)));
        terminal.out().println(json ? ValueText.json(value) : ValueText.plain(value));
        return CommandLine.OK;
    }

    private int set(Path file, String key, String value) throws LauncherException {
        ConfigFile config = load(file);
        try {
            config.document().setFromText(path(key), value);
            config.save();
        } catch (ConfigException e) {
            throw new LauncherException(ErrorCode.INVALID_INPUT, e.getMessage(), e);
        } catch (IOException e) {
            throw new LauncherException(ErrorCode.IO_ERROR, NLS.bind(Messages.tomlNotWritten, file, e.getMessage()), e);
        }
        terminal.out().println(key + " = " + ValueText.plain(config.document().get(path(key)).orElseThrow())); //$NON-NLS-1$
        return CommandLine.OK;
    }

    static TomlPath path(String key) throws LauncherException {
        try {
            return TomlPath.parse(key);
        } catch (ConfigException e) {
            throw new LauncherException(ErrorCode.INVALID_INPUT, e.getMessage(), e);
        }
    }

    static ConfigFile load(Path file) throws LauncherException {
        try {
            return ConfigFile.load(file);
        } catch (ConfigException e) {
            throw new LauncherException(ErrorCode.INVALID_INPUT, NLS.bind(Messages.tomlInvalid, file, e.getMessage()), e);
        } catch (NoSuchFileException e) {
            throw new LauncherException(ErrorCode.NOT_FOUND, NLS.bind(Messages.tomlNoFile, file), e);
        } catch (IOException e) {
            throw new LauncherException(ErrorCode.IO_ERROR, NLS.bind(Messages.tomlNotRead, file, e.getMessage()), e);
        }
    }

    private static byte[] read(Path file) throws LauncherException {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new LauncherException(ErrorCode.NOT_FOUND, NLS.bind(Messages.tomlNoFile, file), e);
        } catch (IOException e) {
            throw new LauncherException(ErrorCode.IO_ERROR, NLS.bind(Messages.tomlNotRead, file, e.getMessage()), e);
        }
    }
}
