package mai.launcher.core.local.internal.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SafeRunner;
import org.eclipse.osgi.util.NLS;

import mai.launcher.core.CommandRunner;
import mai.launcher.core.local.internal.Layout;
import mai.launcher.core.local.internal.LocalPorts;
import mai.launcher.core.local.internal.Messages;
import mai.launcher.deployment.api.Component;
import mai.launcher.deployment.api.ComponentListener;
import mai.launcher.deployment.api.ComponentRuntime;
import mai.launcher.deployment.api.ComponentState;
import mai.launcher.deployment.api.ComponentStatus;
import mai.launcher.deployment.api.Console;
import mai.launcher.deployment.api.DeployException;
import mai.launcher.deployment.api.DeployRequest;
import mai.launcher.deployment.api.InstanceRef;

/**
 * Runs local instances' components as processes of this launcher, in pseudo-terminals. Components that run
 * outside it (started by the command line, or left by a launcher that ended) are found through their pid files:
 * they show as running, their console is their log, and they can be stopped.
 */
public final class LocalRuntime implements ComponentRuntime {

    private static final long START_WAIT_MILLIS = 30_000;

    private final Map<List<String>, Supervisor> supervisors = new ConcurrentHashMap<>();
    private final List<ComponentListener> listeners = new CopyOnWriteArrayList<>();
    private final IntSupplier watchdogLimit;
    private final IntSupplier stopTimeoutSeconds;

    /**
     * @param watchdogLimit      how many times a crashed component is restarted
     * @param stopTimeoutSeconds how long a component has to end after Ctrl+C
     */
    public LocalRuntime(IntSupplier watchdogLimit, IntSupplier stopTimeoutSeconds) {
        this.watchdogLimit = watchdogLimit;
        this.stopTimeoutSeconds = stopTimeoutSeconds;
    }

    /**
     * @param instance a local instance
     * @return its components in the order they start: a local NapCat where one is installed (it chooses its own
     *         ports), MaiBot, and for MaiBot 0.x the adapter
     */
    public static List<Component> components(InstanceRef instance) {
        LocalPorts ports = LocalPorts.of(instance.options());
        Layout layout = new Layout(instance.folder());
        List<Component> components = new ArrayList<>();
        if (layout.napcatLauncher().isPresent()) {
            components.add(new Component(Component.NAPCAT, "NapCat", List.of())); //$NON-NLS-1$
        }
        components.add(new Component(Component.MAIBOT, "MaiBot", List.of(ports.maibot()))); //$NON-NLS-1$
        if ("0".equals(instance.options().get("generation")) || layout.isGeneration0()) { //$NON-NLS-1$ //$NON-NLS-2$
            components.add(new Component(Component.ADAPTER, "MaiBot-Napcat-Adapter", List.of(ports.adapter()))); //$NON-NLS-1$
        }
        return List.copyOf(components);
    }

    /** The command that runs a component, in its working directory. */
    private static List<String> command(InstanceRef instance, Layout layout, String componentId)
            throws DeployException {
        if (Component.NAPCAT.equals(componentId)) {
            Path script = layout.napcatLauncher()
                    .orElseThrow(() -> new DeployException(NLS.bind(Messages.notDeployed, instance.name())));
            List<String> command = new ArrayList<>(Layout.windows()
                    ? List.of("cmd.exe", "/c", script.getFileName().toString()) //$NON-NLS-1$ //$NON-NLS-2$
                    : List.of("bash", script.getFileName().toString())); //$NON-NLS-1$
            String qq = instance.options().getOrDefault(DeployRequest.QQ, "").strip(); //$NON-NLS-1$
            if (!qq.isEmpty()) { // quick login; without it NapCat shows a QR code to scan
                command.addAll(Layout.windows() ? List.of("-q", qq) : List.of(qq)); //$NON-NLS-1$
            }
            return command;
        }
        Path script = layout.workingDirectory(componentId)
                .resolve(Component.ADAPTER.equals(componentId) ? "main.py" : "bot.py"); //$NON-NLS-1$ //$NON-NLS-2$
        if (!Files.isRegularFile(layout.venvPython()) || !Files.isRegularFile(script)) {
            throw new DeployException(NLS.bind(Messages.notDeployed, instance.name()));
        }
        return List.of(layout.venvPython().toString(), script.getFileName().toString());
    }

    @Override
    public void start(InstanceRef instance, String componentId, IProgressMonitor monitor) throws DeployException {
        Layout layout = new Layout(instance.folder());
        Component component = component(instance, componentId);
        List<String> command = command(instance, layout, componentId);
        Optional<PidFile.Entry> outside = outside(layout, componentId);
        if (outside.isPresent() && !supervisor(instance, componentId).map(Supervisor::alive).orElse(false)) {
            throw new DeployException(NLS.bind(Messages.runningElsewhere, component.label(), outside.get().pid()));
        }
        Supervisor.Spec spec = new Supervisor.Spec(instance.id(), componentId,
                command, layout.workingDirectory(componentId), environment(layout), component.ports(), layout.log(componentId),
                layout.pidFile(componentId), watchdogLimit.getAsInt(), stopTimeoutSeconds.getAsInt());
        Supervisor supervisor = supervisors.compute(List.of(instance.id(), componentId),
                (key, old) -> old != null && old.alive() ? old : new Supervisor(spec, this::fire));
        supervisor.start();
        supervisor.awaitStarted(START_WAIT_MILLIS);
        if (supervisor.status().state() == ComponentState.FAILED) {
            throw new DeployException(NLS.bind(Messages.startCrashed, component.label(),
                    supervisor.status().detail().orElse("-"))); //$NON-NLS-1$
        }
    }

