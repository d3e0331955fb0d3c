package mai.launcher.core.local.internal.git;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jgit.lib.ProgressMonitor;
import org.eclipse.osgi.util.NLS;

import mai.launcher.core.local.internal.Messages;

/**
 * Bridges JGit's progress to an Eclipse monitor and the deployment log: each JGit task ("Receiving objects",
 * "Resolving deltas", ...) becomes a sub-task with its count, and, while objects are received, the bytes written to
 * the pack so far and the rate (JGit reports objects only, so the pack folder is measured). Log lines are written at
 * most once a second; cancelling the monitor cancels the clone.
 */
final class JGitProgress implements ProgressMonitor {

    private static final long LOG_INTERVAL_NANOS = 1_000_000_000L;

    private final SubMonitor monitor;
    private final Consumer<String> log;
    private final Path packFolder;
    private final long started = System.nanoTime();
    private String task = ""; //$NON-NLS-1$
    private int total;
    private int done;
    private long lastLog;

    JGitProgress(IProgressMonitor monitor, Consumer<String> log, Path gitFolder) {
        this.monitor = SubMonitor.convert(monitor, 100);
        this.log = log;
        this.packFolder = gitFolder.resolve("objects").resolve("pack"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Override
    public void start(int totalTasks) {
        // tasks are reported one by one
    }

    @Override
    public void beginTask(String title, int totalWork) {
        task = title;
        total = totalWork;
        done = 0;
        monitor.subTask(title);
        lastLog = 0;
    }

    @Override
    public void update(int completed) {
        done += completed;
        long now = System.nanoTime();
        if (now - lastLog >= LOG_INTERVAL_NANOS) {
            lastLog = now;
            String line = describe();
            monitor.subTask(line);
            log.accept(line);
            if (total > 0) {
                monitor.setWorkRemaining(100);
                monitor.worked(0);
            }
        }
    }

    private String describe() {
        String count = total > 0 ? NLS.bind(Messages.gitProgressCount, new Object[] { task, done * 100L / total, done, total })
                : task + ": " + done; //$NON-NLS-1$
        if (!task.startsWith("Receiving")) { //$NON-NLS-1$
            return count;
        }
        long bytes = packBytes();
        double seconds = Math.max(0.001, (System.nanoTime() - started) / 1e9);
        return NLS.bind(Messages.gitProgressBytes, new Object[] { count, mib(bytes), mib((long) (bytes / seconds)) });
    }

    private long packBytes() {
        if (!Files.isDirectory(packFolder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(packFolder)) {
            return files.mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException e) {
            return 0;
        }
    }

    private static String mib(long bytes) {
        return String.format("%.1f MiB", bytes / 1048576.0); //$NON-NLS-1$
    }

    @Override
    public void endTask() {
        if (!task.isEmpty()) {
            log.accept(describe());
        }
    }

    @Override
    public boolean isCancelled() {
        return monitor.isCanceled();
    }

    @Override
    public void showDuration(boolean enabled) {
        // durations are not shown
    }
}
