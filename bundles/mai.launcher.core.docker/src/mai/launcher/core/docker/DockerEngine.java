package mai.launcher.core.docker;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;

import mai.launcher.core.LauncherException;
import mai.launcher.deployment.api.Console;

/**
 * The Docker engine this launcher works with: found through the {@code docker.host} setting, else
 * {@code DOCKER_HOST}, else the platform's default socket (named pipe on Windows). Failures are
 * {@link LauncherException}s whose sentence says what is missing and how to get it; an engine that is not running is
 * {@link mai.launcher.core.ErrorCode#UNAVAILABLE}.
 *
 * @since 0.1
 * @noimplement
 */
public interface DockerEngine {

    /**
     * Asks the engine who it is, and looks for compose.
     *
     * @return the engine's version, data root and free space, and the compose found
     * @throws LauncherException when the engine cannot be reached
     */
    EngineInfo info() throws LauncherException;

    /**
     * @return the images the engine has
     * @throws LauncherException when the engine cannot be reached
     */
    List<ImageInfo> images() throws LauncherException;

    /**
     * @param reference an image reference, e.g. {@code mlikiowa/napcat-docker:latest}
     * @return whether the engine has it (then it is used as it is, without pulling)
     * @throws LauncherException when the engine cannot be reached
     */
    boolean hasImage(String reference) throws LauncherException;

    /**
     * Pulls an image, reporting the layers' bytes as one progress.
     *
     * @param reference the image
     * @param progress  receives a line for the log from time to time
     * @param monitor   progress (in bytes, once the sizes are known) and cancellation
     * @throws LauncherException when the registry or the engine cannot be reached, or the image does not exist
     */
    void pull(String reference, Consumer<String> progress, IProgressMonitor monitor) throws LauncherException;

    /**
     * Gives an image a second name (an image pulled through a mirror gets its Docker Hub name).
     *
     * @param image  the image
     * @param target the new reference, {@code repository:tag}
     * @throws LauncherException when the engine cannot be reached or does not have the image
     */
    void tag(String image, String target) throws LauncherException;

    /**
     * @param reference an image
     * @throws LauncherException when it is in use or the engine cannot be reached
     */
    void removeImage(String reference) throws LauncherException;

    /**
     * Reads a file out of an image without running it (MaiBot's terms, which the user accepts before the first start).
     *
     * @param image an image the engine has
     * @param path  the file's absolute path in the image
     * @return its bytes; empty when the image has no such file
     * @throws LauncherException when the engine cannot be reached or does not have the image
     */
    Optional<byte[]> fileInImage(String image, String path) throws LauncherException;

    /**
     * @param project a compose project's name
     * @return its containers, running or not, sorted by service
     * @throws LauncherException when the engine cannot be reached
     */
    List<ContainerInfo> containers(String project) throws LauncherException;

    /**
     * Starts, stops or restarts one container.
     *
     * @param containerId the container
     * @param action      what to do
     * @throws LauncherException when the engine refuses or cannot be reached
     */
    void control(String containerId, ContainerAction action) throws LauncherException;

    /**
     * Follows a container's output: the last {@code tail} lines, then what comes.
     *
     * @param containerId the container
     * @param tail        how many earlier lines to send first
     * @param output      receives each chunk, stdout and stderr apart, on a background thread
     * @return stops following
     * @throws LauncherException when the engine cannot be reached
     */
    AutoCloseable logs(String containerId, int tail, Consumer<LogChunk> output) throws LauncherException;

    /**
     * Reads a container's output so far.
     *
     * @param containerId the container
     * @param tail        how many of the last lines to read
     * @return the chunks, stdout and stderr apart, oldest first
     * @throws LauncherException when the engine cannot be reached or has no such container
     */
    List<LogChunk> history(String containerId, int tail) throws LauncherException;

    /**
     * Follows a container's resource use, about once a second.
     *
     * @param containerId the container
     * @param stats       receives each sample on a background thread
     * @return stops following
     * @throws LauncherException when the engine cannot be reached
     */
    AutoCloseable stats(String containerId, Consumer<ContainerStats> stats) throws LauncherException;

    /**
     * Opens an interactive shell in a running container, as {@code docker exec -it} does (bash when the image has it,
     * else sh). The shell ends when its last subscriber unsubscribes.
     *
     * @param containerId a running container
     * @return the shell's terminal side
     * @throws LauncherException when the container does not run or the engine cannot be reached
     */
    Console shell(String containerId) throws LauncherException;

    /**
     * Listens to the engine's container events (one stream per engine, shared by all listeners). When the engine
     * goes away the listener hears {@link ContainerEvent#engineLost()}, and the stream resumes by itself when the
     * engine is back.
     *
     * @param listener receives the events on a background thread
     * @return removes the listener
     */
    AutoCloseable addListener(Consumer<ContainerEvent> listener);

    /** What {@link #control} does. */
    enum ContainerAction {
        /** Start it. */
        START,
        /** Stop it (SIGTERM, then SIGKILL after the container's timeout). */
        STOP,
        /** Stop and start it. */
        RESTART
    }
}
