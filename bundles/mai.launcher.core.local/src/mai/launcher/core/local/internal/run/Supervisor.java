package mai.launcher.core.local.internal.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.osgi.util.NLS;

import com.pty4j.PtyProcess;
import com.pty4j.PtyProcessBuilder;
import com.pty4j.WinSize;

import mai.launcher.core.PortCheck;
import mai.launcher.core.local.internal.Messages;
import mai.launcher.deployment.api.ComponentState;
import mai.launcher.deployment.api.ComponentStatus;
import mai.launcher.deployment.api.DeployException;

/**
 * Runs one component of one instance in a pseudo-terminal: its output goes to a bounded buffer (replayed to
 * terminals opened later), a rotating log file and the terminal tabs; it is ready once its port answers; Ctrl+C
 * stops it, and the whole process tree is terminated if it does not end in time. An exit nobody asked for is a
 * crash: reported with the last line the component wrote, and restarted by the watchdog up to its limit.
 */
final class Supervisor {

    /** What to run. */
    record Spec(String instanceId, String componentId, List<String> command, Path directory,
            Map<String, String> environment, List<Integer> ports, Path logFile, Path pidFile, int watchdogLimit,
            int stopTimeoutSeconds) {
    }

    static final int BUFFER_BYTES = 512 * 1024;
    private static final long READY_TIMEOUT_MILLIS = 120_000;
    private static final long WATCHDOG_DELAY_MILLIS = 2_000;

    private final Spec spec;
    private final Consumer<ComponentStatus> listener;
    private final OutputBuffer buffer = new OutputBuffer(BUFFER_BYTES);
    private final List<Consumer<byte[]>> subscribers = new CopyOnWriteArrayList<>();
    private volatile PtyProcess process;
    private volatile ComponentStatus status;
    private volatile boolean stopping;
    private volatile WinSize size = new WinSize(120, 36);
    private int restarts; // guarded by this
    private RotatingLog log; // guarded by this

    Supervisor(Spec spec, Consumer<ComponentStatus> listener) {
        this.spec = spec;
        this.listener = listener;
        this.status = ComponentStatus.stopped(spec.instanceId(), spec.componentId());
    }

    Spec spec() {
        return spec;
    }

    ComponentStatus status() {
        return status;
    }

    boolean alive() {
        PtyProcess p = process;
        return p != null && p.isAlive();
    }

    /** Starts the component (the user's start: the watchdog's count begins again). */
    synchronized void start() throws DeployException {
        if (alive()) {
            return;
        }
        for (int port : spec.ports()) {
            Optional<String> taken = PortCheck.taken(port);
            if (taken.isPresent()) {
                throw new DeployException(taken.get());
            }
        }
        restarts = 0;
        spawn();
    }

    private synchronized void spawn() throws DeployException {
        stopping = false;
        try {
            if (log == null) {
                log = new RotatingLog(spec.logFile());
            }
            PtyProcess started = new PtyProcessBuilder(spec.command().toArray(String[]::new))
                    .setDirectory(spec.directory().toString()).setEnvironment(spec.environment())
                    .setRedirectErrorStream(true).setInitialColumns(size.getColumns()).setInitialRows(size.getRows())
                    .setConsole(false).setUseWinConPty(true).start();
            process = started;
            PidFile.write(spec.pidFile(), handle(started).orElseThrow(() -> new IOException(Messages.endedAtOnce)));
            update(ComponentState.STARTING, OptionalInt.empty(), Optional.empty());
            Thread.ofPlatform().daemon().name("MAI output " + spec.componentId()).start(() -> pump(started)); //$NON-NLS-1$
            Thread.ofPlatform().daemon().name("MAI wait " + spec.componentId()).start(() -> await(started)); //$NON-NLS-1$
            Thread.ofVirtual().start(() -> awaitReady(started));
        } catch (IOException e) {
            update(ComponentState.FAILED, OptionalInt.empty(), Optional.of(e.getMessage()));
            throw new DeployException(NLS.bind(Messages.startFailed,
                    new Object[] { spec.componentId(), String.join(" ", spec.command()), e.getMessage() }), e); //$NON-NLS-1$
        }
    }

    /** Copies the process's output to the buffer, the log file and the terminals. */
    private void pump(PtyProcess running) {
        byte[] chunk = new byte[8192];
        try (InputStream in = running.getInputStream()) {
            int n;
            while ((n = in.read(chunk)) > 0) {
                writeLog(chunk, n);
                byte[] copy = Arrays.copyOf(chunk, n);
                synchronized (subscribers) { // with attach(): every chunk is either in the history or sent
                    buffer.append(chunk, 0, n);
                    subscribers.forEach(s -> s.accept(copy));
                }
            }
        } catch (IOException e) {
            // the pseudo-terminal closes when the process ends
        }
    }

    private synchronized void writeLog(byte[] chunk, int n) {
        try {
            log.write(chunk, 0, n);
        } catch (IOException e) {
            ILog.of(getClass()).warn("Cannot write " + spec.logFile(), e); //$NON-NLS-1$
        }
    }

    /** Ready once one of its ports answers; at once when it has none. */
    private void awaitReady(PtyProcess running) {
        long deadline = System.currentTimeMillis() + READY_TIMEOUT_MILLIS;
        while (running == process && running.isAlive() && status.state() == ComponentState.STARTING) {
            if (spec.ports().isEmpty() || spec.ports().stream().anyMatch(Supervisor::answers)
                    || System.currentTimeMillis() > deadline) {
                synchronized (this) {
                    if (running == process && running.isAlive() && status.state() == ComponentState.STARTING) {
                        update(ComponentState.RUNNING, OptionalInt.empty(), Optional.empty());
                    }
                }
                return;
            }
            sleep(200);
        }
    }