    private static Map<String, String> environment(Layout layout) {
        Map<String, String> environment = new HashMap<>(System.getenv());
        String pathKey = environment.keySet().stream().filter(k -> k.equalsIgnoreCase("PATH")).findFirst() //$NON-NLS-1$
                .orElse("PATH"); //$NON-NLS-1$
        Path bin = layout.venvPython().getParent();
        environment.put(pathKey, bin + java.io.File.pathSeparator + environment.getOrDefault(pathKey, "")); //$NON-NLS-1$
        environment.put("VIRTUAL_ENV", layout.venv().toString()); //$NON-NLS-1$
        environment.put("PYTHONUNBUFFERED", "1"); //$NON-NLS-1$ //$NON-NLS-2$
        environment.put("PYTHONIOENCODING", "utf-8"); //$NON-NLS-1$ //$NON-NLS-2$
        environment.put("TERM", "xterm-256color"); //$NON-NLS-1$ //$NON-NLS-2$
        return environment;
    }

    @Override
    public void stop(InstanceRef instance, String componentId, IProgressMonitor monitor) throws DeployException {
        Optional<Supervisor> supervisor = supervisor(instance, componentId);
        if (supervisor.isPresent() && supervisor.get().alive()) {
            supervisor.get().stop();
            return;
        }
        supervisor.ifPresent(Supervisor::stop); // clears a crash
        Layout layout = new Layout(instance.folder());
        Optional<PidFile.Entry> outside = outside(layout, componentId);
        if (outside.isPresent()) {
            StopRequest.ask(layout.pidFile(componentId));
            stopOutside(outside.get());
            PidFile.delete(layout.pidFile(componentId));
            fire(ComponentStatus.stopped(instance.id(), componentId));
        }
    }

    /** Interrupts a process that runs outside this launcher as Ctrl+C would, and terminates it if it stays. */
    private void stopOutside(PidFile.Entry entry) {
        ProcessHandle process = entry.process().orElse(null);
        if (process == null) {
            return;
        }
        if (!Layout.windows()) {
            try {
                CommandRunner.run(List.of("kill", "-INT", String.valueOf(entry.pid())), null, Map.of(), l -> { //$NON-NLS-1$ //$NON-NLS-2$
                }, null);
            } catch (IOException e) {
                process.destroy();
            }
        }
        try {
            process.onExit().get(stopTimeoutSeconds.getAsInt(), TimeUnit.SECONDS);
        } catch (Exception e) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    @Override
    public ComponentStatus status(InstanceRef instance, String componentId) {
        Optional<Supervisor> supervisor = supervisor(instance, componentId);
        if (supervisor.isPresent() && (supervisor.get().alive()
                || supervisor.get().status().state() == ComponentState.FAILED)) {
            return supervisor.get().status();
        }
        return outside(new Layout(instance.folder()), componentId)
                .map(entry -> new ComponentStatus(instance.id(), componentId, ComponentState.RUNNING,
                        OptionalLong.of(entry.pid()), entry.started(), OptionalInt.empty(),
                        Optional.of(Messages.runningOutside), 0))
                .orElseGet(() -> supervisor.map(Supervisor::status)
                        .orElse(ComponentStatus.stopped(instance.id(), componentId)));
    }

    @Override
    public Optional<Console> console(InstanceRef instance, String componentId) {
        Optional<Supervisor> supervisor = supervisor(instance, componentId);
        if (supervisor.isPresent() && supervisor.get().alive()) {
            return Optional.of(new SupervisorConsole(supervisor.get()));
        }
        Layout layout = new Layout(instance.folder());
        if (Files.exists(layout.log(componentId))) {
            return Optional.of(new LogTailConsole(layout.log(componentId), componentId));
        }
        return Optional.empty();
    }

    @Override
    public List<Path> logFiles(InstanceRef instance, String componentId) {
        return RotatingLog.files(new Layout(instance.folder()).log(componentId));
    }

    @Override
    public AutoCloseable addListener(ComponentListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Stops every component this launcher runs (when the launcher ends). */
    public void stopAll() {
        supervisors.values().parallelStream().filter(Supervisor::alive).forEach(Supervisor::stop);
    }

    private Optional<Supervisor> supervisor(InstanceRef instance, String componentId) {
        return Optional.ofNullable(supervisors.get(List.of(instance.id(), componentId)));
    }

    private static Optional<PidFile.Entry> outside(Layout layout, String componentId) {
        Path file = layout.pidFile(componentId);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Optional<PidFile.Entry> entry = PidFile.read(file).filter(e -> e.process().isPresent());
        if (entry.isEmpty()) {
            PidFile.delete(file); // its process has ended: the file is stale
        }
        return entry;
    }

    private static Component component(InstanceRef instance, String componentId) throws DeployException {
        return components(instance).stream().filter(c -> c.id().equals(componentId)).findFirst()
                .orElseThrow(() -> new DeployException(NLS.bind(Messages.noSuchComponent, componentId, instance.name())));
    }

    private void fire(ComponentStatus status) {
        for (ComponentListener listener : listeners) {
            SafeRunner.run(() -> listener.changed(status));
        }
    }
}
