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
        return run(productFolder(), args, environment);
    }

    /**
     * Runs {@code mai-launcher ARGS} of another installation (a copy of the product a test may change).
     *
     * @param product     the installation's folder
     * @param args        the arguments
     * @param environment extra environment variables
     * @return the result
     */
    public static Result run(Path product, List<String> args, Map<String, String> environment) {
        long start = System.nanoTime();
        try {
            Process process = builder(product, args, environment).start();
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

    private static ProcessBuilder builder(List<String> args, Map<String, String> environment) {
        return builder(productFolder(), args, environment);
    }

    private static ProcessBuilder builder(Path product, List<String> args, Map<String, String> environment) {
        List<String> command = new ArrayList<>();
        command.add(product.resolve("mai-launcher").toString()); //$NON-NLS-1$
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("DISPLAY"); // a command must not need a window //$NON-NLS-1$
        builder.environment().remove("WAYLAND_DISPLAY"); //$NON-NLS-1$
        builder.environment().remove("MAI_LAUNCHER_DATA_DIR"); //$NON-NLS-1$
        builder.environment().put("JAVA_HOME", System.getProperty("java.home")); //$NON-NLS-1$ //$NON-NLS-2$
        builder.environment().put("LC_ALL", "C.UTF-8"); // English messages unless a test asks for -nl //$NON-NLS-1$ //$NON-NLS-2$
        builder.environment().putAll(environment);
        return builder;
    }

    /**
     * Starts {@code mai-launcher ARGS} and returns at once, for commands that run on (start, logs --follow).
     *
     * @param args the arguments
     * @return the running command
     */
    public static Running start(List<String> args) {
        try {
            return new Running(builder(args, Map.of()).redirectErrorStream(true).start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A command that runs on: its output as it comes, its input, and its end. */
    public static final class Running implements AutoCloseable {
        private final Process process;
        private final StringBuffer output = new StringBuffer();

        Running(Process process) {
            this.process = process;
            Thread.ofVirtual().start(() -> {
                byte[] chunk = new byte[4096];
                try (InputStream in = process.getInputStream()) {
                    int n;
                    while ((n = in.read(chunk)) > 0) {
                        output.append(new String(chunk, 0, n, StandardCharsets.UTF_8));
                    }
                } catch (IOException e) {
                    // ended
                }
            });
        }

        /** @return everything it printed so far (stdout and stderr) */
        public String output() {
            return output.toString();
        }

        /**
         * Waits until it has printed a text.
         *
         * @param text    the text
         * @param timeout how long to wait
         */
        public void await(String text, Duration timeout) {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!output().contains(text)) {
                if (System.nanoTime() > deadline || !process.isAlive() && !output().contains(text)) {
                    sleep(200); // the reader may still be catching up
                    if (output().contains(text)) {
                        return;
                    }
                    throw new AssertionError("\"" + text + "\" not printed within " + timeout + ":\n" + output()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                }
                sleep(50);
            }
        }

        /**
         * @param line a line to type
         */
        public void type(String line) {
            try {
                process.getOutputStream().write((line + "\n").getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$
                process.getOutputStream().flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * @param timeout how long to wait
         * @return its exit code
         */
        public int awaitExit(Duration timeout) {
            try {
                if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    throw new AssertionError("Still running after " + timeout + ":\n" + output()); //$NON-NLS-1$ //$NON-NLS-2$
                }
                return process.exitValue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }

        /** Kills it and its children at once, as {@code kill -9} does. */
        public void kill() {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }

        @Override
        public void close() {
            if (process.isAlive()) {
                kill();
            }
        }

        private static void sleep(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Copies the materialized product, so that a test can install into it and update it.
     *
     * @param target the folder to make (it must not exist)
     * @return the copy's folder
     */
    public static Path copyProduct(Path target) {
        try {
            Process copy = new ProcessBuilder("cp", "-a", productFolder().toString(), target.toString()) //$NON-NLS-1$ //$NON-NLS-2$
                    .redirectErrorStream(true).start();
            String output = new String(copy.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (copy.waitFor() != 0) {
                throw new AssertionError("copying the product failed: " + output); //$NON-NLS-1$
            }
            return target;
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
