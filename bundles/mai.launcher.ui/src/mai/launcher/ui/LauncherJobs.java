package mai.launcher.ui;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import mai.launcher.core.LauncherException;

/**
 * Runs the launcher's work off the UI thread as Eclipse Jobs, so it shows in the status line and the Progress view.
 * A failure becomes the job's error status, whose message the workbench shows to the user.
 *
 * @since 0.1
 */
public final class LauncherJobs {

    /** The family of every launcher job, for {@code Job.getJobManager().join(FAMILY, monitor)}. */
    public static final Object FAMILY = LauncherJobs.class;

    /** The id of the bundle, for statuses. */
    public static final String PLUGIN_ID = "mai.launcher.ui"; //$NON-NLS-1$

    /** The work of a job. */
    @FunctionalInterface
    public interface Work {
        /**
         * @param monitor progress and cancellation
         * @throws LauncherException with the sentence to show when the work fails
         */
        void run(IProgressMonitor monitor) throws LauncherException;
    }

    private LauncherJobs() {
    }

    /**
     * Schedules a job the user asked for.
     *
     * @param name what the job does, shown in the progress views
     * @param work the work
     * @return the scheduled job
     */
    public static Job schedule(String name, Work work) {
        Job job = create(name, work);
        job.setUser(true);
        job.schedule();
        return job;
    }

    /**
     * @param name what the job does
     * @param work the work
     * @return a job of the launcher's family, not scheduled yet
     */
    public static Job create(String name, Work work) {
        return new Job(name) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    work.run(monitor);
                    return Status.OK_STATUS;
                } catch (OperationCanceledException e) {
                    return Status.CANCEL_STATUS;
                } catch (LauncherException e) {
                    return new Status(IStatus.ERROR, PLUGIN_ID, e.code().number(), e.getMessage(), null);
                }
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
    }
}
