package mai.launcher.cli.tests;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import mai.launcher.cli.internal.CommandLine;
import mai.launcher.cli.internal.CommandLine.Terminal;
import mai.launcher.cli.internal.OsgiSession;

/** Runs the command line inside this OSGi runtime on a data folder, with its output captured. */
final class InProcessCli {

    /** What a command printed and returned. */
    record Run(int exitCode, String out, String err) {
    }

    private final Path data;

    InProcessCli(Path data) {
        this.data = data;
    }

    Run run(String input, boolean interactive, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Terminal terminal = new Terminal(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new BufferedReader(new StringReader(input)),
                interactive);
        List<String> all = new ArrayList<>(List.of("--data-dir", data.toString()));
        all.addAll(List.of(args));
        int code = new CommandLine(terminal, OsgiSession::open, "0.1.0.test").run(all);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    Run run(String... args) {
        return run("", false, args);
    }
}
