package mai.launcher.cli.internal;

import java.io.BufferedReader;
import java.io.Console;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.FrameworkUtil;

import mai.launcher.cli.internal.CommandLine.Terminal;

/** The headless application: {@code mai-launcher COMMAND ...}. Opens no window and touches no display. */
public final class CliApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        context.applicationRunning();
        String version = FrameworkUtil.getBundle(getClass()).getVersion().toString();
        return Integer.valueOf(new CommandLine(systemTerminal(), OsgiSession::open, version)
                .run(args == null ? List.of() : List.of(args)));
    }

    @Override
    public void stop() {
        // A command runs to its end; there is nothing to interrupt.
    }

    /**
     * Standard streams in the terminal's encoding when they are a terminal, and in UTF-8 when they go to a file or
     * another program, so that scripts reading {@code --json} always get UTF-8.
     */
    private static Terminal systemTerminal() {
        boolean interactive = isTerminal();
        Charset charset = interactive ? System.out.charset() : StandardCharsets.UTF_8;
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, charset);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true,
                interactive ? System.err.charset() : StandardCharsets.UTF_8);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, charset));
        return new Terminal(out, err, in, interactive);
    }

    /** {@code Console.isTerminal()} exists from Java 22; on 21 a console is only there for a terminal. */
    private static boolean isTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console); //$NON-NLS-1$
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
