package mai.launcher.examples.podman;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;

import mai.launcher.deployment.api.ComponentListener;
import mai.launcher.deployment.api.ComponentRuntime;
import mai.launcher.deployment.api.ComponentState;
import mai.launcher.deployment.api.ComponentStatus;
import mai.launcher.deployment.api.Console;
import mai.launcher.deployment.api.DeployException;
import mai.launcher.deployment.api.InstanceRef;

/** Starts, stops and watches an instance's container through {@code podman}. */
final class PodmanRuntime implements ComponentRuntime {

    private final Podman podman;
    private final List<ComponentListener> listeners = new CopyOnWriteArrayList<>();

    PodmanRuntime(Podman podman) {
        this.podman = podman;
    }

    @Override
    public void start(InstanceRef instance, String componentId, IProgressMonitor monitor) throws DeployException {
        PodmanInstance container = new PodmanInstance(instance);
        Podman.Result start = podman.run(120, "start", container.container()); //$NON-NLS-1$
        if (!start.ok()) {
            throw new DeployException(Texts.of("MaiBot's container could not start: " + start.output() //$NON-NLS-1$
                    + "; deploy the instance first.", "MaiBot 容器无法启动：" + start.output() + "；请先部署该实例。")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        fire(instance, componentId);
    }

    @Override
    public void stop(InstanceRef instance, String componentId, IProgressMonitor monitor) throws DeployException {
        PodmanInstance container = new PodmanInstance(instance);
        if (!podman.run(60, "container", "exists", container.container()).ok()) { //$NON-NLS-1$ //$NON-NLS-2$
            return; // nothing to stop
        }
        Podman.Result stop = podman.run(60, "stop", "-t", "10", container.container()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        if (!stop.ok()) {
            throw new DeployException(Texts.of("MaiBot's container could not be stopped: " + stop.output(), //$NON-NLS-1$
                    "无法停止 MaiBot 容器：" + stop.output())); //$NON-NLS-1$
        }
        fire(instance, componentId);
    }

    @Override
    public ComponentStatus status(InstanceRef instance, String componentId) {
        Podman.Result state = podman.run(30, "inspect", "--format", "{{.State.Status}}", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                new PodmanInstance(instance).container());
        ComponentState mapped = !state.ok() ? ComponentState.STOPPED : switch (state.output()) {
            case "running" -> ComponentState.RUNNING; //$NON-NLS-1$
            case "starting", "created" -> ComponentState.STARTING; //$NON-NLS-1$ //$NON-NLS-2$
            case "stopping" -> ComponentState.STOPPING; //$NON-NLS-1$
            default -> ComponentState.STOPPED;
        };
        return new ComponentStatus(instance.id(), componentId, mapped, OptionalLong.empty(), Instant.now(),
                OptionalInt.empty(), Optional.empty(), 0);
    }

    @Override
    public Optional<Console> console(InstanceRef instance, String componentId) {
        return Optional.empty(); // podman logs -f could feed one; kept out of the example
    }

    @Override
    public List<Path> logFiles(InstanceRef instance, String componentId) {
        return List.of(new PodmanInstance(instance).dataFolder().resolve("logs").resolve("maibot.log")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Override
    public AutoCloseable addListener(ComponentListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private void fire(InstanceRef instance, String componentId) {
        ComponentStatus status = status(instance, componentId);
        listeners.forEach(l -> l.changed(status));
    }
}
