package mai.launcher.cli.internal;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.osgi.util.NLS;

import mai.launcher.cli.internal.CommandLine.Session;
import mai.launcher.cli.internal.CommandLine.Terminal;
import mai.launcher.cli.internal.InstanceCommands.SessionOpener;
import mai.launcher.core.LauncherException;
import mai.launcher.core.deployment.Deployment;
import mai.launcher.core.deployment.DeploymentService;
import mai.launcher.core.deployment.DeploymentStatus;
import mai.launcher.core.deployment.InstanceRuntime;
import mai.launcher.core.docker.DockerProjects;
import mai.launcher.core.instance.Instance;
import mai.launcher.deployment.api.DeployRequest;

/** {@code mai-launcher instance deploy|start|stop|restart|status|logs}. */
final class RunCommands {

    /** The instance commands this class runs. */
    static final Set<String> COMMANDS = Set.of("deploy", "start", "stop", "restart", "status", "logs"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

    private final Terminal terminal;
    private final SessionOpener opener;

    RunCommands(Terminal terminal, SessionOpener opener) {
        this.terminal = terminal;
        this.opener = opener;
    }

    int run(Arguments a) throws UsageException, LauncherException, IOException {
        String command = a.words().get(1);
        if (a.flag("--help")) { //$NON-NLS-1$
            terminal.out().print(Help.instance(command));
            return CommandLine.OK;
        }
        check(a, command);
        try (Session session = opener.open()) {
            Instance instance = InstanceCommands.find(session.instances(), a.words().get(2));
            Optional<String> component = a.value("--component"); //$NON-NLS-1$
            InstanceRuntime runtime = session.service(InstanceRuntime.class);
            return switch (command) {
                case "deploy" -> deploy(a, session, instance); //$NON-NLS-1$
                case "start" -> new Foreground(terminal, runtime, instance, component).run(false); //$NON-NLS-1$
                case "restart" -> new Foreground(terminal, runtime, instance, component).run(true); //$NON-NLS-1$
                case "stop" -> stop(runtime, instance, component); //$NON-NLS-1$
                case "status" -> ComponentsOutput.status(terminal, runtime, instance, a.flag("--json")); //$NON-NLS-1$ //$NON-NLS-2$
                default -> logs(a, session, runtime, instance, component);
            };
        }
    }

    private static void check(Arguments a, String command) throws UsageException {
        String usage = NLS.bind(Messages.helpHintRun, command);
        switch (command) {
            case "deploy" -> a.allowOnly(Set.of("--ref", "--repo", "--qq", "--port"), Set.of("--accept-eula"), "instance deploy"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
            case "status" -> a.allowOnly(Set.of(), Set.of("--json"), "instance status"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            case "logs" -> a.allowOnly(Set.of("--component", "--container", "--lines"), Set.of("--follow"), "instance logs"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            default -> a.allowOnly(Set.of("--component"), Set.of(), "instance " + command); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (a.words().size() < 3) {
            throw new UsageException(usage);
        }
        if (a.words().size() > 3) {
            throw new UsageException(NLS.bind(Messages.unexpectedWord, a.words().get(3)) + " " + usage); //$NON-NLS-1$
        }
    }

    private static int lines(Arguments a) throws UsageException {
        String value = a.value("--lines").orElse("100"); //$NON-NLS-1$ //$NON-NLS-2$
        try {
            return Math.max(0, Integer.parseInt(value));
        } catch (NumberFormatException e) {
            throw new UsageException(NLS.bind(Messages.notANumber, "--lines", value)); //$NON-NLS-1$
        }
    }

    /** A Docker instance's logs are its containers' ({@code --container}); the others' are their log files. */
    private int logs(Arguments a, Session session, InstanceRuntime runtime, Instance instance,
            Optional<String> component) throws UsageException, LauncherException, IOException {
        if (session.service(DockerProjects.class).isDocker(instance.id())) {
            return DockerInstanceCommands.logs(terminal, session, instance, a.value("--container").or(() -> component), //$NON-NLS-1$
                    lines(a), a.flag("--follow")); //$NON-NLS-1$
        }
        if (a.value("--container").isPresent()) { //$NON-NLS-1$
            throw new UsageException(NLS.bind(Messages.notDocker, instance.name(), instance.deployMode()));
        }
        return ComponentsOutput.logs(terminal, runtime, instance, component, lines(a), a.flag("--follow")); //$NON-NLS-1$
    }

    private int deploy(Arguments a, Session session, Instance instance) throws LauncherException {
        Map<String, String> options = new TreeMap<>();
        a.value("--ref").ifPresent(v -> options.put(DeployRequest.REF, v)); //$NON-NLS-1$
        a.value("--repo").ifPresent(v -> options.put(DeployRequest.REPOSITORY, v)); //$NON-NLS-1$
        a.value("--qq").ifPresent(v -> options.put(DeployRequest.QQ, v)); //$NON-NLS-1$
        a.value("--port").ifPresent(v -> options.put(DeployRequest.PORT, v)); //$NON-NLS-1$
        if (a.flag("--accept-eula")) { //$NON-NLS-1$
            options.put(DeployRequest.ACCEPT_EULA, "true"); //$NON-NLS-1$
        }
        DeploymentService deployments = session.service(DeploymentService.class);
        Deployment result = new DeployProgress(terminal, deployments).run(
                monitor -> deployments.deploy(instance.id(), options, monitor));
        if (result.status() == DeploymentStatus.COMPLETED) {
            terminal.out().println(NLS.bind(Messages.deployed, instance.name(), result.id()));
            return CommandLine.OK;
        }
        terminal.err().println(Messages.prefix + result.error().orElse(NLS.bind(Messages.deployEnded,
                result.status().id())));
        return CommandLine.FAILED;
    }

    private int stop(InstanceRuntime runtime, Instance instance, Optional<String> component) throws LauncherException {
        runtime.stop(instance.id(), component, null);
        terminal.out().println(NLS.bind(Messages.stopped, instance.name()));
        return CommandLine.OK;
    }
}
