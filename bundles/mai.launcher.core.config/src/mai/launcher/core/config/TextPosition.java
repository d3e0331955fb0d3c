package mai.launcher.core.config;

/**
 * A place in a TOML text, as a person counts it: both numbers start at 1.
 *
 * @param line   1-based line number
 * @param column 1-based column number (in characters)
 */
public record TextPosition(int line, int column) {

    /**
     * Creates a position.
     *
     * @param line   1-based line number
     * @param column 1-based column number
     * @throws IllegalArgumentException if a number is smaller than 1
     */
    public TextPosition {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column start at 1: " + line + ":" + column);
        }
    }
}
