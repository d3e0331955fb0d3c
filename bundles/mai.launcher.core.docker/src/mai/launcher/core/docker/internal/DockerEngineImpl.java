package mai.launcher.core.docker.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.ContainerPort;
import com.github.dockerjava.api.model.Event;
import com.github.dockerjava.api.model.EventType;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.Image;
import com.github.dockerjava.api.model.Info;
import com.github.dockerjava.api.model.Statistics;
import com.github.dockerjava.api.model.StreamType;
import com.github.dockerjava.api.model.Version;

import mai.launcher.core.ErrorCode;
import mai.launcher.core.LauncherException;
import mai.launcher.core.docker.ContainerEvent;
import mai.launcher.core.docker.ContainerInfo;
import mai.launcher.core.docker.ContainerStats;
import mai.launcher.core.docker.DockerEngine;
import mai.launcher.core.docker.EngineInfo;
import mai.launcher.core.docker.ImageInfo;
import mai.launcher.core.docker.LogChunk;
import mai.launcher.core.storage.Settings;
import mai.launcher.deployment.api.Console;

/**
 * The engine through docker-java. The client is made again when the endpoint setting changes; one event stream
 * serves every listener and reconnects (every two seconds) while the engine is away.
 */
@Component(service = DockerEngine.class)
public final class DockerEngineImpl implements DockerEngine {

    /** The compose label docker compose puts on a project's containers. */
    public static final String PROJECT_LABEL = "com.docker.compose.project"; //$NON-NLS-1$
    /** The compose label with the service's name. */
    public static final String SERVICE_LABEL = "com.docker.compose.service"; //$NON-NLS-1$

    private static final Pattern EXITED = Pattern.compile("^Exited \\((\\d+)\\)"); //$NON-NLS-1$

    private final Settings settings;
    private final List<Consumer<ContainerEvent>> listeners = new CopyOnWriteArrayList<>();
    private Clients clients; // guarded by this
    private Thread events; // guarded by this
    private volatile boolean closed;
    private volatile Closeable eventStream;

    /**
     * @param settings the launcher's settings ({@code docker.host})
     */
    @Activate
    public DockerEngineImpl(@Reference Settings settings) {
        this.settings = settings;
    }

    @Deactivate
    synchronized void deactivate() {
        closed = true;
        if (events != null) {
            events.interrupt();
        }
        if (clients != null) {
            clients.close();
        }
    }

    private String setting(String key) {
        try {
            return settings.get(key).orElse(""); //$NON-NLS-1$
        } catch (LauncherException e) {
            return ""; //$NON-NLS-1$
        }
    }

