package mai.launcher.core.deployment.internal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SafeRunner;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import mai.launcher.core.DeploymentEvent;
import mai.launcher.core.EventPublisher;
import mai.launcher.core.LauncherException;
import mai.launcher.core.Topics;
import mai.launcher.core.deployment.Deployment;
import mai.launcher.core.deployment.DeploymentLogLine;
import mai.launcher.core.deployment.DeploymentStatus;
import mai.launcher.core.instance.InstanceRegistry;
import mai.launcher.core.instance.InstanceStatus;
import mai.launcher.core.storage.Database;
import mai.launcher.core.storage.Settings;
import mai.launcher.deployment.api.DeployContext;
import mai.launcher.deployment.api.DeployException;
import mai.launcher.deployment.api.DeployMode;
import mai.launcher.deployment.api.DeployRequest;
import mai.launcher.deployment.api.DeployStep;

/**
 * Runs one deployment: its mode's steps in order, recording progress, the current step and the log in the database
 * (the log in small batches, as pip writes many lines), and the end: completed, failed with the reason, or cancelled.
 */
final class DeploymentRunner implements DeployContext {

    private static final long LOG_FLUSH_MILLIS = 300;

    /** What the runner needs from the service. */
    record Services(Database database, Settings settings, InstanceRegistry instances, EventPublisher events,
            List<Consumer<DeploymentLogLine>> logListeners) {
    }

    private final Services services;
    private final String deploymentId;
    private final DeployRequest request;
    private final Map<String, String> remembered = new TreeMap<>();
    private final List<DeploymentLogLine> pending = new ArrayList<>();
    private long lastFlush = System.currentTimeMillis();

    DeploymentRunner(Services services, String deploymentId, DeployRequest request) {
        this.services = services;
        this.deploymentId = deploymentId;
        this.request = request;
    }

    Deployment run(DeployMode mode, IProgressMonitor monitor) throws LauncherException {
        DeploymentStatus status = DeploymentStatus.FAILED;
        String error = null;
        services.database().write(c -> {
            DeploymentStore.started(c, deploymentId, request.options());
            return null;
        });
        post(DeploymentStatus.RUNNING, 0);
        try {
            runSteps(mode.plan(request), monitor);
            services.instances().updateOptions(request.instance().id(), remembered);
            markDeployed();
            status = DeploymentStatus.COMPLETED;
            log("INFO", Messages.deploymentCompleted); //$NON-NLS-1$
        } catch (DeployException e) {
            error = e.getMessage();
            log("ERROR", error); //$NON-NLS-1$
        } catch (OperationCanceledException e) {
            status = DeploymentStatus.CANCELLED;
            log("WARN", Messages.deploymentCancelled); //$NON-NLS-1$
        } catch (LauncherException e) {
            error = e.getMessage();
            log("ERROR", error); //$NON-NLS-1$
        } catch (RuntimeException | LinkageError e) {
            error = NLS.bind(Messages.deploymentCrashed, e);
            log("ERROR", error); //$NON-NLS-1$
            ILog.of(getClass()).error(error, e);
        } finally {
            flush();
        }
        DeploymentStatus end = status;
        String reason = error;
        services.database().write(c -> {
            DeploymentStore.ended(c, deploymentId, end, reason);
            return null;
        });
        post(end, end == DeploymentStatus.COMPLETED ? 100 : current().progress());
        return current();
    }

    private void runSteps(List<DeployStep> steps, IProgressMonitor monitor) throws DeployException, LauncherException {
        int total = Math.max(1, steps.stream().mapToInt(s -> Math.max(1, s.weight())).sum());
        SubMonitor progress = SubMonitor.convert(monitor, total);
        int done = 0;
        for (DeployStep step : steps) {
            String label = step.label(Locale.getDefault());
            progress.subTask(label);
            log("INFO", "\u25b6 " + label); //$NON-NLS-1$ //$NON-NLS-2$
            int percent = done * 100 / total;
            services.database().write(c -> {
                DeploymentStore.progress(c, deploymentId, percent, step.id());
                return null;
            });
            post(DeploymentStatus.RUNNING, percent);
            step.run(this, progress.split(Math.max(1, step.weight())));
            done += Math.max(1, step.weight());
        }
    }

    /** A deployed instance that never ran is now ready to start. */
    private void markDeployed() throws LauncherException {
        String id = request.instance().id();
        if (services.instances().get(id).map(i -> i.status() == InstanceStatus.PENDING).orElse(false)) {
            services.instances().setStatus(id, InstanceStatus.STOPPED, ""); //$NON-NLS-1$
        }
    }

    private Deployment current() throws LauncherException {
        return services.database().read(c -> DeploymentStore.get(c, deploymentId)).orElseThrow();
    }

    private void post(DeploymentStatus status, int progress) {
        services.events().post(Topics.DEPLOYMENT_CHANGED,
                new DeploymentEvent(deploymentId, request.instance().id(), status.id(), progress));
    }

    @Override
    public DeployRequest request() {
        return request;
    }

    @Override
    public void log(String level, String message) {
        DeploymentLogLine line = new DeploymentLogLine(deploymentId, LocalDateTime.now(), level, message);
        for (Consumer<DeploymentLogLine> listener : services.logListeners()) {
            SafeRunner.run(() -> listener.accept(line));
        }
        synchronized (pending) {
            pending.add(line);
        }
        if (System.currentTimeMillis() - lastFlush > LOG_FLUSH_MILLIS) {
            flush();
        }
    }

    private void flush() {
        List<DeploymentLogLine> lines;
        synchronized (pending) {
            lines = List.copyOf(pending);
            pending.clear();
        }
        lastFlush = System.currentTimeMillis();
        if (lines.isEmpty()) {
            return;
        }
        try {
            services.database().write(c -> {
                DeploymentStore.log(c, lines);
                return null;
            });
        } catch (LauncherException e) {
            ILog.of(getClass()).warn("Deployment log lines lost: " + e.getMessage(), e); //$NON-NLS-1$
        }
    }

    @Override
    public Optional<String> setting(String key) {
        try {
            return services.settings().get(key);
        } catch (LauncherException e) {
            ILog.of(getClass()).warn(e.getMessage(), e);
            return Optional.empty();
        }
    }

    @Override
    public void remember(String key, String value) {
        remembered.put(key, value == null ? "" : value); //$NON-NLS-1$
    }
}
