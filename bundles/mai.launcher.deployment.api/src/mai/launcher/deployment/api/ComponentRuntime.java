package mai.launcher.deployment.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Starts, stops and watches the components of a mode's instances.
 *
 * @since 1.0
 */
public interface ComponentRuntime {

    /**
     * Starts a component and returns once it runs (or failed to start). Checks first what it needs (a deployment,
     * free ports) and says what is missing.
     *
     * @param instance    the instance
     * @param componentId the component
     * @param monitor     progress and cancellation
     * @throws DeployException when it cannot start, with the reason and what to do
     */
    void start(InstanceRef instance, String componentId, IProgressMonitor monitor) throws DeployException;

    /**
     * Stops a component gracefully (as Ctrl+C would), and forcibly when it does not end in time. Stopping a
     * component that does not run does nothing.
     *
     * @param instance    the instance
     * @param componentId the component
     * @param monitor     progress and cancellation
     * @throws DeployException when it cannot be stopped
     */
    void stop(InstanceRef instance, String componentId, IProgressMonitor monitor) throws DeployException;

    /**
     * @param instance    the instance
     * @param componentId the component
     * @return its status now
     */
    ComponentStatus status(InstanceRef instance, String componentId);

    /**
     * @param instance    the instance
     * @param componentId the component
     * @return its console while it runs in this launcher, else empty
     */
    Optional<Console> console(InstanceRef instance, String componentId);

    /**
     * @param instance    the instance
     * @param componentId the component
     * @return the files its output is kept in, newest first (they may not exist yet)
     */
    List<Path> logFiles(InstanceRef instance, String componentId);

    /**
     * @param listener told of every state change of this runtime's components
     * @return removes the listener
     */
    AutoCloseable addListener(ComponentListener listener);

    /**
     * Whether the components keep running when the launcher exits, because something else runs them (the Docker
     * engine, a remote host). The launcher stops on exit only the components it started whose runtime says no.
     *
     * @return {@code false} by default: the components are the launcher's child processes
     * @since 1.1
     */
    default boolean outlivesLauncher() {
        return false;
    }
}