    /** @return the endpoint in use now */
    public String endpoint() {
        Optional<String> setting;
        try {
            setting = settings.get(DockerSettings.HOST);
        } catch (LauncherException e) {
            setting = Optional.empty();
        }
        return Endpoint.choose(setting, Optional.ofNullable(System.getenv("DOCKER_HOST")), //$NON-NLS-1$
                System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private synchronized DockerClient client() {
        String endpoint = endpoint();
        if (clients == null || !clients.endpoint().equals(endpoint)) {
            if (clients != null) {
                clients.close();
            }
            clients = new Clients(endpoint);
            Closeable stream = eventStream;
            if (stream != null) {
                close(stream); // the event stream follows the new endpoint
            }
        }
        return clients.client();
    }

    private synchronized DockerClient streamingClient() {
        client();
        return clients.streaming();
    }

    @Override
    public EngineInfo info() throws LauncherException {
        String endpoint = endpoint();
        Version version = call(() -> client().versionCmd().exec());
        Info info = call(() -> client().infoCmd().exec());
        String root = Optional.ofNullable(info.getDockerRootDir()).orElse(""); //$NON-NLS-1$
        long free = -1;
        try {
            if (!root.isEmpty() && endpoint.startsWith("unix://") && Files.isDirectory(Path.of(root))) { //$NON-NLS-1$
                free = Files.getFileStore(Path.of(root)).getUsableSpace();
            }
        } catch (IOException | RuntimeException e) {
            // not visible from here (a remote or virtual-machine engine)
        }
        return new EngineInfo(endpoint, Optional.ofNullable(version.getVersion()).orElse("?"), //$NON-NLS-1$
                Optional.ofNullable(version.getApiVersion()).orElse("?"), //$NON-NLS-1$
                Optional.ofNullable(info.getOperatingSystem()).orElse("?"), root, free, //$NON-NLS-1$
                ComposeCli.find(endpoint, setting(DockerSettings.COMPOSE)));
    }

    @Override
    public List<ImageInfo> images() throws LauncherException {
        List<Image> images = call(() -> client().listImagesCmd().exec());
        List<ImageInfo> result = new ArrayList<>();
        for (Image image : images) {
            List<String> tags = image.getRepoTags() == null ? List.of()
                    : List.of(image.getRepoTags()).stream().filter(t -> !t.startsWith("<none>")).toList(); //$NON-NLS-1$
            result.add(new ImageInfo(image.getId(), tags, image.getSize() == null ? 0 : image.getSize(),
                    Instant.ofEpochSecond(image.getCreated() == null ? 0 : image.getCreated())));
        }
        result.sort(Comparator.comparing(i -> i.tags().isEmpty() ? "~" : i.tags().get(0))); //$NON-NLS-1$
        return result;
    }

    @Override
    public boolean hasImage(String reference) throws LauncherException {
        try {
            call(() -> client().inspectImageCmd(reference).exec());
            return true;
        } catch (LauncherException e) {
            if (e.code() == ErrorCode.NOT_FOUND) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public void pull(String reference, Consumer<String> progress, IProgressMonitor monitor) throws LauncherException {
        PullProgress callback = new PullProgress(reference, progress, monitor);
        try {
            pull(reference, callback, monitor);
        } catch (LauncherException e) {
            if (e.code() == ErrorCode.UNAVAILABLE) {
                throw e;
            }
            String why = e.getCause() instanceof DockerException d ? detail(d) : e.getMessage();
            throw new LauncherException(ErrorCode.FAILED, NLS.bind(Messages.pullFailed, reference, why), e);
        }
        Optional<String> failure = callback.failure();
        if (failure.isPresent()) {
            throw new LauncherException(ErrorCode.FAILED, NLS.bind(Messages.pullFailed, reference, failure.get()));
        }
    }

    private void pull(String reference, PullProgress callback, IProgressMonitor monitor) throws LauncherException {
        call(() -> {
            streamingClient().pullImageCmd(reference).exec(callback);
            try {
                while (!callback.awaitCompletion(200, TimeUnit.MILLISECONDS)) {
                    if (monitor.isCanceled()) {
                        close(callback);
                        throw new OperationCanceledException();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                close(callback);
                throw new OperationCanceledException();
            }
            return null;
        });
    }

    @Override
    public void tag(String image, String target) throws LauncherException {
        int colon = target.lastIndexOf(':');
        boolean hasTag = colon > target.lastIndexOf('/');
        call(() -> client().tagImageCmd(image, hasTag ? target.substring(0, colon) : target,
                hasTag ? target.substring(colon + 1) : "latest").exec()); //$NON-NLS-1$
    }

    @Override
    public void removeImage(String reference) throws LauncherException {
        call(() -> client().removeImageCmd(reference).exec());
    }

    @Override
    public Optional<byte[]> fileInImage(String image, String path) throws LauncherException {
        String id = call(() -> client().createContainerCmd(image).withEntrypoint("/bin/true").exec().getId()); //$NON-NLS-1$
        try {
            return call(() -> {
                try (InputStream tar = client().copyArchiveFromContainerCmd(id, path).exec()) {
                    return Tar.firstFile(tar);
                } catch (NotFoundException e) {
                    return Optional.<byte[]>empty();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } finally {
            call(() -> client().removeContainerCmd(id).withForce(true).exec());
        }
    }

    @Override
    public List<ContainerInfo> containers(String project) throws LauncherException {
        List<Container> containers = call(() -> client().listContainersCmd().withShowAll(true)
                .withLabelFilter(Map.of(PROJECT_LABEL, project)).exec());
        List<ContainerInfo> result = new ArrayList<>();
        for (Container container : containers) {
            Optional<String> health = Optional.empty();
            Optional<Instant> started = Optional.empty();
            if ("running".equals(container.getState())) { //$NON-NLS-1$
                try {
                    InspectContainerResponse inspect = client().inspectContainerCmd(container.getId()).exec();
                    started = Optional.ofNullable(inspect.getState().getStartedAt()).map(Instant::parse);
                    health = Optional.ofNullable(inspect.getState().getHealth()).map(h -> h.getStatus());
                } catch (NotFoundException e) {
                    continue; // removed meanwhile
                } catch (RuntimeException e) {
                    ILog.of(getClass()).warn(e.getMessage(), e);
                }
            }
            result.add(new ContainerInfo(container.getId(),
                    container.getNames() == null || container.getNames().length == 0 ? container.getId()
                            : container.getNames()[0].replaceFirst("^/", ""), //$NON-NLS-1$ //$NON-NLS-2$
                    Optional.ofNullable(container.getLabels()).map(l -> l.get(SERVICE_LABEL)).orElse(""), //$NON-NLS-1$
                    container.getImage(), container.getState(), health, ports(container), started,
                    exitCode(container.getStatus())));
        }
        result.sort(Comparator.comparing(ContainerInfo::service));
        return result;
    }

    /** Reads the exit code from the engine's status text, e.g. {@code Exited (137) 5 seconds ago}. */
    private static OptionalInt exitCode(String status) {
        Matcher matcher = EXITED.matcher(status == null ? "" : status); //$NON-NLS-1$
        return matcher.find() ? OptionalInt.of(Integer.parseInt(matcher.group(1))) : OptionalInt.empty();
    }

    private static List<String> ports(Container container) {
        List<String> ports = new ArrayList<>();
        if (container.getPorts() != null) {
            for (ContainerPort port : container.getPorts()) {
                String inside = port.getPrivatePort() + "/" + port.getType(); //$NON-NLS-1$
                ports.add(port.getPublicPort() == null ? inside
                        : port.getIp() + ":" + port.getPublicPort() + "->" + inside); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        return ports.stream().distinct().sorted().toList();
    }

    @Override
    public void control(String containerId, ContainerAction action) throws LauncherException {
        switch (action) {
        case START -> call(() -> client().startContainerCmd(containerId).exec());
        case STOP -> call(() -> client().stopContainerCmd(containerId).exec());
        case RESTART -> call(() -> client().restartContainerCmd(containerId).exec());
        }
    }

    @Override
    public AutoCloseable logs(String containerId, int tail, Consumer<LogChunk> output) throws LauncherException {
        ResultCallback.Adapter<Frame> callback = new ResultCallback.Adapter<>() {
            @Override
            public void onNext(Frame frame) {
                output.accept(new LogChunk(frame.getStreamType() == StreamType.STDERR, frame.getPayload()));
            }
        };
        return call(() -> streamingClient().logContainerCmd(containerId).withStdOut(true).withStdErr(true)
                .withFollowStream(true).withTail(tail).exec(callback));
    }

    @Override
    public List<LogChunk> history(String containerId, int tail) throws LauncherException {
        List<LogChunk> chunks = new ArrayList<>();
        ResultCallback.Adapter<Frame> callback = new ResultCallback.Adapter<>() {
            @Override
            public void onNext(Frame frame) {
                chunks.add(new LogChunk(frame.getStreamType() == StreamType.STDERR, frame.getPayload()));
            }
        };
        call(() -> {
            try {
                return client().logContainerCmd(containerId).withStdOut(true).withStdErr(true).withTail(tail)
                        .exec(callback).awaitCompletion();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new OperationCanceledException();
            }
        });
        synchronized (chunks) {
            return List.copyOf(chunks);
        }
    }

    @Override
    public AutoCloseable stats(String containerId, Consumer<ContainerStats> stats) throws LauncherException {
        ResultCallback.Adapter<Statistics> callback = new ResultCallback.Adapter<>() {
            @Override
            public void onNext(Statistics sample) {
                stats.accept(StatsMath.of(sample));
            }
        };
        return call(() -> streamingClient().statsCmd(containerId).exec(callback));
    }

    @Override
    public Console shell(String containerId) throws LauncherException {
        return call(() -> {
            try {
                return new ExecConsole(streamingClient(), containerId);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Override
    public AutoCloseable addListener(Consumer<ContainerEvent> listener) {
        listeners.add(listener);
        synchronized (this) {
            if (events == null && !closed) {
                events = Thread.ofPlatform().daemon().name("MAI Docker events").start(this::followEvents); //$NON-NLS-1$
            }
        }
        return () -> listeners.remove(listener);
    }

    /** Follows the event stream for as long as the service lives, reconnecting while the engine is away. */
    private void followEvents() {
        boolean lost = false;
        while (!closed) {
            ResultCallback.Adapter<Event> callback = new ResultCallback.Adapter<>() {
                @Override
                public void onNext(Event event) {
                    Map<String, String> attributes = event.getActor() == null || event.getActor().getAttributes() == null
                            ? Map.of() : event.getActor().getAttributes();
                    tell(new ContainerEvent(Optional.ofNullable(event.getId()).orElse(""), //$NON-NLS-1$
                            attributes.getOrDefault(PROJECT_LABEL, ""), attributes.getOrDefault(SERVICE_LABEL, ""), //$NON-NLS-1$ //$NON-NLS-2$
                            Optional.ofNullable(event.getAction()).orElse(""))); //$NON-NLS-1$
                }
            };
            try {
                client().pingCmd().exec();
                if (lost) {
                    lost = false;
                    tell(new ContainerEvent("", "", "", ContainerEvent.ENGINE_BACK)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                }
                eventStream = callback;
                streamingClient().eventsCmd().withEventTypeFilter(EventType.CONTAINER)
                        .withSince(String.valueOf(Instant.now().getEpochSecond())).exec(callback);
                callback.awaitCompletion();
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                // the engine is away (or never was): say so once, then try again
            } finally {
                close(callback);
            }
            if (!lost && !closed) {
                lost = true;
                tell(new ContainerEvent("", "", "", ContainerEvent.ENGINE_LOST)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
            try {
                Thread.sleep(Duration.ofSeconds(2));
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void tell(ContainerEvent event) {
        for (Consumer<ContainerEvent> listener : listeners) {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                ILog.of(getClass()).error(e.getMessage(), e);
            }
        }
    }

    private static void close(Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException e) {
            // already closed
        }
    }

    /** A call to the engine, its failures turned into sentences. */
    private interface EngineCall<T> {
        T run();
    }

    private <T> T call(EngineCall<T> call) throws LauncherException {
        try {
            return call.run();
        } catch (OperationCanceledException e) {
            throw e;
        } catch (NotFoundException e) {
            throw new LauncherException(ErrorCode.NOT_FOUND, NLS.bind(Messages.engineNotFound, detail(e)), e);
        } catch (DockerException e) {
            throw new LauncherException(ErrorCode.FAILED, NLS.bind(Messages.engineRefused, detail(e)), e);
        } catch (RuntimeException e) {
            throw new LauncherException(ErrorCode.UNAVAILABLE, Unreachable.sentence(endpoint(), e), e);
        }
    }

    private static String detail(DockerException e) {
        String message = Optional.ofNullable(e.getMessage()).orElse(""); //$NON-NLS-1$
        int json = message.indexOf("{\"message\":\""); //$NON-NLS-1$
        if (json >= 0) {
            message = message.substring(json + 12).replaceFirst("\"}\\s*$", ""); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return message.strip();
    }
}
