package mai.launcher.core.docker.internal.mode;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.IProgressMonitor;

import mai.launcher.core.LauncherException;
import mai.launcher.core.docker.ContainerEvent;
import mai.launcher.core.docker.ContainerInfo;
import mai.launcher.core.docker.DockerEngine;
import mai.launcher.deployment.api.ComponentListener;
import mai.launcher.deployment.api.ComponentRuntime;
import mai.launcher.deployment.api.ComponentState;
import mai.launcher.deployment.api.ComponentStatus;
import mai.launcher.deployment.api.Console;
import mai.launcher.deployment.api.DeployException;
import mai.launcher.deployment.api.InstanceRef;

/**
 * Runs Docker instances' components as compose services: start is {@code compose up -d --no-deps SERVICE}, stop is
 * {@code compose stop SERVICE}; the state is the container's, and changes come from the engine's event stream.
 */
final class DockerRuntime implements ComponentRuntime, AutoCloseable {

    /** Exit codes of a container that was asked to stop (SIGTERM, SIGKILL after the timeout). */
    private static final Set<Integer> STOPPED_CODES = Set.of(0, 130, 137, 143);
    private static final String PROJECT_PREFIX = "mai-"; //$NON-NLS-1$

    private final DockerEngine engine;
    private final List<ComponentListener> listeners = new CopyOnWriteArrayList<>();
    private final AutoCloseable events;

    DockerRuntime(DockerEngine engine) {
        this.engine = engine;
        this.events = engine.addListener(this::containerChanged);
    }

    @Override
    public void close() {
        try {
            events.close();
        } catch (Exception e) {
            // the engine's stream is gone with it
        }
    }

    private void containerChanged(ContainerEvent event) {
        if (!event.project().startsWith(PROJECT_PREFIX) || event.service().isEmpty() || listeners.isEmpty()) {
            return;
        }
        String instanceId = event.project().substring(PROJECT_PREFIX.length());
        String component = DockerLayout.component(event.service());
        ComponentStatus status = status(instanceId, event.project(), component);
        listeners.forEach(l -> l.changed(status));
    }

    @Override
    public void start(InstanceRef instance, String componentId, IProgressMonitor monitor) throws DeployException {
        Optional<ContainerInfo> container = container(DockerLayout.project(instance), componentId);
        if (container.isPresent() && container.get().running()) {
            return;
        }
        Optional<String> taken = DockerDeployMode.takenPort(ports(instance, componentId), port -> false);
        if (taken.isPresent()) {
            throw new DeployException(taken.get());
        }
        compose(instance, List.of("up", "-d", "--no-deps", DockerLayout.service(componentId)), monitor); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private static List<Integer> ports(InstanceRef instance, String componentId) {
        DockerOptions options = DockerOptions.of(instance.options());
        return switch (componentId) {
        case mai.launcher.deployment.api.Component.MAIBOT -> List.of(options.webuiPort());
        case mai.launcher.deployment.api.Component.NAPCAT -> List.of(options.napcatWebuiPort());
        default -> List.of();
        };
    }

    @Override
    public void stop(InstanceRef instance, String componentId, IProgressMonitor monitor) throws DeployException {
        Optional<ContainerInfo> container = container(DockerLayout.project(instance), componentId);
        if (container.isEmpty() || !container.get().running() && !"restarting".equals(container.get().state())) { //$NON-NLS-1$
            return;
        }
        compose(instance, List.of("stop", DockerLayout.service(componentId)), monitor); //$NON-NLS-1$
    }

    private void compose(InstanceRef instance, List<String> arguments, IProgressMonitor monitor)
            throws DeployException {
        try {
            DockerDeployMode.compose(engine, instance).run(arguments, line -> {
                // compose's progress lines; the state comes from the events
            }, monitor);
        } catch (LauncherException e) {
            throw new DeployException(e.getMessage(), e);
        }
    }

    @Override
    public ComponentStatus status(InstanceRef instance, String componentId) {
        return status(instance.id(), DockerLayout.project(instance), componentId);
    }

    private ComponentStatus status(String instanceId, String project, String componentId) {
        Optional<ContainerInfo> found;
        try {
            found = engine.containers(project).stream()
                    .filter(c -> c.service().equals(DockerLayout.service(componentId))).findFirst();
        } catch (LauncherException e) {
            return new ComponentStatus(instanceId, componentId, ComponentState.STOPPED, OptionalLong.empty(),
                    Instant.now(), OptionalInt.empty(), Optional.of(e.getMessage()), 0);
        }
        if (found.isEmpty()) {
            return ComponentStatus.stopped(instanceId, componentId);
        }
        ContainerInfo c = found.get();
        ComponentState state;
        Optional<String> detail = c.health().map(h -> c.state() + ", " + h); //$NON-NLS-1$
        switch (c.state()) {
        case "running" -> state = c.health().filter("starting"::equals).isPresent() ? ComponentState.STARTING //$NON-NLS-1$ //$NON-NLS-2$
                : ComponentState.RUNNING;
        case "restarting" -> { //$NON-NLS-1$
            state = ComponentState.STARTING;
            detail = Optional.of(c.state());
        }
        case "exited", "dead" -> state = c.exitCode().isPresent() //$NON-NLS-1$ //$NON-NLS-2$
                && !STOPPED_CODES.contains(c.exitCode().getAsInt()) ? ComponentState.FAILED : ComponentState.STOPPED;
        default -> state = ComponentState.STOPPED;
        }
        return new ComponentStatus(instanceId, componentId, state, OptionalLong.empty(),
                c.startedAt().orElse(Instant.now()), c.exitCode(), detail, 0);
    }

    private Optional<ContainerInfo> container(String project, String componentId) throws DeployException {
        try {
            return engine.containers(project).stream()
                    .filter(c -> c.service().equals(DockerLayout.service(componentId))).findFirst();
        } catch (LauncherException e) {
            throw new DeployException(e.getMessage(), e);
        }
    }

    @Override
    public Optional<Console> console(InstanceRef instance, String componentId) {
        try {
            return container(DockerLayout.project(instance), componentId)
                    .map(c -> new LogsConsole(engine, c.id(), c.startedAt().map(Instant::toString).orElse(c.state())));
        } catch (DeployException e) {
            return Optional.empty();
        }
    }

    @Override
    public List<Path> logFiles(InstanceRef instance, String componentId) {
        return List.of(); // the engine keeps the logs; the console shows them
    }

    /** The engine runs the containers: they keep running (restart: unless-stopped) when the launcher closes. */
    @Override
    public boolean outlivesLauncher() {
        return true;
    }

    @Override
    public AutoCloseable addListener(ComponentListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