    private static boolean answers(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 300); //$NON-NLS-1$
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private void await(PtyProcess running) {
        int code;
        try {
            code = running.waitFor();
        } catch (InterruptedException e) {
            return;
        }
        exited(running, code);
    }

    private void exited(PtyProcess running, int code) {
        boolean restart = false;
        synchronized (this) {
            if (running != process) {
                return;
            }
            PidFile.delete(spec.pidFile());
            if (StopRequest.take(spec.pidFile())) {
                stopping = true; // another launcher process stopped it
            }
            if (stopping) {
                update(ComponentState.STOPPED, OptionalInt.of(code), Optional.empty());
                return;
            }
            String last = lastLine();
            if (restarts < spec.watchdogLimit()) {
                restarts++;
                String crash = NLS.bind(Messages.crashedRestarting,
                        new Object[] { code, last, restarts, spec.watchdogLimit() });
                update(ComponentState.FAILED, OptionalInt.of(code), Optional.of(crash));
                update(ComponentState.STARTING, OptionalInt.of(code), Optional.of(crash)); // the watchdog's restart
                restart = true;
            } else {
                update(ComponentState.FAILED, OptionalInt.of(code), Optional.of(spec.watchdogLimit() == 0
                        ? NLS.bind(Messages.crashed, code, last)
                        : NLS.bind(Messages.crashedGaveUp, new Object[] { code, last, spec.watchdogLimit() })));
            }
        }
        if (restart) {
            sleep(WATCHDOG_DELAY_MILLIS);
            synchronized (this) {
                if (running == process && !stopping) {
                    try {
                        spawn();
                    } catch (DeployException e) {
                        ILog.of(getClass()).warn(e.getMessage(), e);
                    }
                }
            }
        }
    }

    /** The last line the component wrote, without terminal colours, to say why it ended. */
    private String lastLine() {
        String text = new String(buffer.snapshot(), StandardCharsets.UTF_8)
                .replaceAll("\u001B\\[[0-9;?]*[A-Za-z]", "").replace("\r", "\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        String[] lines = text.split("\n"); //$NON-NLS-1$
        for (int i = lines.length - 1; i >= 0; i--) {
            if (!lines[i].isBlank()) {
                return lines[i].strip();
            }
        }
        return "-"; //$NON-NLS-1$
    }

    /** Ctrl+C, then the process tree is terminated when it does not end in time. */
    void stop() {
        PtyProcess running;
        synchronized (this) {
            running = process;
            if (running == null || !running.isAlive()) {
                if (status.state() == ComponentState.FAILED) {
                    update(ComponentState.STOPPED, status.exitCode(), Optional.empty());
                }
                stopping = true;
                return;
            }
            stopping = true;
            update(ComponentState.STOPPING, OptionalInt.empty(), Optional.empty());
        }
        try {
            OutputStream in = running.getOutputStream();
            in.write(3); // Ctrl+C: the terminal sends SIGINT to the component
            in.flush();
        } catch (IOException e) {
            // already closing
        }
        if (!waitFor(running, spec.stopTimeoutSeconds())) {
            handle(running).stream().flatMap(ProcessHandle::descendants).forEach(ProcessHandle::destroy);
            running.destroy();
            if (!waitFor(running, 5)) {
                handle(running).stream().flatMap(ProcessHandle::descendants).forEach(ProcessHandle::destroyForcibly);
                running.destroyForcibly();
                waitFor(running, 5);
            }
        }
    }

    /** pty4j's processes do not give their handle; the pid does. */
    private static Optional<ProcessHandle> handle(PtyProcess process) {
        return ProcessHandle.of(process.pid());
    }

    private static boolean waitFor(Process p, int seconds) {
        try {
            return p.waitFor(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Waits until the component is ready or ended. */
    void awaitStarted(long millis) {
        long deadline = System.currentTimeMillis() + millis;
        while (status.state() == ComponentState.STARTING && System.currentTimeMillis() < deadline) {
            sleep(100);
        }
    }

    private void update(ComponentState state, OptionalInt exitCode, Optional<String> detail) {
        PtyProcess p = process;
        OptionalLong pid = p != null && p.isAlive() ? OptionalLong.of(p.pid()) : OptionalLong.empty();
        status = new ComponentStatus(spec.instanceId(), spec.componentId(), state, pid, Instant.now(), exitCode,
                detail, restarts);
        listener.accept(status);
    }

    /** Sends the recent output, then every new chunk, to a terminal. */
    AutoCloseable attach(Consumer<byte[]> output) {
        synchronized (subscribers) {
            byte[] history = buffer.snapshot();
            if (history.length > 0) {
                output.accept(history);
            }
            subscribers.add(output);
        }
        return () -> subscribers.remove(output);
    }

    void write(byte[] input) throws DeployException {
        PtyProcess p = process;
        if (p == null || !p.isAlive()) {
            throw new DeployException(NLS.bind(Messages.notRunning, spec.componentId()));
        }
        try {
            OutputStream in = p.getOutputStream();
            in.write(input);
            in.flush();
        } catch (IOException e) {
            throw new DeployException(NLS.bind(Messages.notRunning, spec.componentId()), e);
        }
    }

    void resize(int columns, int rows) {
        size = new WinSize(Math.max(1, columns), Math.max(1, rows));
        PtyProcess p = process;
        if (p != null && p.isAlive()) {
            p.setWinSize(size);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
