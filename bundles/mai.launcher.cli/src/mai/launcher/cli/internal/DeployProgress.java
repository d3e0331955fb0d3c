package mai.launcher.cli.internal;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;

import mai.launcher.cli.internal.CommandLine.Terminal;
import mai.launcher.core.LauncherException;
import mai.launcher.core.deployment.Deployment;
import mai.launcher.core.deployment.DeploymentLogLine;
import mai.launcher.core.deployment.DeploymentService;

/**
 * Runs a deployment in the foreground: prints its log as it is written (steps, git's and pip's progress), and
 * cancels it cleanly on Ctrl+C, so it is recorded as cancelled (and Retry resumes it) rather than cut off.
 */
final class DeployProgress {

    /** The deployment to run. */
    @FunctionalInterface
    interface Work {
        Deployment run(IProgressMonitor monitor) throws LauncherException;
    }

    private static final long CANCEL_WAIT_SECONDS = 20;

    private final Terminal terminal;
    private final DeploymentService deployments;

    DeployProgress(Terminal terminal, DeploymentService deployments) {
        this.terminal = terminal;
        this.deployments = deployments;
    }

    Deployment run(Work work) throws LauncherException {
        NullProgressMonitor monitor = new NullProgressMonitor();
        CountDownLatch done = new CountDownLatch(1);
        Thread cancel = new Thread(() -> {
            monitor.setCanceled(true);
            try {
                done.await(CANCEL_WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Runtime.getRuntime().addShutdownHook(cancel);
        try (AutoCloseable printing = deployments.onLog(this::print)) {
            return work.run(monitor);
        } catch (LauncherException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            done.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(cancel);
            } catch (IllegalStateException e) {
                // shutting down: the hook is running
            }
        }
    }

    private void print(DeploymentLogLine line) {
        if ("INFO".equals(line.level())) { //$NON-NLS-1$
            terminal.out().println(line.message());
        } else if (!"ERROR".equals(line.level())) { // the error that ends a deployment is the command's own last line //$NON-NLS-1$
            terminal.out().println(line.level() + ": " + line.message()); //$NON-NLS-1$
        }
        terminal.out().flush();
    }
}
