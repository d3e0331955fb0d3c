package mai.launcher.core.docker.internal.mode;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import mai.launcher.core.LauncherException;
import mai.launcher.core.docker.DockerEngine;
import mai.launcher.deployment.api.Console;
import mai.launcher.deployment.api.DeployException;

/**
 * A container's log as a console: its last lines, then what it writes, read-only. Equal for the same run of the same
 * container, so a terminal reconnects only after a restart.
 *
 * @param engine      the engine
 * @param containerId the container
 * @param run         when this run started
 */
record LogsConsole(DockerEngine engine, String containerId, String run) implements Console {

    private static final int HISTORY_LINES = 2000;

    @Override
    public AutoCloseable subscribe(Consumer<byte[]> output) {
        try {
            return engine.logs(containerId, HISTORY_LINES, chunk -> output.accept(terminalLines(chunk.bytes())));
        } catch (LauncherException e) {
            output.accept(terminalLines((e.getMessage() + "\n").getBytes(StandardCharsets.UTF_8))); //$NON-NLS-1$
            return () -> {
                // nothing to end
            };
        }
    }

    /** A container without a terminal writes bare line feeds; a terminal needs carriage returns too. */
    static byte[] terminalLines(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + 64);
        byte previous = 0;
        for (byte b : bytes) {
            if (b == '\n' && previous != '\r') {
                out.write('\r');
            }
            out.write(b);
            previous = b;
        }
        return out.toByteArray();
    }

    @Override
    public boolean interactive() {
        return false;
    }

    @Override
    public void write(byte[] input) throws DeployException {
        // read-only: a shell in the container is a separate terminal
    }

    @Override
    public void resize(int columns, int rows) {
        // the container has no terminal
    }

    @Override
    public Charset charset() {
        return StandardCharsets.UTF_8;
    }
}
