package mai.launcher.cli.internal;

import java.io.OutputStream;
import java.io.PrintStream;

/** A stream onto standard output that JSON writers may close without closing standard output. */
final class Unclosable extends OutputStream {

    private final PrintStream out;

    private Unclosable(PrintStream out) {
        this.out = out;
    }

    static OutputStream of(PrintStream out) {
        return new Unclosable(out);
    }

    @Override
    public void write(int b) {
        out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) {
        out.write(b, off, len);
    }

    @Override
    public void flush() {
        out.flush();
    }
}
