package mai.launcher.ui.terminal.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.tm.internal.terminal.connector.TerminalConnector;
import org.eclipse.tm.internal.terminal.provisional.api.ITerminalConnector;
import org.eclipse.tm.internal.terminal.provisional.api.ITerminalControl;
import org.eclipse.tm.internal.terminal.provisional.api.TerminalState;
import org.eclipse.tm.internal.terminal.provisional.api.provider.TerminalConnectorImpl;

import mai.launcher.deployment.api.Console;
import mai.launcher.deployment.api.DeployException;

/**
 * Connects the Eclipse Terminal control to a component's {@link Console}: its output goes to the terminal, what the
 * user types goes to its input, and the terminal's size to its pseudo-terminal. The bytes are decoded here, in the
 * encoding the user chose for the tab (see {@link Transcoder}); the control itself always reads UTF-8.
 * <p>
 * The console delivers output on the thread that reads the process, which must never wait for the screen: chunks
 * are queued here and written to the terminal by a thread of the tab's own. If the screen falls more than
 * {@value #MAX_QUEUED_BYTES} bytes behind, further output is skipped (it stays in the log file) and the terminal
 * says so.
 */
final class ConsoleConnector extends TerminalConnectorImpl {

    static final String ID = "mai.launcher.ui.terminal.console"; //$NON-NLS-1$
    private static final long MAX_QUEUED_BYTES = 64L << 20;
    private static final Chunk STOP = new Chunk(new byte[0], null);

    /** Output of the component (bytes), or a line of the launcher's own (text). */
    private record Chunk(byte[] bytes, String text) {
    }

    private final Console console;
    private final String name;
    private final BlockingQueue<Chunk> queue = new LinkedBlockingQueue<>();
    private final AtomicLong queued = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();
    private final OutputStream input = new InputStream();
    private volatile AutoCloseable subscription;
    private volatile Thread writer;
    private volatile Charset charset;

    /**
     * @param console the component's console
     * @param name    what the terminal calls it
     * @param charset the encoding its bytes are read in
     */
    ConsoleConnector(Console console, String name, Charset charset) {
        this.console = console;
        this.name = name;
        this.charset = charset;
    }

    /** @return this connector in the form the terminal control takes */
    ITerminalConnector wrapped() {
        return new TerminalConnector(() -> this, ID, name, true);
    }

    /** @return the console it shows */
    Console console() {
        return console;
    }

    @Override
    public void connect(ITerminalControl control) {
        super.connect(control);
        OutputStream screen = control.getRemoteToTerminalOutputStream();
        writer = Thread.ofPlatform().daemon().name("MAI terminal " + name).start(() -> drain(screen)); //$NON-NLS-1$
        subscription = console.subscribe(this::enqueue);
        control.setState(TerminalState.CONNECTED);
        // The control waits for the state in a nested event loop that sleeps when no event comes: give it one.
        Display.getCurrent().asyncExec(() -> {
        });
    }

    /** On the console's thread: queue and return at once. */
    private void enqueue(byte[] chunk) {
        if (queued.get() + chunk.length > MAX_QUEUED_BYTES) {
            skipped.addAndGet(chunk.length);
            return;
        }
        queued.addAndGet(chunk.length);
        queue.add(new Chunk(Arrays.copyOf(chunk, chunk.length), null));
    }

    /** On the tab's thread: write the queued output to the terminal, which blocks while it catches up. */
    private void drain(OutputStream screen) {
        Transcoder transcoder = new Transcoder(charset);
        try {
            for (Chunk chunk = queue.take(); chunk != STOP; chunk = queue.take()) {
                long lost = skipped.getAndSet(0);
                if (lost > 0) {
                    write(screen, "\r\n" + NLS.bind(Messages.outputSkipped, lost / 1024) + "\r\n"); //$NON-NLS-1$ //$NON-NLS-2$
                }
                if (chunk.text() != null) {
                    write(screen, Transcoder.pad(chunk.text()));
                } else {
                    queued.addAndGet(-chunk.bytes().length);
                    transcoder.setCharset(charset);
                    write(screen, transcoder.decode(chunk.bytes()));
                }
                if (queue.isEmpty()) {
                    screen.flush();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the terminal was closed
        }
    }

    private static void write(OutputStream screen, String text) throws IOException {
        screen.write(text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    protected void doDisconnect() {
        AutoCloseable current = subscription;
        subscription = null;
        if (current != null) {
            try {
                current.close();
            } catch (Exception e) {
                // nothing more to receive either way
            }
        }
        queue.clear();
        queue.add(STOP);
    }

    @Override
    public OutputStream getTerminalToRemoteStream() {
        return input;
    }

    @Override
    public String getSettingsSummary() {
        return name;
    }

    @Override
    public void setTerminalSize(int columns, int rows) {
        console.resize(columns, rows);
    }

    /**
     * Writes a grey line of the launcher's own into the terminal, after the output received so far.
     *
     * @param text the line
     */
    void note(String text) {
        queue.add(new Chunk(null, "\r\n\u001b[90m" + text + "\u001b[0m\r\n")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** @param charset the encoding of the component's bytes, from now on (and of what is typed) */
    void setCharset(Charset charset) {
        this.charset = charset;
    }

    /** @return whether the component reads what is typed */
    boolean interactive() {
        return console.interactive();
    }

    /**
     * What the user types, to the component. Dropped when the console reads nothing or the component has ended: the
     * tab's title says so, where an exception would make the control pop up an error for every key.
     */
    private final class InputStream extends OutputStream {
        @Override
        public void write(int b) {
            write(new byte[] { (byte) b }, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            if (!console.interactive()) {
                return;
            }
            byte[] typed = Arrays.copyOfRange(bytes, offset, offset + length); // UTF-8, from the control
            if (!charset.equals(StandardCharsets.UTF_8)) {
                typed = new String(typed, StandardCharsets.UTF_8).getBytes(charset);
            }
            try {
                console.write(typed);
            } catch (DeployException e) {
                // ended: see the tab's title
            }
        }
    }
}
