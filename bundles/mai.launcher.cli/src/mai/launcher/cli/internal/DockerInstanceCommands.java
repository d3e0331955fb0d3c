package mai.launcher.cli.internal;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

import org.eclipse.osgi.util.NLS;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import mai.launcher.cli.internal.CommandLine.Session;
import mai.launcher.cli.internal.CommandLine.Terminal;
import mai.launcher.cli.internal.InstanceCommands.SessionOpener;
import mai.launcher.core.ErrorCode;
import mai.launcher.core.LauncherException;
import mai.launcher.core.docker.ContainerInfo;
import mai.launcher.core.docker.DockerEngine;
import mai.launcher.core.docker.DockerProjects;
import mai.launcher.core.docker.LogChunk;
import mai.launcher.core.instance.Instance;

/** {@code mai-launcher instance up|down|ps ID} and the container logs of Docker instances. */
final class DockerInstanceCommands {

    /** The instance commands this class runs. */
    static final Set<String> COMMANDS = Set.of("up", "down", "ps"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

    private final Terminal terminal;
    private final SessionOpener opener;

    DockerInstanceCommands(Terminal terminal, SessionOpener opener) {
        this.terminal = terminal;
        this.opener = opener;
    }

    int run(Arguments a) throws UsageException, LauncherException, IOException {
        String command = a.words().get(1);
        if (a.flag("--help")) { //$NON-NLS-1$
            terminal.out().print(Help.instance(command));
            return CommandLine.OK;
        }
        switch (command) {
            case "down" -> a.allowOnly(Set.of(), Set.of("--volumes", "--yes"), "instance down"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            case "ps" -> a.allowOnly(Set.of(), Set.of("--json"), "instance ps"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            default -> a.allowOnly(Set.of(), Set.of(), "instance up"); //$NON-NLS-1$
        }
        if (a.words().size() != 3) {
            throw new UsageException(a.words().size() < 3 ? NLS.bind(Messages.helpHintRun, command)
                    : NLS.bind(Messages.unexpectedWord, a.words().get(3)));
        }
        try (Session session = opener.open()) {
            Instance instance = InstanceCommands.find(session.instances(), a.words().get(2));
            DockerProjects projects = docker(session, instance);
            return switch (command) {
                case "up" -> up(projects, instance); //$NON-NLS-1$
                case "down" -> down(a, projects, instance); //$NON-NLS-1$
                default -> ps(a, projects, instance);
            };
        }
    }

    private static DockerProjects docker(Session session, Instance instance) throws LauncherException {
        DockerProjects projects = session.service(DockerProjects.class);
        if (!projects.isDocker(instance.id())) {
            throw new LauncherException(ErrorCode.INVALID_INPUT,
                    NLS.bind(Messages.notDocker, instance.name(), instance.deployMode()));
        }
        return projects;
    }

    private int up(DockerProjects projects, Instance instance) throws LauncherException {
        projects.up(instance.id(), terminal.err()::println, null);
        terminal.out().println(NLS.bind(Messages.dockerUp, instance.name(), projects.project(instance.id())));
        return CommandLine.OK;
    }

    private int down(Arguments a, DockerProjects projects, Instance instance)
            throws LauncherException, IOException, UsageException {
        boolean volumes = a.flag("--volumes"); //$NON-NLS-1$
        if (volumes && !a.flag("--yes")) { //$NON-NLS-1$
            if (!terminal.interactive()) {
                throw new UsageException(NLS.bind(Messages.downVolumesNeedsYes, instance.name()));
            }
            terminal.err().print(NLS.bind(Messages.downVolumesAsk, instance.name()));
            terminal.err().flush();
            String answer = terminal.in().readLine();
            if (answer == null || !Set.of("y", "yes", "是", "是的").contains(answer.strip().toLowerCase(Locale.ROOT))) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                terminal.err().println(Messages.downCancelled);
                return CommandLine.FAILED;
            }
        }
        projects.down(instance.id(), volumes, terminal.err()::println, null);
        terminal.out().println(NLS.bind(volumes ? Messages.dockerDownVolumes : Messages.dockerDown, instance.name()));
        return CommandLine.OK;
    }

    private int ps(Arguments a, DockerProjects projects, Instance instance) throws LauncherException, IOException {
        List<ContainerInfo> containers = projects.containers(instance.id());
        if (a.flag("--json")) { //$NON-NLS-1$
            try (JsonGenerator g = new JsonFactory().createGenerator(Unclosable.of(terminal.out()), JsonEncoding.UTF8)) {
                g.writeStartArray();
                for (ContainerInfo c : containers) {
                    g.writeStartObject();
                    g.writeStringField("id", c.id()); //$NON-NLS-1$
                    g.writeStringField("name", c.name()); //$NON-NLS-1$
                    g.writeStringField("service", c.service()); //$NON-NLS-1$
                    g.writeStringField("image", c.image()); //$NON-NLS-1$
                    g.writeStringField("state", c.state()); //$NON-NLS-1$
                    g.writeStringField("health", c.health().orElse(null)); //$NON-NLS-1$
                    g.writeArrayFieldStart("ports"); //$NON-NLS-1$
                    for (String port : c.ports()) {
                        g.writeString(port);
                    }
                    g.writeEndArray();
                    g.writeStringField("startedAt", c.startedAt().map(Instant::toString).orElse(null)); //$NON-NLS-1$
                    if (c.exitCode().isPresent()) {
                        g.writeNumberField("exitCode", c.exitCode().getAsInt()); //$NON-NLS-1$
                    }
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            terminal.out().println();
            return CommandLine.OK;
        }
        if (containers.isEmpty()) {
            terminal.out().println(NLS.bind(Messages.noContainers, instance.name()));
            return CommandLine.OK;
        }
        TextTable table = new TextTable(Messages.columnService, Messages.columnContainer, Messages.columnState,
                Messages.columnImage, Messages.columnPorts, Messages.columnUptime);
        for (ContainerInfo c : containers) {
            table.add(c.service(), c.name(), state(c), c.image(), String.join(", ", c.ports()), //$NON-NLS-1$
                    c.running() ? c.uptime(Instant.now()) : "-"); //$NON-NLS-1$
        }
        table.print(terminal.out());
        return CommandLine.OK;
    }

    private static String state(ContainerInfo c) {
        String state = c.state() + c.health().map(h -> " (" + h + ")").orElse(""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        return c.exitCode().isPresent() && !c.running() ? state + " " + c.exitCode().getAsInt() : state; //$NON-NLS-1$
    }

    /**
     * {@code instance logs ID --container NAME [--lines N] [--follow]} for a Docker instance: the container's stdout on
     * stdout and its stderr on stderr, as {@code docker logs} prints them.
     *
     * @param container a service ({@code core, napcat, adapters}), a component ({@code main, napcat}) or a container's
     *                  name; empty for MaiBot's
     */
    static int logs(Terminal terminal, Session session, Instance instance, Optional<String> container, int lines,
            boolean follow) throws LauncherException {
        DockerProjects projects = docker(session, instance);
        List<ContainerInfo> containers = projects.containers(instance.id());
        String wanted = container.orElse("core"); //$NON-NLS-1$
        String service = switch (wanted) {
            case "main", "maibot" -> "core"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            case "napcat-ada", "adapter" -> "adapters"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            default -> wanted;
        };
        ContainerInfo found = containers.stream()
                .filter(c -> c.service().equals(service) || c.name().equals(wanted) || c.id().startsWith(wanted))
                .findFirst().orElseThrow(() -> new LauncherException(ErrorCode.NOT_FOUND,
                        NLS.bind(Messages.noSuchContainer, new Object[] { wanted, instance.name(),
                                String.join(", ", containers.stream().map(ContainerInfo::service).toList()) }))); //$NON-NLS-1$
        DockerEngine engine = session.service(DockerEngine.class);
        if (!follow) {
            engine.history(found.id(), lines).forEach(chunk -> print(terminal, chunk));
            terminal.out().flush();
            return CommandLine.OK;
        }
        CountDownLatch ended = new CountDownLatch(1);
        AutoCloseable stream = engine.logs(found.id(), lines, chunk -> print(terminal, chunk));
        try {
            while (!ended.await(1, java.util.concurrent.TimeUnit.SECONDS)) {
                boolean running = projects.containers(instance.id()).stream()
                        .anyMatch(c -> c.id().equals(found.id()) && c.running());
                if (!running) {
                    ended.countDown(); // docker logs -f ends too when the container stops
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            try {
                stream.close();
            } catch (Exception e) {
                // the stream ended with the container
            }
        }
        return CommandLine.OK;
    }

    private static void print(Terminal terminal, LogChunk chunk) {
        (chunk.stderr() ? terminal.err() : terminal.out()).write(chunk.bytes(), 0, chunk.bytes().length);
        (chunk.stderr() ? terminal.err() : terminal.out()).flush();
    }
}
