package mai.launcher.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

/**
 * Runs a command to its end, passing each line it prints (stdout and stderr together) to a consumer, and kills it
 * (with its children) when the monitor is cancelled.
 */
public final class CommandRunner {

    /** How a command ended. */
    public record Result(int exitCode, String lastLines) {
    }

    private CommandRunner() {
    }

    /**
     * @param command     the command and its arguments
     * @param directory   where it runs
     * @param environment variables to add
     * @param lines       receives each line
     * @param monitor     cancellation; may be {@code null}
     * @return the exit code and the last lines printed
     * @throws IOException if the command cannot be started
     */
    public static Result run(List<String> command, Path directory, Map<String, String> environment,
            Consumer<String> lines, IProgressMonitor monitor) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (directory != null) {
            builder.directory(directory.toFile());
        }
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        LastLines last = new LastLines(8);
        Thread reader = Thread.ofVirtual().start(() -> {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    last.add(line);
                    lines.accept(line);
                }
            } catch (IOException e) {
                // the process ended
            }
        });
        try {
            while (!process.waitFor(100, TimeUnit.MILLISECONDS)) {
                if (monitor != null && monitor.isCanceled()) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly();
                    throw new OperationCanceledException();
                }
            }
            reader.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new OperationCanceledException();
        }
        return new Result(process.exitValue(), last.text());
    }

    /** The last few lines, to quote in an error. */
    private static final class LastLines {
        private final String[] lines;
        private int count;

        LastLines(int size) {
            lines = new String[size];
        }

        synchronized void add(String line) {
            lines[count++ % lines.length] = line;
        }

        synchronized String text() {
            StringBuilder text = new StringBuilder();
            for (int i = Math.max(0, count - lines.length); i < count; i++) {
                text.append(lines[i % lines.length]).append('\n');
            }
            return text.toString().strip();
        }
    }
}
