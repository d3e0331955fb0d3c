package mai.launcher.deployment.api;

import java.nio.charset.Charset;
import java.util.function.Consumer;

/**
 * The terminal side of a running component: its output as bytes (with ANSI colours), and, when it is interactive,
 * its input and window size. The terminal view shows one console per tab.
 * <p>
 * Implementations should be equal when they show the same run of a component, so that a terminal asking again
 * after a state change knows whether it must reconnect (records with the run's identity do this).
 *
 * @since 1.0
 */
public interface Console {

    /**
     * Subscribes to the output: first the recent history (a bounded buffer), then each new chunk as it comes, on a
     * background thread.
     *
     * @param output receives chunks of bytes; it must not keep the array
     * @return ends the subscription
     */
    AutoCloseable subscribe(Consumer<byte[]> output);

    /** @return whether the component reads what is typed */
    boolean interactive();

    /**
     * Sends bytes to the component's input (keys typed in the terminal, Ctrl+C as 0x03).
     *
     * @param input the bytes
     * @throws DeployException if the component no longer runs
     */
    void write(byte[] input) throws DeployException;

    /**
     * Tells the component the terminal's size.
     *
     * @param columns the width in characters
     * @param rows    the height in lines
     */
    void resize(int columns, int rows);

    /** @return the encoding the component writes in (UTF-8, or GBK for some Windows consoles) */
    Charset charset();
}
