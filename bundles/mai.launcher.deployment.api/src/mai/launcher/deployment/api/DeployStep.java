package mai.launcher.deployment.api;

import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * One step of a deployment (clone, make the Python environment, pull images, ...). Steps must be resumable: the
 * whole plan runs again on Retry, after a cancel or a crash, so a step finds what an earlier run left behind and
 * continues from it or cleans it up.
 *
 * @since 1.0
 */
public interface DeployStep {

    /** @return the step's id, unique in its plan, e.g. {@code clone} */
    String id();

    /**
     * @param locale the user's locale
     * @return what the step does, shown as the task's current work (e.g. "Cloning MaiBot")
     */
    String label(Locale locale);

    /** @return the step's share of the deployment's progress, relative to the other steps' (at least 1) */
    default int weight() {
        return 1;
    }

    /**
     * Does the step.
     *
     * @param context the deployment's log, settings and options
     * @param monitor progress and cancellation; throw {@code OperationCanceledException} when cancelled
     * @throws DeployException with a sentence for the user when the step cannot be done
     */
    void run(DeployContext context, IProgressMonitor monitor) throws DeployException;
}
