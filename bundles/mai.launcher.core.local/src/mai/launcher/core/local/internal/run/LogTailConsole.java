package mai.launcher.core.local.internal.run;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.osgi.util.NLS;

import mai.launcher.core.local.internal.Messages;
import mai.launcher.deployment.api.Console;
import mai.launcher.deployment.api.DeployException;

/**
 * A read-only console on a component that runs outside this launcher (started by the command line or an earlier
 * launcher): the end of its log file, then what is appended to it, as {@code tail -f} shows it.
 *
 * @param file        the component's log file
 * @param componentId the component
 */
record LogTailConsole(Path file, String componentId) implements Console {

    private static final int HISTORY_BYTES = Supervisor.BUFFER_BYTES;
    private static final long POLL_MILLIS = 250;

    @Override
    public AutoCloseable subscribe(Consumer<byte[]> output) {
        Thread tail = Thread.ofVirtual().start(() -> follow(output));
        return tail::interrupt;
    }

    private void follow(Consumer<byte[]> output) {
        long position = -1;
        while (!Thread.currentThread().isInterrupted()) {
            try {
                if (Files.exists(file)) {
                    try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) { //$NON-NLS-1$
                        long length = in.length();
                        if (position < 0 || length < position) { // first look, or the log was rotated
                            position = Math.max(0, length - HISTORY_BYTES);
                        }
                        if (length > position) {
                            byte[] chunk = new byte[(int) Math.min(length - position, 1 << 20)];
                            in.seek(position);
                            in.readFully(chunk);
                            position += chunk.length;
                            output.accept(chunk);
                            continue;
                        }
                    }
                }
                Thread.sleep(POLL_MILLIS);
            } catch (IOException e) {
                sleepQuietly();
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean interactive() {
        return false;
    }

    @Override
    public void write(byte[] input) throws DeployException {
        throw new DeployException(NLS.bind(Messages.consoleReadOnly, componentId));
    }

    @Override
    public void resize(int columns, int rows) {
        // the component's terminal is not ours
    }

    @Override
    public Charset charset() {
        return StandardCharsets.UTF_8;
    }
}
