package mai.launcher.core.deployment.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import mai.launcher.core.ComponentEvent;
import mai.launcher.core.ErrorCode;
import mai.launcher.core.EventPublisher;
import mai.launcher.core.LauncherException;
import mai.launcher.core.LauncherPaths;
import mai.launcher.core.Topics;
import mai.launcher.core.deployment.InstanceRuntime;
import mai.launcher.core.instance.Instance;
import mai.launcher.core.instance.InstanceRegistry;
import mai.launcher.core.instance.InstanceStatus;
import mai.launcher.deployment.api.ComponentState;
import mai.launcher.deployment.api.ComponentStatus;
import mai.launcher.deployment.api.Console;
import mai.launcher.deployment.api.DeployException;
import mai.launcher.deployment.api.DeployMode;
import mai.launcher.deployment.api.InstanceRef;

/**
 * Runs instances through their modes' runtimes, posts each component's state change, and keeps the instance's
 * status in the database (so the other processes on the data folder see it).
 */
// Immediate: it keeps the instances' status in step with their components' events (containers started by compose or
// from outside) even when nobody has asked for the runtime yet.
@Component(service = InstanceRuntime.class, immediate = true)
public final class InstanceRuntimeImpl implements InstanceRuntime {

    private final InstanceRegistry instances;
    private final DeployModeRegistry modes;
    private final EventPublisher events;
    private final LauncherPaths paths;
    private final Map<String, AutoCloseable> listening = new ConcurrentHashMap<>();
    private final Set<List<String>> startedHere = ConcurrentHashMap.newKeySet();
    private final AutoCloseable tracking;

    @Activate
    public InstanceRuntimeImpl(@Reference InstanceRegistry instances, @Reference DeployModeRegistry modes,
            @Reference EventPublisher events, @Reference LauncherPaths paths) {
        this.instances = instances;
        this.modes = modes;
        this.events = events;
        this.paths = paths;
        this.tracking = modes.track(this::modeChanged);
    }

    private void modeChanged(DeployMode mode, Boolean added) {
        if (added) {
            listening.put(mode.id(), mode.runtime().addListener(this::componentChanged));
        } else {
            close(listening.remove(mode.id()));
        }
    }

    private void componentChanged(ComponentStatus status) {
        events.post(Topics.COMPONENT_STATE,
                new ComponentEvent(status.instanceId(), status.componentId(), status.state().id()));
        if (status.state() == ComponentState.STOPPED || status.state() == ComponentState.FAILED) {
            startedHere.remove(List.of(status.instanceId(), status.componentId()));
        }
        try {
            Instance instance = InstanceRefs.instance(instances, status.instanceId());
            updateStatus(instance, InstanceRefs.mode(modes, instance), status.detail().orElse("")); //$NON-NLS-1$
        } catch (LauncherException e) {
            ILog.of(getClass()).warn(e.getMessage(), e);
        }
    }

    /** Derives the instance's status from its components' and records it when it changed. */
    private void updateStatus(Instance instance, DeployMode mode, String reason) throws LauncherException {
        InstanceRef ref = InstanceRefs.ref(instance, paths);
        List<ComponentState> states = mode.components(ref).stream()
                .map(c -> mode.runtime().status(ref, c.id()).state()).toList();
        InstanceStatus status = StatusRules.of(states, instance.status());
        if (status != instance.status()) {
            instances.setStatus(instance.id(), status, reason);
        }
    }

    @Override
    public List<mai.launcher.deployment.api.Component> components(String instanceId) throws LauncherException {
        Instance instance = InstanceRefs.instance(instances, instanceId);
        return InstanceRefs.mode(modes, instance).components(InstanceRefs.ref(instance, paths));
    }

