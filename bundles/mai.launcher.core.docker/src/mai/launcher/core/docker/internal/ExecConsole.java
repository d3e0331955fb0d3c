package mai.launcher.core.docker.internal;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Frame;

import mai.launcher.deployment.api.Console;
import mai.launcher.deployment.api.DeployException;

/**
 * An interactive shell in a container ({@code docker exec -it}), as a terminal console: the exec runs with a TTY, the
 * keys typed go to its stdin, and the terminal's size to the exec.
 */
final class ExecConsole implements Console {

    private static final int HISTORY = 64 * 1024;

    private final DockerClient client;
    private final String execId;
    private final PipedOutputStream input = new PipedOutputStream();
    private final List<Consumer<byte[]>> subscribers = new CopyOnWriteArrayList<>();
    private final ResultCallback.Adapter<Frame> callback;
    private byte[] history = new byte[0]; // guarded by this
    private volatile boolean ended;

    /**
     * Starts the shell.
     *
     * @param client      a client without a response timeout
     * @param containerId a running container
     * @throws IOException when the pipe to the shell cannot be made
     */
    ExecConsole(DockerClient client, String containerId) throws IOException {
        this.client = client;
        this.execId = client.execCreateCmd(containerId).withAttachStdin(true).withAttachStdout(true)
                .withAttachStderr(true).withTty(true).withEnv(List.of("TERM=xterm-256color")) //$NON-NLS-1$
                .withCmd("sh", "-c", "if command -v bash >/dev/null 2>&1; then exec bash; else exec sh; fi") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .exec().getId();
        PipedInputStream stdin = new PipedInputStream(input, 16 * 1024);
        this.callback = client.execStartCmd(execId).withDetach(false).withTty(true).withStdIn(stdin)
                .exec(new ResultCallback.Adapter<>() {
                    @Override
                    public void onNext(Frame frame) {
                        output(frame.getPayload());
                    }

                    @Override
                    public void onComplete() {
                        ended();
                        super.onComplete();
                    }

                    @Override
                    public void onError(Throwable throwable) {
                        ended();
                        super.onError(throwable);
                    }
                });
    }

    private void output(byte[] bytes) {
        synchronized (this) {
            byte[] joined = Arrays.copyOf(history, history.length + bytes.length);
            System.arraycopy(bytes, 0, joined, history.length, bytes.length);
            history = joined.length > HISTORY ? Arrays.copyOfRange(joined, joined.length - HISTORY, joined.length)
                    : joined;
        }
        subscribers.forEach(s -> s.accept(bytes));
    }

    private void ended() {
        if (!ended) {
            ended = true;
            output(("\r\n" + Messages.shellEnded + "\r\n").getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    @Override
    public AutoCloseable subscribe(Consumer<byte[]> output) {
        byte[] past;
        synchronized (this) {
            past = history;
            subscribers.add(output);
        }
        if (past.length > 0) {
            output.accept(past.clone());
        }
        return () -> {
            subscribers.remove(output);
            if (subscribers.isEmpty()) {
                close();
            }
        };
    }

    /** Ends the shell (closing its stdin makes it exit) and the stream. */
    void close() {
        try {
            input.close();
            callback.close();
        } catch (IOException e) {
            // the shell is gone already
        }
    }

    @Override
    public boolean interactive() {
        return !ended;
    }

    @Override
    public void write(byte[] bytes) throws DeployException {
        try {
            input.write(bytes);
            input.flush();
        } catch (IOException e) {
            throw new DeployException(Messages.shellEnded, e);
        }
    }

    @Override
    public void resize(int columns, int rows) {
        if (!ended && columns > 0 && rows > 0) {
            try {
                client.resizeExecCmd(execId).withSize(rows, columns).exec();
            } catch (RuntimeException e) {
                // the shell has not started yet or has ended; the next resize will tell it
            }
        }
    }

    @Override
    public Charset charset() {
        return StandardCharsets.UTF_8;
    }
}
