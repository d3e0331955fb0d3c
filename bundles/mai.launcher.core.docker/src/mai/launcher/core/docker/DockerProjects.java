package mai.launcher.core.docker;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;

import mai.launcher.core.LauncherException;

/**
 * The compose projects of the instances deployed in Docker mode: one project per instance, named {@code mai-<id>}.
 * Components are started and stopped through the instance runtime; this is the whole project's side (up, down) and
 * its containers.
 *
 * @since 0.1
 * @noimplement
 */
public interface DockerProjects {

    /**
     * @param instanceId an instance
     * @return whether it is deployed with Docker (its mode runs a compose project)
     * @throws LauncherException when the instance does not exist
     */
    boolean isDocker(String instanceId) throws LauncherException;

    /**
     * @param instanceId an instance
     * @return its compose project's name
     */
    String project(String instanceId);

    /**
     * @param instanceId an instance
     * @return its compose file (which may not exist before the first deployment)
     * @throws LauncherException when the instance does not exist
     */
    Path composeFile(String instanceId) throws LauncherException;

    /**
     * @param instanceId an instance
     * @return its containers, running or not, sorted by service
     * @throws LauncherException when the engine cannot be reached
     */
    List<ContainerInfo> containers(String instanceId) throws LauncherException;

    /**
     * Creates and starts the project's containers ({@code compose up -d}), after checking its host ports are free.
     *
     * @param instanceId an instance that has been deployed
     * @param output     receives compose's lines
     * @param monitor    cancellation; may be {@code null}
     * @throws LauncherException when it is not deployed, a port is taken, or compose fails
     */
    void up(String instanceId, Consumer<String> output, IProgressMonitor monitor) throws LauncherException;

    /**
     * Stops and removes the project's containers and network ({@code compose down}); the bind-mounted folders stay.
     *
     * @param instanceId    an instance that has been deployed
     * @param removeVolumes also remove its named volumes ({@code down -v}): NapCat's QQ login is lost; ask first
     * @param output        receives compose's lines
     * @param monitor       cancellation; may be {@code null}
     * @throws LauncherException when it is not deployed or compose fails
     */
    void down(String instanceId, boolean removeVolumes, Consumer<String> output, IProgressMonitor monitor)
            throws LauncherException;

    /**
     * @param instanceId an instance
     * @return the host port of NapCat's WebUI, as the instance publishes it
     * @throws LauncherException when the instance does not exist
     */
    int napcatWebuiPort(String instanceId) throws LauncherException;

    /**
     * Checks a text for the instance's compose file with {@code docker compose config} (in the instance's folder, so
     * relative paths mean what they will), without writing the file.
     *
     * @param instanceId an instance
     * @param text       the compose file's new text
     * @return what compose says is wrong; empty when it accepts the file
     * @throws LauncherException when compose cannot be run
     */
    java.util.Optional<String> checkCompose(String instanceId, String text) throws LauncherException;

    /**
     * Replaces the instance's compose file after checking it, keeping the previous version beside it
     * ({@code .mai-launcher/docker-compose.yml.previous}). The next deployment keeps the user's file (see the Docker
     * mode). The containers change at the next {@link #up}.
     *
     * @param instanceId an instance
     * @param text       the new text
     * @throws LauncherException with compose's words when the text is not a valid compose file, or when it cannot be
     *                           written
     */
    void saveCompose(String instanceId, String text) throws LauncherException;
}