    @Override
    public void start(String instanceId, Optional<String> componentId, IProgressMonitor monitor)
            throws LauncherException {
        Instance instance = InstanceRefs.instance(instances, instanceId);
        DeployMode mode = InstanceRefs.mode(modes, instance);
        InstanceRef ref = InstanceRefs.ref(instance, paths);
        List<String> targets = targets(mode, ref, componentId);
        SubMonitor progress = SubMonitor.convert(monitor, targets.size());
        for (String component : targets) {
            try {
                mode.runtime().start(ref, component, progress.split(1));
                if (!mode.runtime().outlivesLauncher()) {
                    startedHere.add(List.of(instanceId, component));
                }
            } catch (DeployException e) {
                updateStatus(instance, mode, e.getMessage());
                throw new LauncherException(ErrorCode.FAILED, e.getMessage(), e);
            }
        }
        updateStatus(InstanceRefs.instance(instances, instanceId), mode, ""); //$NON-NLS-1$
    }

    @Override
    public void stop(String instanceId, Optional<String> componentId, IProgressMonitor monitor)
            throws LauncherException {
        Instance instance = InstanceRefs.instance(instances, instanceId);
        DeployMode mode = InstanceRefs.mode(modes, instance);
        InstanceRef ref = InstanceRefs.ref(instance, paths);
        List<String> targets = new ArrayList<>(targets(mode, ref, componentId));
        Collections.reverse(targets);
        SubMonitor progress = SubMonitor.convert(monitor, targets.size());
        for (String component : targets) {
            try {
                mode.runtime().stop(ref, component, progress.split(1));
            } catch (DeployException e) {
                throw new LauncherException(ErrorCode.FAILED, e.getMessage(), e);
            }
        }
        updateStatus(InstanceRefs.instance(instances, instanceId), mode, ""); //$NON-NLS-1$
    }

    @Override
    public void restart(String instanceId, Optional<String> componentId, IProgressMonitor monitor)
            throws LauncherException {
        SubMonitor progress = SubMonitor.convert(monitor, 2);
        stop(instanceId, componentId, progress.split(1));
        start(instanceId, componentId, progress.split(1));
    }

    private static List<String> targets(DeployMode mode, InstanceRef ref, Optional<String> componentId)
            throws LauncherException {
        List<String> all = mode.components(ref).stream().map(mai.launcher.deployment.api.Component::id).toList();
        if (componentId.isEmpty()) {
            return all;
        }
        if (!all.contains(componentId.get())) {
            throw new LauncherException(ErrorCode.NOT_FOUND,
                    NLS.bind(Messages.noSuchComponent, new Object[] { componentId.get(), ref.name(), String.join(", ", all) })); //$NON-NLS-1$
        }
        return List.of(componentId.get());
    }

    @Override
    public List<ComponentStatus> status(String instanceId) throws LauncherException {
        Instance instance = InstanceRefs.instance(instances, instanceId);
        DeployMode mode = InstanceRefs.mode(modes, instance);
        InstanceRef ref = InstanceRefs.ref(instance, paths);
        return mode.components(ref).stream().map(c -> mode.runtime().status(ref, c.id())).toList();
    }

    @Override
    public Optional<Console> console(String instanceId, String componentId) throws LauncherException {
        Instance instance = InstanceRefs.instance(instances, instanceId);
        return InstanceRefs.mode(modes, instance).runtime().console(InstanceRefs.ref(instance, paths), componentId);
    }

    @Override
    public List<Path> logFiles(String instanceId, String componentId) throws LauncherException {
        Instance instance = InstanceRefs.instance(instances, instanceId);
        return InstanceRefs.mode(modes, instance).runtime().logFiles(InstanceRefs.ref(instance, paths), componentId);
    }

    @Override
    public void stopAll(IProgressMonitor monitor) {
        List<List<String>> running = List.copyOf(startedHere);
        SubMonitor progress = SubMonitor.convert(monitor, running.size());
        for (List<String> component : running) {
            try {
                stop(component.get(0), Optional.of(component.get(1)), progress.split(1));
            } catch (LauncherException e) {
                ILog.of(getClass()).warn(e.getMessage(), e);
            }
        }
    }

    @Override
    public int runningHere() {
        return startedHere.size();
    }

    @Deactivate
    void deactivate() {
        close(tracking);
        listening.values().forEach(InstanceRuntimeImpl::close);
        listening.clear();
    }

    private static void close(AutoCloseable closeable) {
        if (closeable != null) {
            try {
                closeable.close();
            } catch (Exception e) {
                ILog.of(InstanceRuntimeImpl.class).warn(e.getMessage(), e);
            }
        }
    }
}
