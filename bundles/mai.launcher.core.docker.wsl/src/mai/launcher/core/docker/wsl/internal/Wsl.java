package mai.launcher.core.docker.wsl.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;

/**
 * Runs {@code wsl.exe}, and Linux commands in a distribution through it. The program is given, so tests can put a
 * fake in its place; the launcher uses {@link #system()}.
 * <p>
 * Words after {@code --} are a command line for the distribution's shell, so {@link #word} quotes those with shell
 * characters ({@code {{.Server.Version}}} becomes {@code '{{.Server.Version}}'}). They must not contain blanks:
 * {@code wsl.exe} hands the rest of its Windows command line over as it is, where a blank would split a word.
 */
public final class Wsl {

    /** A system property naming another {@code wsl.exe} (a path), for unusual installations. */
    public static final String PROGRAM_PROPERTY = "mai.launcher.wsl.exe"; //$NON-NLS-1$

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+"); //$NON-NLS-1$

    private final List<String> program;
    private final Duration timeout;

    /**
     * @param program the command that is {@code wsl.exe} (a path, or a prefix such as an interpreter and a script)
     * @param timeout how long one run may take before it is killed
     */
    public Wsl(List<String> program, Duration timeout) {
        this.program = List.copyOf(program);
        this.timeout = timeout;
    }

    /** @return the system's {@code wsl.exe}, or the one named by {@value #PROGRAM_PROPERTY} */
    public static Wsl system() {
        return new Wsl(List.of(System.getProperty(PROGRAM_PROPERTY, "wsl.exe")), Duration.ofMinutes(2)); //$NON-NLS-1$
    }

    /**
     * How a run ended.
     *
     * @param exitCode the exit code
     * @param stdout   what it printed on its standard output
     * @param stderr   what it printed on its error output
     */
    public record Result(int exitCode, byte[] stdout, byte[] stderr) {

        /** @return the standard output, decoded and stripped */
        public String out() {
            return WslText.decode(stdout).strip();
        }

        /** @return both outputs, decoded, for messages */
        public String text() {
            return (WslText.decode(stdout).strip() + "\n" + WslText.decode(stderr).strip()).strip(); //$NON-NLS-1$
        }
    }

    /**
     * @param distribution a distribution
     * @param folder       the Linux folder to run in, or {@code null} for WSL's default
     * @param command      a Linux command and its arguments
     * @return the whole command line: {@code wsl.exe -d DISTRO [--cd FOLDER] -- COMMAND...}
     */
    public List<String> command(String distribution, String folder, List<String> command) {
        List<String> line = new ArrayList<>(program);
        line.addAll(List.of("-d", distribution)); //$NON-NLS-1$
        if (folder != null) {
            line.addAll(List.of("--cd", folder)); //$NON-NLS-1$
        }
        line.add("--"); //$NON-NLS-1$
        command.stream().map(Wsl::word).forEach(line::add);
        return line;
    }

    /**
     * @param word a word of a command line for a Linux shell
     * @return it, in single quotes when it has shell characters
     * @throws IllegalArgumentException when it has blanks, which cannot pass through {@code wsl.exe --}
     */
    public static String word(String word) {
        if (PLAIN.matcher(word).matches()) {
            return word;
        }
        if (word.isEmpty() || word.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("No blanks can pass through wsl.exe --: '" + word + "'"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return "'" + word.replace("'", "'\\''") + "'"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    /**
     * Runs {@code wsl.exe} with its own options, e.g. {@code --status}.
     *
     * @param arguments the options
     * @return how it ended
     * @throws IOException when it cannot be started (no WSL) or does not end in time
     */
    public Result run(List<String> arguments) throws IOException {
        List<String> line = new ArrayList<>(program);
        line.addAll(arguments);
        return execute(line);
    }

    /**
     * Runs a Linux command in a distribution.
     *
     * @param distribution the distribution
     * @param command      the command and its arguments
     * @return how it ended
     * @throws IOException when {@code wsl.exe} cannot be started or the command does not end in time
     */
    public Result run(String distribution, List<String> command) throws IOException {
        return execute(command(distribution, null, command));
    }

    private Result execute(List<String> line) throws IOException {
        Process process = new ProcessBuilder(line).start();
        process.getOutputStream().close();
        CompletableFuture<byte[]> out = drain(process.getInputStream());
        CompletableFuture<byte[]> err = drain(process.getErrorStream());
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new IOException(NLS.bind(Messages.wslTimeout, String.join(" ", line), timeout.toSeconds())); //$NON-NLS-1$
            }
            return new Result(process.exitValue(), out.get(5, TimeUnit.SECONDS), err.get(5, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException(e);
        }
    }

    private static CompletableFuture<byte[]> drain(InputStream stream) {
        CompletableFuture<byte[]> bytes = new CompletableFuture<>();
        Thread.ofVirtual().start(() -> {
            try (InputStream in = stream) {
                bytes.complete(in.readAllBytes());
            } catch (IOException e) {
                bytes.complete(new byte[0]);
            }
        });
        return bytes;
    }
}
