package mai.launcher.core.config.internal;

/**
 * One segment of a key as written in the source, e.g. {@code "qq account"} in
 * {@code bot."qq account" = 1}.
 *
 * @param name  the decoded key name
 * @param start offset of the first character (quote included)
 * @param end   offset after the last character
 * @param style how the key is written
 */
public record KeyPart(String name, int start, int end, Style style) {

    /** How a key segment is written. */
    public enum Style {
        /** Letters, digits, _ and - without quotes. */
        BARE,
        /** In double quotes, escapes allowed. */
        BASIC,
        /** In single quotes, taken literally. */
        LITERAL
    }
}
