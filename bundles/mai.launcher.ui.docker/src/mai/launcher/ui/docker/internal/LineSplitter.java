package mai.launcher.ui.docker.internal;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Cuts a container's output into lines: keeps a partial last line until its end comes, drops ANSI colour codes and
 * carriage returns. Not thread-safe: one per stream.
 */
final class LineSplitter {

    private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-9;?]*[ -/]*[@-~]|\u001B\\][^\u0007]*\u0007|\r"); //$NON-NLS-1$

    private final Consumer<String> lines;
    private byte[] partial = new byte[0];

    /** @param lines receives each whole line, without its end */
    LineSplitter(Consumer<String> lines) {
        this.lines = lines;
    }

    /** @param bytes more output, UTF-8 */
    void accept(byte[] bytes) {
        byte[] all = bytes;
        if (partial.length > 0) { // a line (or a character) cut between two chunks
            all = java.util.Arrays.copyOf(partial, partial.length + bytes.length);
            System.arraycopy(bytes, 0, all, partial.length, bytes.length);
        }
        int start = 0;
        for (int i = 0; i < all.length; i++) {
            if (all[i] == '\n') { // never part of a multi-byte UTF-8 character
                lines.accept(clean(new String(all, start, i - start, StandardCharsets.UTF_8)));
                start = i + 1;
            }
        }
        partial = java.util.Arrays.copyOfRange(all, start, all.length);
    }

    /** Passes on a last line that has no line end. */
    void flush() {
        if (partial.length > 0) {
            lines.accept(clean(new String(partial, StandardCharsets.UTF_8)));
            partial = new byte[0];
        }
    }

    static String clean(String line) {
        return line.indexOf('\u001B') < 0 && line.indexOf('\r') < 0 ? line : ANSI.matcher(line).replaceAll(""); //$NON-NLS-1$
    }
}
