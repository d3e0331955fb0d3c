package mai.launcher.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import mai.launcher.cli.internal.CommandLine.Session;
import mai.launcher.cli.internal.CommandLine.Terminal;
import mai.launcher.cli.internal.InstanceCommands.SessionOpener;
import mai.launcher.core.ErrorCode;
import mai.launcher.core.LauncherException;
import mai.launcher.core.config.ConfigException;
import mai.launcher.core.config.ConfigFile;
import mai.launcher.core.config.ConfigProblem;
import mai.launcher.core.config.ConfigValue;
import mai.launcher.core.config.TomlPath;
import mai.launcher.core.config.TomlValidator;
import mai.launcher.core.config.maibot.ConfigEdit;
import mai.launcher.core.config.maibot.ConfigEdits;
import mai.launcher.core.config.maibot.ConfigKind;
import mai.launcher.core.config.maibot.InstanceFiles;
import mai.launcher.core.config.maibot.ManagedSettings;
import mai.launcher.core.config.maibot.ModelProblem;
import mai.launcher.core.config.maibot.ModelRules;
import mai.launcher.core.config.maibot.Severity;
import mai.launcher.core.config.maibot.WiringCheck;
import mai.launcher.core.config.maibot.WiringFinding;
import mai.launcher.core.config.maibot.WiringReport;
import mai.launcher.core.instance.Instance;

/**
 * {@code mai-launcher config get ID FILE KEY | set ID FILE KEY VALUE | validate ID [--fix]}: an instance's MaiBot
 * configs ({@code bot}, {@code model}, {@code adapter}) through the same engine as the editors. {@code validate}
 * checks that each file is valid TOML, the model rules, and the wiring NapCat ↔ adapter ↔ MaiBot; {@code --fix}
 * applies the fixes the wiring check proposes.
 */
final class ConfigCommands {

    private final Terminal terminal;
    private final SessionOpener opener;

    ConfigCommands(Terminal terminal, SessionOpener opener) {
        this.terminal = terminal;
        this.opener = opener;
    }

