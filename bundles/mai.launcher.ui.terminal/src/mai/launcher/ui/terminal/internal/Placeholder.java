package mai.launcher.ui.terminal.internal;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import mai.launcher.deployment.api.Console;

/**
 * What a tab shows while its component has no console yet: one grey line that says why and what to do.
 *
 * @param message the line
 */
record Placeholder(String message) implements Console {

    @Override
    public AutoCloseable subscribe(Consumer<byte[]> output) {
        output.accept(("\u001b[90m" + message + "\u001b[0m\r\n").getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$ //$NON-NLS-2$
        return () -> {
        };
    }

    @Override
    public boolean interactive() {
        return false;
    }

    @Override
    public void write(byte[] input) {
        // nothing reads it
    }

    @Override
    public void resize(int columns, int rows) {
        // nothing to resize
    }

    @Override
    public Charset charset() {
        return StandardCharsets.UTF_8;
    }
}
