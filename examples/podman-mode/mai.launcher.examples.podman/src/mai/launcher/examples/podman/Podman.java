package mai.launcher.examples.podman;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the {@code podman} command line; a missing podman is an answer, not an error. */
final class Podman {

    /** What a podman command answered. */
    record Result(int exitCode, String output) {
        boolean ok() {
            return exitCode == 0;
        }
    }

    /** The exit code when podman could not be run at all. */
    static final int NOT_FOUND = 127;

    private final String program;

    /** @param program the podman executable: {@code podman}, or a path */
    Podman(String program) {
        this.program = program;
    }

    /**
     * @param timeoutSeconds how long the command may take
     * @param args           its arguments
     * @return its exit code and output (stdout and stderr together)
     */
    Result run(long timeoutSeconds, String... args) {
        List<String> command = new ArrayList<>();
        command.add(program);
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getOutputStream().close();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Result(-1, "podman " + String.join(" ", args) + ": timed out"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            return new Result(process.exitValue(),
                    new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            return new Result(NOT_FOUND, String.valueOf(e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, "interrupted"); //$NON-NLS-1$
        }
    }
}
