package mai.launcher.core.deployment;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;

import mai.launcher.core.LauncherException;
import mai.launcher.deployment.api.ConsentDocument;

/**
 * Deploys instances with their deploy mode, as tasks recorded in {@code deployments} and {@code deployment_logs},
 * with progress, cancellation and retry. A task cut off by a crash or kill of the launcher is marked
 * {@link DeploymentStatus#INTERRUPTED} at the next start, and {@link #retry} resumes it.
 * <p>
 * The work runs in the caller's thread with the caller's monitor: the workbench calls it from a Job (so the
 * Progress view shows it), the command line from its main thread with a monitor that prints.
 *
 * @since 0.1
 * @noimplement
 */
public interface DeploymentService {

    /**
     * Checks the availability of every mode (which may do I/O).
     *
     * @return the deploy modes registered now (built-in and from plugins), by id
     */
    List<ModeInfo> modes();

    /**
     * @return the ids of the modes registered now, without checking their availability
     */
    List<String> modeIds();

    /**
     * Deploys an instance and returns when the task ends.
     *
     * @param instanceId the instance
     * @param options    the user's choices (see {@code DeployRequest}); merged over the instance's recorded ones
     * @param monitor    progress and cancellation
     * @return the ended task
     * @throws LauncherException if the task cannot start (no such instance, mode not available, another deployment
     *                           of the instance running); a failure of a step is reported in the returned task
     */
    Deployment deploy(String instanceId, Map<String, String> options, IProgressMonitor monitor)
            throws LauncherException;

    /**
     * Runs an ended task again with the options it had plus the given ones.
     *
     * @param deploymentId the task
     * @param extraOptions options to add or change (e.g. the EULA accepted this time)
     * @param monitor      progress and cancellation
     * @return the ended task
     * @throws LauncherException if the task is unknown or still running
     */
    Deployment retry(String deploymentId, Map<String, String> extraOptions, IProgressMonitor monitor)
            throws LauncherException;

    /**
     * @param instanceId an instance
     * @return its deployments, newest first
     * @throws LauncherException if the database cannot be read
     */
    List<Deployment> deployments(String instanceId) throws LauncherException;

    /**
     * @param deploymentId a deployment
     * @return it, if it exists
     * @throws LauncherException if the database cannot be read
     */
    Optional<Deployment> deployment(String deploymentId) throws LauncherException;

    /**
     * @param deploymentId a deployment
     * @return its log, oldest line first
     * @throws LauncherException if the database cannot be read
     */
    List<DeploymentLogLine> log(String deploymentId) throws LauncherException;

    /**
     * @param instanceId an instance
     * @return the texts the user has yet to accept before it can run (see {@code DeployMode#consentNeeded})
     * @throws LauncherException if the instance or its mode is unknown
     */
    List<ConsentDocument> consentNeeded(String instanceId) throws LauncherException;

    /**
     * @param listener receives every log line of every deployment run in this process, as it is written
     * @return ends the subscription
     */
    AutoCloseable onLog(Consumer<DeploymentLogLine> listener);
}
