package mai.launcher.core.docker.wsl.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A stand-in for {@code wsl.exe}, because Windows and WSL cannot run where these tests run (Linux CI): a shell script
 * that records its arguments, one per line with {@code ----} after each call, and answers with the output of the first
 * rule whose pattern matches its arguments joined by spaces. Patterns are literal, except a trailing {@code *}.
 * Unexpected calls print to stderr and exit with 99.
 */
final class FakeWsl {

    private final Path folder;
    private final List<String> cases = new ArrayList<>();

    /** @param folder where the script, its answers and its record go */
    FakeWsl(Path folder) {
        this.folder = folder;
    }

    /**
     * @param pattern  the arguments, e.g. {@code -l -v} or {@code -d Ubuntu -- docker version*}
     * @param exitCode what it exits with
     * @param stdout   what it prints on stdout
     * @param stderr   what it prints on stderr (UTF-8)
     * @return this
     */
    FakeWsl on(String pattern, int exitCode, byte[] stdout, String stderr) {
        int n = cases.size();
        write("out" + n, stdout); //$NON-NLS-1$
        write("err" + n, stderr.getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$
        String glob = pattern.endsWith("*") ? quote(pattern.substring(0, pattern.length() - 1)) + "*" : quote(pattern); //$NON-NLS-1$ //$NON-NLS-2$
        cases.add("  " + glob + ") cat " + quote(folder.resolve("out" + n).toString()) + "; cat " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                + quote(folder.resolve("err" + n).toString()) + " >&2; exit " + exitCode + " ;;"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        return this;
    }

    /** Answers with a recorded output of {@code wsl.exe} from {@code testdata/}. */
    FakeWsl onFixture(String pattern, int exitCode, String fixture) {
        return on(pattern, exitCode, Fixtures.bytes(fixture), ""); //$NON-NLS-1$
    }

    /** Answers as a Linux program does, in UTF-8. */
    FakeWsl onText(String pattern, int exitCode, String stdout) {
        return on(pattern, exitCode, stdout.getBytes(StandardCharsets.UTF_8), ""); //$NON-NLS-1$
    }

    /** The answers of a machine with WSL 2, Ubuntu-22.04 as its default distribution, Docker 27.3.1, compose 2.29.7. */
    FakeWsl healthy() {
        return onFixture("--status", 0, "status-en.bin") //$NON-NLS-1$ //$NON-NLS-2$
                .onFixture("-l -v", 0, "list-en-bom.bin") //$NON-NLS-1$ //$NON-NLS-2$
                .onText("-d Ubuntu-22.04 -- docker version --format '{{.Server.Version}}'", 0, "27.3.1\n") //$NON-NLS-1$ //$NON-NLS-2$
                .onText("-d Ubuntu-22.04 -- docker compose version --short", 0, "2.29.7\n"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** @return {@code wsl.exe} as this fake */
    Wsl wsl() {
        Path script = folder.resolve("wsl.exe"); //$NON-NLS-1$
        String text = "#!/bin/sh\n" //$NON-NLS-1$
                + "for a in \"$@\"; do printf '%s\\n' \"$a\"; done >> " + quote(callsFile().toString()) + "\n" //$NON-NLS-1$ //$NON-NLS-2$
                + "echo ---- >> " + quote(callsFile().toString()) + "\n" //$NON-NLS-1$ //$NON-NLS-2$
                + "case \"$*\" in\n" + String.join("\n", cases) + "\n" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + "  *) echo \"fake wsl.exe: unexpected: $*\" >&2; exit 99 ;;\nesac\n"; //$NON-NLS-1$
        try {
            Files.writeString(script, text);
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x")); //$NON-NLS-1$
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Wsl(List.of(script.toString()), Duration.ofSeconds(30));
    }

    /** @return the calls made so far, each as its arguments */
    List<List<String>> calls() {
        return callsIn(callsFile());
    }

    private static List<List<String>> callsIn(Path file) {
        List<List<String>> calls = new ArrayList<>();
        try {
            if (!Files.exists(file)) {
                return calls;
            }
            List<String> current = new ArrayList<>();
            for (String line : Files.readAllLines(file)) {
                if (line.equals("----")) { //$NON-NLS-1$
                    calls.add(List.copyOf(current));
                    current.clear();
                } else {
                    current.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return calls;
    }

    private Path callsFile() {
        return folder.resolve("calls"); //$NON-NLS-1$
    }

    private void write(String name, byte[] bytes) {
        try {
            Files.write(folder.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String quote(String text) {
        return "'" + text.replace("'", "'\\''") + "'"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }
}
