package mai.launcher.core.docker.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;

import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.PullResponseItem;

/**
 * Adds up the layers of a pull into one progress: bytes downloaded of the bytes known so far. A line goes to the log
 * when a layer is done, and the monitor's task name shows the totals.
 */
final class PullProgress extends ResultCallback.Adapter<PullResponseItem> {

    private final String reference;
    private final Consumer<String> log;
    private final IProgressMonitor monitor;
    private final Map<String, long[]> layers = new ConcurrentHashMap<>();
    private volatile String failure;
    private int reported; // in per mille

    PullProgress(String reference, Consumer<String> log, IProgressMonitor monitor) {
        this.reference = reference;
        this.log = log;
        this.monitor = monitor;
        monitor.beginTask(reference, 1000);
    }

    @Override
    public void onNext(PullResponseItem item) {
        if (item.getErrorDetail() != null || item.getError() != null) {
            failure = item.getErrorDetail() != null && item.getErrorDetail().getMessage() != null
                    ? item.getErrorDetail().getMessage() : item.getError();
            return;
        }
        String id = item.getId();
        String status = Optional.ofNullable(item.getStatus()).orElse(""); //$NON-NLS-1$
        if (id == null) {
            if (!status.isEmpty()) {
                log.accept(status);
            }
            return;
        }
        if (item.getProgressDetail() != null && item.getProgressDetail().getTotal() != null
                && item.getProgressDetail().getTotal() > 0 && status.startsWith("Downloading")) { //$NON-NLS-1$
            layers.put(id, new long[] { item.getProgressDetail().getCurrent(), item.getProgressDetail().getTotal() });
        } else if (status.startsWith("Download complete") || status.startsWith("Pull complete") //$NON-NLS-1$ //$NON-NLS-2$
                || status.startsWith("Already exists")) { //$NON-NLS-1$
            layers.computeIfPresent(id, (k, v) -> new long[] { v[1], v[1] });
            if (status.startsWith("Pull complete") || status.startsWith("Already exists")) { //$NON-NLS-1$ //$NON-NLS-2$
                log.accept(id + ": " + status); //$NON-NLS-1$
            }
        }
        report();
    }

    private synchronized void report() {
        long done = 0;
        long total = 0;
        for (long[] layer : layers.values()) {
            done += layer[0];
            total += layer[1];
        }
        if (total <= 0) {
            return;
        }
        int permille = (int) Math.min(1000, done * 1000 / total);
        if (permille > reported) {
            monitor.worked(permille - reported);
            reported = permille;
        }
        monitor.subTask(NLS.bind(Messages.pullProgress, new Object[] { reference, megabytes(done), megabytes(total) }));
    }

    private static String megabytes(long bytes) {
        return String.format("%.1f", bytes / 1_048_576.0); //$NON-NLS-1$
    }

    /** @return the registry's error, when the pull failed */
    Optional<String> failure() {
        return Optional.ofNullable(failure);
    }
}
