package mai.launcher.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.osgi.util.NLS;

import mai.launcher.cli.internal.CommandLine.Session;
import mai.launcher.cli.internal.CommandLine.Terminal;
import mai.launcher.core.ErrorCode;
import mai.launcher.core.LauncherException;
import mai.launcher.core.deployment.DeploymentService;
import mai.launcher.core.instance.DeployModeIds;
import mai.launcher.core.instance.Instance;
import mai.launcher.core.instance.InstanceNames;
import mai.launcher.core.instance.InstanceRegistry;
import mai.launcher.core.instance.InstanceSpec;
import mai.launcher.deployment.api.DeployRequest;

/** {@code mai-launcher instance list|create|show|rename|delete}. */
final class InstanceCommands {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"); //$NON-NLS-1$
    private static final String JSON = "--json"; //$NON-NLS-1$

    /** Opens the session when a command needs the data folder. */
    @FunctionalInterface
    interface SessionOpener {
        Session open() throws LauncherException;
    }

    private final Terminal terminal;
    private final SessionOpener opener;

    InstanceCommands(Terminal terminal, SessionOpener opener) {
        this.terminal = terminal;
        this.opener = opener;
    }

    int run(Arguments a) throws UsageException, LauncherException, IOException {
        List<String> words = a.words();
        String command = words.size() > 1 ? words.get(1) : ""; //$NON-NLS-1$
        if (a.flag("--help")) { //$NON-NLS-1$
            terminal.out().print(Help.instance(command));
            return CommandLine.OK;
        }
        if (command.isEmpty()) {
            throw new UsageException(Messages.missingInstanceCommand);
        }
        if (!Set.of("list", "create", "show", "rename", "delete").contains(command)) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            throw new UsageException(NLS.bind(Messages.unknownInstanceCommand, command));
        }
        check(a, command);
        try (Session session = opener.open()) {
            InstanceRegistry registry = session.instances();
            switch (command) {
                case "list" -> list(a, session, registry); //$NON-NLS-1$
                case "create" -> create(a, session, registry); //$NON-NLS-1$
                case "show" -> show(a, session, find(registry, words.get(2))); //$NON-NLS-1$
                case "rename" -> rename(a, session, registry, find(registry, words.get(2)), words.get(3)); //$NON-NLS-1$
                default -> {
                    return delete(a, session, registry, find(registry, words.get(2)));
                }
            }
        }
        return CommandLine.OK;
    }

    /** Checks the words and options of a command before anything is opened. */
    private static void check(Arguments a, String command) throws UsageException {
        int words = a.words().size();
        switch (command) {
            case "list" -> { //$NON-NLS-1$
                a.allowOnly(Set.of(), Set.of(JSON), "instance list"); //$NON-NLS-1$
                expectWords(a, 2, Messages.helpHintList);
            }
            case "create" -> { //$NON-NLS-1$
                a.allowOnly(Set.of("--name", "--mode", "--description", "--repo", "--ref", "--qq", "--port", "--image", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
                        "--generation", "--sqlite-web-port"), Set.of(JSON), "instance create"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                if (words > 3 || words == 3 && a.value("--name").isPresent()) { //$NON-NLS-1$
                    throw new UsageException(NLS.bind(Messages.unexpectedWord, a.words().get(words - 1)));
                }
                if (words == 2 && a.value("--name").isEmpty()) { //$NON-NLS-1$
                    throw new UsageException(Messages.missingName);
                }
            }
            case "show" -> { //$NON-NLS-1$
                a.allowOnly(Set.of(), Set.of(JSON), "instance show"); //$NON-NLS-1$
                expectWords(a, 3, Messages.helpHintShow);
            }
            case "rename" -> { //$NON-NLS-1$
                a.allowOnly(Set.of(), Set.of(JSON), "instance rename"); //$NON-NLS-1$
                expectWords(a, 4, Messages.helpHintRename);
            }
            default -> {
                a.allowOnly(Set.of(), Set.of(JSON, "--yes", "--delete-files"), "instance delete"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                expectWords(a, 3, Messages.helpHintDelete);
            }
        }
    }

    private static void expectWords(Arguments a, int count, String usage) throws UsageException {
        if (a.words().size() < count) {
            throw new UsageException(usage);
        }
        if (a.words().size() > count) {
            throw new UsageException(NLS.bind(Messages.unexpectedWord, a.words().get(count)) + " " + usage); //$NON-NLS-1$
        }
    }

    private void list(Arguments a, Session session, InstanceRegistry registry) throws LauncherException, IOException {
        List<Instance> instances = registry.list();
        if (a.flag(JSON)) {
            InstanceJson.writeList(terminal.out(), instances, session.paths());
            return;
        }
        if (instances.isEmpty()) {
            terminal.out().println(Messages.noInstances);
            return;
        }
        TextTable table = new TextTable(Messages.columnId, Messages.columnName, Messages.columnMode,
                Messages.columnStatus, Messages.columnCreated);
        for (Instance i : instances) {
            table.add(i.id(), i.name(), i.deployMode(), i.status().label(), time(i.createdAt()));
        }
        table.print(terminal.out());
    }

    private void create(Arguments a, Session session, InstanceRegistry registry)
            throws LauncherException, IOException, UsageException {
        String name = a.value("--name").orElseGet(() -> a.words().get(2)); //$NON-NLS-1$
        String mode = a.value("--mode").orElse(DeployModeIds.LOCAL); //$NON-NLS-1$
        Set<String> modes = new LinkedHashSet<>(DeployModeIds.BUILT_IN);
        modes.addAll(session.service(DeploymentService.class).modeIds());
        if (!modes.contains(mode)) {
            throw new UsageException(NLS.bind(Messages.unknownMode, mode, String.join(", ", modes))); //$NON-NLS-1$
        }
        Map<String, String> options = new TreeMap<>();
        a.value("--repo").ifPresent(v -> options.put(DeployRequest.REPOSITORY, v)); //$NON-NLS-1$
        a.value("--ref").ifPresent(v -> options.put(DeployRequest.REF, v)); //$NON-NLS-1$
        a.value("--qq").ifPresent(v -> options.put(DeployRequest.QQ, v)); //$NON-NLS-1$
        a.value("--port").ifPresent(v -> options.put(DeployRequest.PORT, v)); //$NON-NLS-1$
        options.putAll(imageOptions(a));
        Optional<String> generation = a.value("--generation"); //$NON-NLS-1$
        if (generation.isPresent() && !Set.of("0", "1").contains(generation.get())) { //$NON-NLS-1$ //$NON-NLS-2$
            throw new UsageException(NLS.bind(Messages.badGeneration, generation.get()));
        }
        generation.ifPresent(g -> options.put("generation", g)); //$NON-NLS-1$
        a.value("--sqlite-web-port").ifPresent(v -> options.put("sqlite-web-port", v)); //$NON-NLS-1$ //$NON-NLS-2$
        Instance created = registry.create(new InstanceSpec(name, mode, a.value("--description").orElse(""), options)); //$NON-NLS-1$ //$NON-NLS-2$
        if (a.flag(JSON)) {
            InstanceJson.writeOne(terminal.out(), created, session.paths());
        } else {
            terminal.out().println(NLS.bind(Messages.created, new Object[] { created.name(), created.id(),
                    created.deployMode(), InstanceJson.folder(created, session.paths()) }));
        }
    }

    /** {@code --image core=IMAGE --image napcat=IMAGE --image adapter=IMAGE}: the Docker mode's images. */
    private static Map<String, String> imageOptions(Arguments a) throws UsageException {
        Map<String, String> options = new TreeMap<>();
        for (String value : a.values("--image")) { //$NON-NLS-1$
            int eq = value.indexOf('=');
            String role = eq < 0 ? "" : value.substring(0, eq).strip(); //$NON-NLS-1$
            if (!Set.of("core", "napcat", "adapter").contains(role) || value.substring(eq + 1).isBlank()) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                throw new UsageException(NLS.bind(Messages.badImageOption, value));
            }
            options.put("image." + role, value.substring(eq + 1).strip()); //$NON-NLS-1$
        }
        return options;
    }

    private void show(Arguments a, Session session, Instance i) throws IOException {
        if (a.flag(JSON)) {
            InstanceJson.writeOne(terminal.out(), i, session.paths());
            return;
        }
        PrintStream out = terminal.out();
        out.println(Messages.columnId + ":      " + i.id()); //$NON-NLS-1$
        out.println(Messages.columnName + ":    " + i.name()); //$NON-NLS-1$
        out.println(Messages.columnMode + ":    " + i.deployMode()); //$NON-NLS-1$
        out.println(Messages.columnStatus + ":  " + i.status().label()); //$NON-NLS-1$
        out.println(Messages.labelFolder + ":  " + InstanceJson.folder(i, session.paths())); //$NON-NLS-1$
        out.println(Messages.columnCreated + ": " + time(i.createdAt())); //$NON-NLS-1$
        if (!i.description().isEmpty()) {
            out.println(Messages.labelDescription + ": " + i.description()); //$NON-NLS-1$
        }
    }

    private void rename(Arguments a, Session session, InstanceRegistry registry, Instance instance, String name)
            throws LauncherException, IOException {
        Instance renamed = registry.rename(instance.id(), name);
        if (a.flag(JSON)) {
            InstanceJson.writeOne(terminal.out(), renamed, session.paths());
        } else {
            terminal.out().println(NLS.bind(Messages.renamed, new Object[] { renamed.id(), instance.name(), renamed.name() }));
        }
    }

    private int delete(Arguments a, Session session, InstanceRegistry registry, Instance instance)
            throws LauncherException, IOException, UsageException {
        boolean deleteFiles = a.flag("--delete-files"); //$NON-NLS-1$
        String folder = InstanceJson.folder(instance, session.paths());
        if (!a.flag("--yes") && !confirm(instance, folder, deleteFiles)) { //$NON-NLS-1$
            terminal.err().println(Messages.deleteCancelled);
            return CommandLine.FAILED;
        }
        registry.delete(instance.id(), deleteFiles, null);
        if (a.flag(JSON)) {
            InstanceJson.writeDeleted(terminal.out(), instance, deleteFiles);
        } else {
            terminal.out().println(NLS.bind(deleteFiles ? Messages.deletedWithFiles : Messages.deleted,
                    new Object[] { instance.name(), instance.id(), folder }));
        }
        return CommandLine.OK;
    }

    private boolean confirm(Instance instance, String folder, boolean deleteFiles) throws IOException, UsageException {
        if (!terminal.interactive()) {
            throw new UsageException(NLS.bind(Messages.deleteNeedsYes, instance.name()));
        }
        String files = NLS.bind(deleteFiles ? Messages.confirmDeleteFiles : Messages.confirmKeepFiles, folder);
        terminal.err().print(NLS.bind(Messages.confirmDelete, new Object[] { instance.name(), instance.id(), files }));
        terminal.err().flush();
        String answer = terminal.in().readLine();
        return answer != null && Set.of("y", "yes", "是", "是的").contains(answer.strip().toLowerCase(java.util.Locale.ROOT)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    /** Finds an instance by id or by name, so users can type the name they see. */
    static Instance find(InstanceRegistry registry, String reference) throws LauncherException {
        Optional<Instance> byId = registry.get(reference);
        if (byId.isPresent()) {
            return byId.get();
        }
        return registry.list().stream().filter(i -> InstanceNames.same(i.name(), reference)).findFirst()
                .orElseThrow(() -> new LauncherException(ErrorCode.NOT_FOUND,
                        NLS.bind(Messages.noSuchInstance, reference)));
    }

    private static String time(Optional<LocalDateTime> time) {
        return time.map(TIME::format).orElse("-"); //$NON-NLS-1$
    }
}
