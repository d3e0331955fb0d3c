package mai.launcher.core.deployment;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;

import mai.launcher.core.LauncherException;
import mai.launcher.deployment.api.Component;
import mai.launcher.deployment.api.ComponentStatus;
import mai.launcher.deployment.api.Console;

/**
 * Runs instances with their deploy mode's runtime: start, stop and restart their components, their states and
 * consoles. Keeps each instance's status ({@code running}, {@code partial}, {@code stopped}, {@code failed}, ...) in
 * the database, so every process on the data folder sees it.
 *
 * @since 0.1
 * @noimplement
 */
public interface InstanceRuntime {

    /**
     * @param instanceId an instance
     * @return its components, in the order they start
     * @throws LauncherException if the instance or its mode is unknown
     */
    List<Component> components(String instanceId) throws LauncherException;

    /**
     * Starts one component, or all of them in order.
     *
     * @param instanceId  the instance
     * @param componentId the component, or empty for all
     * @param monitor     progress and cancellation
     * @throws LauncherException with the reason a component cannot start
     */
    void start(String instanceId, Optional<String> componentId, IProgressMonitor monitor) throws LauncherException;

    /**
     * Stops one component, or all of them in reverse order.
     *
     * @param instanceId  the instance
     * @param componentId the component, or empty for all
     * @param monitor     progress and cancellation
     * @throws LauncherException if a component cannot be stopped
     */
    void stop(String instanceId, Optional<String> componentId, IProgressMonitor monitor) throws LauncherException;

    /**
     * Stops, then starts.
     *
     * @param instanceId  the instance
     * @param componentId the component, or empty for all
     * @param monitor     progress and cancellation
     * @throws LauncherException as {@link #stop} and {@link #start}
     */
    void restart(String instanceId, Optional<String> componentId, IProgressMonitor monitor) throws LauncherException;

    /**
     * @param instanceId an instance
     * @return the status of each of its components
     * @throws LauncherException if the instance or its mode is unknown
     */
    List<ComponentStatus> status(String instanceId) throws LauncherException;

    /**
     * @param instanceId  an instance
     * @param componentId a component
     * @return its console while it runs in this process
     * @throws LauncherException if the instance or its mode is unknown
     */
    Optional<Console> console(String instanceId, String componentId) throws LauncherException;

    /**
     * @param instanceId  an instance
     * @param componentId a component
     * @return the files its output is kept in, newest first
     * @throws LauncherException if the instance or its mode is unknown
     */
    List<Path> logFiles(String instanceId, String componentId) throws LauncherException;

    /**
     * Stops every component this process runs (the workbench calls it when it closes).
     *
     * @param monitor progress
     */
    void stopAll(IProgressMonitor monitor);

    /** @return how many components this process runs now */
    int runningHere();
}
