package mai.launcher.core.docker;

/**
 * Some output of a container.
 *
 * @param stderr whether it came on stderr (else stdout, or the terminal of a container with a tty)
 * @param bytes  the bytes, as the container wrote them
 * @since 0.1
 */
public record LogChunk(boolean stderr, byte[] bytes) {
}
