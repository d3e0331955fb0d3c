package mai.launcher.tests.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs the materialized product's {@code mai-launcher} script as a user would, in its own JVM, and collects what it
 * prints. The product is built by the reactor before the tests; its folder comes from the system property
 * {@value #PRODUCT_PROPERTY}. A missing product fails the test: these tests never skip.
 */
public final class ProductRunner {

    /** The system property naming the materialized product's folder. */
    public static final String PRODUCT_PROPERTY = "mai.launcher.product.dir"; //$NON-NLS-1$

    /** What a run printed and how it ended. */
    public record Result(int exitCode, String out, String err, Duration took) {
        @Override
        public String toString() {
            return "exit " + exitCode + " after " + took.toMillis() + " ms\n--- stdout\n" + out + "--- stderr\n" + err; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        }
    }

    private ProductRunner() {
    }

    /** @return the product's folder, holding the mai-launcher script */
    public static Path productFolder() {
        String folder = System.getProperty(PRODUCT_PROPERTY);
        if (folder == null || !Files.isExecutable(Path.of(folder, "mai-launcher"))) { //$NON-NLS-1$
            throw new AssertionError("The materialized product is missing: " + PRODUCT_PROPERTY + "=" + folder //$NON-NLS-1$ //$NON-NLS-2$
                    + "; build it with ./mvnw verify (the products module runs before the tests)"); //$NON-NLS-1$
        }
        return Path.of(folder);
    }

    /**
     * Runs {@code mai-launcher ARGS} without a display, with this JVM's Java as JAVA_HOME.
     *
     * @param args the arguments
     * @return the result
     */
    public static Result run(List<String> args) {
        return run(args, Map.of());
    }

    /**
     * @param args        the arguments
     * @param environment extra environment variables
     * @return the result
     */
    public static Result run(List<String> args, Map<String, String> environment) {
        List<String> command = new ArrayList<>();
        command.add(productFolder().resolve("mai-launcher").toString()); //$NON-NLS-1$
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("DISPLAY"); // a command must not need a window //$NON-NLS-1$
        builder.environment().remove("WAYLAND_DISPLAY"); //$NON-NLS-1$
        builder.environment().remove("MAI_LAUNCHER_DATA_DIR"); //$NON-NLS-1$
        builder.environment().put("JAVA_HOME", System.getProperty("java.home")); //$NON-NLS-1$ //$NON-NLS-2$
        builder.environment().put("LC_ALL", "C.UTF-8"); // English messages unless a test asks for -nl //$NON-NLS-1$ //$NON-NLS-2$
        builder.environment().putAll(environment);
        long start = System.nanoTime();
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            CompletableFuture<String> out = read(process.getInputStream());
            CompletableFuture<String> err = read(process.getErrorStream());
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("mai-launcher " + args + " did not end within 120 s"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            return new Result(process.exitValue(), out.join(), err.join(), Duration.ofNanos(System.nanoTime() - start));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static CompletableFuture<String> read(InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try (stream) {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
