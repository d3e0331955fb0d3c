package mai.launcher.core.docker.wsl.internal;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.IProgressMonitor;

import mai.launcher.core.ErrorCode;
import mai.launcher.core.LauncherException;
import mai.launcher.core.docker.internal.mode.ComposeAccess;
import mai.launcher.core.docker.internal.mode.DockerLayout;
import mai.launcher.deployment.api.ComponentListener;
import mai.launcher.deployment.api.ComponentRuntime;
import mai.launcher.deployment.api.ComponentState;
import mai.launcher.deployment.api.ComponentStatus;
import mai.launcher.deployment.api.Console;
import mai.launcher.deployment.api.DeployException;
import mai.launcher.deployment.api.InstanceRef;

/**
 * Runs the components of Docker-in-WSL instances as compose services, like the Docker mode, through compose alone:
 * start is {@code compose up -d --no-deps SERVICE}, stop is {@code compose stop SERVICE}, the state comes from
 * {@code compose ps}. The engine inside WSL has no event stream this launcher can follow, so listeners hear of the
 * changes this runtime makes; consoles are not offered ({@code docker compose logs} inside WSL shows the output).
 */
final class WslRuntime implements ComponentRuntime {

    /** Exit codes of a container that was asked to stop (SIGTERM, SIGKILL after the timeout). */
    private static final Set<Integer> STOPPED_CODES = Set.of(0, 130, 137, 143);
    private static final String FORMAT = "{{.Service}}|{{.State}}|{{.ExitCode}}|{{.Health}}"; //$NON-NLS-1$

    private final ComposeAccess compose;
    private final List<ComponentListener> listeners = new CopyOnWriteArrayList<>();

    WslRuntime(ComposeAccess compose) {
        this.compose = compose;
    }

    @Override
    public void start(InstanceRef instance, String componentId, IProgressMonitor monitor) throws DeployException {
        ComponentState state = status(instance, componentId).state();
        if (state == ComponentState.RUNNING || state == ComponentState.STARTING) {
            return;
        }
        compose(instance, List.of("up", "-d", "--no-deps", DockerLayout.service(componentId)), monitor); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        changed(instance, componentId);
    }

    @Override
    public void stop(InstanceRef instance, String componentId, IProgressMonitor monitor) throws DeployException {
        ComponentState state = status(instance, componentId).state();
        if (state == ComponentState.STOPPED || state == ComponentState.FAILED) {
            return;
        }
        compose(instance, List.of("stop", DockerLayout.service(componentId)), monitor); //$NON-NLS-1$
        changed(instance, componentId);
    }

    private void compose(InstanceRef instance, List<String> arguments, IProgressMonitor monitor)
            throws DeployException {
        try {
            compose.compose(instance).run(arguments, line -> {
                // compose's progress lines
            }, monitor);
        } catch (LauncherException e) {
            throw new DeployException(e.getMessage(), e);
        }
    }

    private void changed(InstanceRef instance, String componentId) {
        ComponentStatus status = status(instance, componentId);
        listeners.forEach(l -> l.changed(status));
    }

    @Override
    public ComponentStatus status(InstanceRef instance, String componentId) {
        List<String> lines = new ArrayList<>();
        try {
            compose.compose(instance).run(List.of("ps", "-a", "--format", Wsl.word(FORMAT)), lines::add, null); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        } catch (LauncherException e) {
            return e.code() == ErrorCode.NOT_FOUND ? ComponentStatus.stopped(instance.id(), componentId)
                    : new ComponentStatus(instance.id(), componentId, ComponentState.STOPPED, OptionalLong.empty(),
                            Instant.now(), OptionalInt.empty(), Optional.of(e.getMessage()), 0);
        }
        return status(instance.id(), componentId, lines);
    }

    /**
     * @param instanceId  the instance
     * @param componentId the component
     * @param lines       what {@code compose ps -a --format FORMAT} printed
     * @return the component's status
     */
    static ComponentStatus status(String instanceId, String componentId, List<String> lines) {
        String service = DockerLayout.service(componentId);
        for (String line : lines) {
            String[] fields = line.strip().split("\\|", -1); //$NON-NLS-1$
            if (fields.length < 4 || !fields[0].equals(service)) {
                continue;
            }
            String state = fields[1];
            OptionalInt exitCode = fields[2].matches("-?\\d+") ? OptionalInt.of(Integer.parseInt(fields[2])) //$NON-NLS-1$
                    : OptionalInt.empty();
            Optional<String> detail = fields[3].isEmpty() ? Optional.empty() : Optional.of(state + ", " + fields[3]); //$NON-NLS-1$
            ComponentState mapped = switch (state) {
            case "running" -> "starting".equals(fields[3]) ? ComponentState.STARTING : ComponentState.RUNNING; //$NON-NLS-1$ //$NON-NLS-2$
            case "restarting" -> ComponentState.STARTING; //$NON-NLS-1$
            case "exited", "dead" -> exitCode.isPresent() && !STOPPED_CODES.contains(exitCode.getAsInt()) //$NON-NLS-1$ //$NON-NLS-2$
                    ? ComponentState.FAILED
                    : ComponentState.STOPPED;
            default -> ComponentState.STOPPED;
            };
            return new ComponentStatus(instanceId, componentId, mapped, OptionalLong.empty(), Instant.now(),
                    mapped == ComponentState.RUNNING ? OptionalInt.empty() : exitCode, detail, 0);
        }
        return ComponentStatus.stopped(instanceId, componentId);
    }

    @Override
    public Optional<Console> console(InstanceRef instance, String componentId) {
        return Optional.empty();
    }

    @Override
    public List<Path> logFiles(InstanceRef instance, String componentId) {
        return List.of(); // the engine inside WSL keeps the logs
    }

    @Override
    public AutoCloseable addListener(ComponentListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Docker inside WSL runs the containers: they keep running when the launcher closes. */
    @Override
    public boolean outlivesLauncher() {
        return true;
    }
}