    int run(Arguments a) throws UsageException, LauncherException {
        List<String> words = a.words();
        String command = words.size() > 1 ? words.get(1) : ""; //$NON-NLS-1$
        if (a.flag("--help") || command.isEmpty()) { //$NON-NLS-1$
            terminal.out().print(Messages.helpConfig);
            return command.isEmpty() && !a.flag("--help") ? CommandLine.USAGE : CommandLine.OK; //$NON-NLS-1$
        }
        a.allowOnly(Set.of(), Set.of("--json", "--fix"), "config"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        int expected = switch (command) {
            case "get" -> 5; //$NON-NLS-1$
            case "set" -> 6; //$NON-NLS-1$
            case "validate" -> 3; //$NON-NLS-1$
            default -> throw new UsageException(NLS.bind(Messages.unknownConfigCommand, command));
        };
        if (words.size() != expected) {
            throw new UsageException(Messages.helpHintConfig);
        }
        try (Session session = opener.open()) {
            Instance instance = InstanceCommands.find(session.instances(), words.get(2));
            InstanceFiles files = InstanceFiles.of(session.paths().instanceFolder(instance.instancePath()),
                    instance.deployMode());
            return switch (command) {
                case "get" -> get(files, kind(words.get(3)), words.get(4), a.flag("--json")); //$NON-NLS-1$ //$NON-NLS-2$
                case "set" -> set(files, kind(words.get(3)), words.get(4), words.get(5)); //$NON-NLS-1$
                default -> validate(instance, files, a.flag("--fix")); //$NON-NLS-1$
            };
        }
    }

    private static ConfigKind kind(String name) throws UsageException {
        return ConfigKind.fromCliName(name).orElseThrow(() -> new UsageException(NLS.bind(Messages.unknownConfigFile,
                name)));
    }

    private int get(InstanceFiles files, ConfigKind kind, String key, boolean json) throws LauncherException {
        Path file = existing(files, kind);
        ConfigFile config = TomlCommands.load(file);
        ConfigValue value = config.document().get(TomlCommands.path(key)).orElseThrow(() -> new LauncherException(
                ErrorCode.NOT_FOUND, NLS.bind(Messages.tomlNoKey, key, file)));
        terminal.out().println(json ? ValueText.json(value) : ValueText.plain(value));
        return CommandLine.OK;
    }

    private int set(InstanceFiles files, ConfigKind kind, String key, String value) throws LauncherException {
        Path file = existing(files, kind);
        ConfigFile config = TomlCommands.load(file);
        TomlPath path = TomlCommands.path(key);
        try {
            new ManagedSettings(kind, files.generation(), config.document()).setFromText(path, value);
            config.save();
        } catch (ConfigException e) {
            throw new LauncherException(ErrorCode.INVALID_INPUT, e.getMessage(), e);
        } catch (IOException e) {
            throw new LauncherException(ErrorCode.IO_ERROR, NLS.bind(Messages.tomlNotWritten, file, e.getMessage()), e);
        }
        terminal.out().println(key + " = " + ValueText.plain(config.document().get(path).orElseThrow())); //$NON-NLS-1$
        return CommandLine.OK;
    }

    private static Path existing(InstanceFiles files, ConfigKind kind) throws LauncherException {
        Path file = files.config(kind);
        if (!Files.isRegularFile(file)) {
            throw new LauncherException(ErrorCode.NOT_FOUND, NLS.bind(Messages.configMissing, file));
        }
        return file;
    }

    /** Each file valid, the model rules, the wiring; prints every finding, fixes the wiring if asked. */
    private int validate(Instance instance, InstanceFiles files, boolean fix) throws LauncherException {
        int errors = 0;
        for (ConfigKind kind : ConfigKind.values()) {
            Path file = files.config(kind);
            if (!Files.isRegularFile(file)) {
                terminal.out().println(NLS.bind(Messages.validateMissing, kind.cliName(), file));
                continue;
            }
            List<ConfigProblem> problems = TomlValidator.validate(read(file));
            for (ConfigProblem problem : problems) {
                terminal.out().println(NLS.bind(Messages.validateError, file + ":" + problem.position().line() //$NON-NLS-1$
                        + ":" + problem.position().column(), problem.message())); //$NON-NLS-1$
            }
            errors += problems.size();
            if (problems.isEmpty() && kind == ConfigKind.MODEL) {
                for (ModelProblem problem : ModelRules.check(TomlCommands.load(file).document())) {
                    String where = file + problem.line().stream().mapToObj(l -> ":" + l).findFirst().orElse(""); //$NON-NLS-1$ //$NON-NLS-2$
                    terminal.out().println(NLS.bind(problem.severity() == Severity.ERROR ? Messages.validateError
                            : Messages.validateWarning, where, problem.message()));
                    errors += problem.severity() == Severity.ERROR ? 1 : 0;
                }
            }
        }
        errors += wiring(files, fix);
        terminal.out().println(errors == 0 ? NLS.bind(Messages.validateOk, instance.name())
                : NLS.bind(Messages.validateFailed, instance.name(), errors));
        return errors == 0 ? CommandLine.OK : CommandLine.FAILED;
    }

    private int wiring(InstanceFiles files, boolean fix) throws LauncherException {
        WiringReport report = check(files);
        List<ConfigEdit> fixes = new ArrayList<>();
        int errors = 0;
        for (WiringFinding finding : report.findings()) {
            terminal.out().println(NLS.bind(finding.severity() == Severity.ERROR ? Messages.validateError
                    : Messages.validateWarning, link(finding.link()), finding.message()));
            finding.fix().ifPresent(edit -> terminal.out().println(NLS.bind(Messages.validateFix, edit.describe())));
            finding.fix().ifPresent(fixes::add);
            errors += finding.severity() == Severity.ERROR ? 1 : 0;
        }
        if (!fix || fixes.isEmpty()) {
            if (!fixes.isEmpty()) {
                terminal.out().println(Messages.validateFixHint);
            }
            return errors;
        }
        try {
            ConfigEdits.applyAll(fixes);
        } catch (ConfigException | IOException e) {
            throw new LauncherException(ErrorCode.IO_ERROR, NLS.bind(Messages.validateFixFailed, e.getMessage()), e);
        }
        terminal.out().println(NLS.bind(Messages.validateFixed, fixes.size()));
        return (int) check(files).errors().size();
    }

    private static String link(WiringFinding.Link link) {
        return switch (link) {
            case NAPCAT_ADAPTER -> Messages.linkNapcatAdapter;
            case ADAPTER_MAIBOT -> Messages.linkAdapterMaibot;
            case ADAPTER_PLUGIN -> Messages.linkAdapterPlugin;
            case ACCOUNT -> Messages.linkAccount;
            case CHAT_FILTER -> Messages.linkChatFilter;
            case FILES -> Messages.linkFiles;
        };
    }

    private static WiringReport check(InstanceFiles files) throws LauncherException {
        try {
            return WiringCheck.check(files);
        } catch (IOException e) {
            throw new LauncherException(ErrorCode.IO_ERROR, e.getMessage(), e);
        }
    }

    private static byte[] read(Path file) throws LauncherException {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new LauncherException(ErrorCode.IO_ERROR, NLS.bind(Messages.tomlNotRead, file, e.getMessage()), e);
        }
    }
}
