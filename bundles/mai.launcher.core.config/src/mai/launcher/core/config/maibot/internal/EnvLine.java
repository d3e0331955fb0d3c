package mai.launcher.core.config.maibot.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code KEY=value} line of a {@code .env} file split into the parts that must survive an
 * edit: what comes before the key ({@code export }, indentation), the {@code =} with its spacing,
 * the value with its quoting, and what follows (a {@code # comment}).
 *
 * @param lead   text before the key
 * @param key    the variable name
 * @param equals the {@code =} with surrounding spaces
 * @param quote  the quote character used, or 0 for an unquoted value
 * @param value  the decoded value
 * @param suffix text after the value (spaces, comment)
 */
public record EnvLine(String lead, String key, String equals, char quote, String value, String suffix) {

    private static final Pattern LINE = Pattern.compile(
            "^(\\s*(?:export\\s+)?)([A-Za-z_][A-Za-z0-9_.]*)(\\s*=\\s*)(.*)$"); //$NON-NLS-1$
    private static final Pattern NEEDS_QUOTES = Pattern.compile("[\\s#\"'\\\\]"); //$NON-NLS-1$

    /**
     * Reads a line (without its line break).
     *
     * @param content the line
     * @return the parts, or empty for comments, blank lines and anything that is not an assignment
     */
    public static Optional<EnvLine> parse(String content) {
        Matcher m = LINE.matcher(content);
        if (!m.matches()) {
            return Optional.empty();
        }
        String rest = m.group(4);
        char q = rest.isEmpty() ? 0 : rest.charAt(0);
        if (q == '"' || q == '\'') {
            int end = closingQuote(rest, q);
            if (end > 0) {
                String raw = rest.substring(1, end);
                String value = q == '"' ? raw.replace("\\\"", "\"").replace("\\\\", "\\") : raw; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                return Optional.of(new EnvLine(m.group(1), m.group(2), m.group(3), q, value, rest.substring(end + 1)));
            }
        }
        int hash = commentStart(rest);
        String value = rest.substring(0, hash).stripTrailing();
        return Optional.of(new EnvLine(m.group(1), m.group(2), m.group(3), (char) 0, value,
                rest.substring(value.length())));
    }

    /**
     * Returns this line with another value, quoted as before (or double-quoted when needed).
     *
     * @param newValue the new value, without line breaks
     * @return the line text without line break
     */
    public String withValue(String newValue) {
        char q = quote;
        if (q == 0 && NEEDS_QUOTES.matcher(newValue).find()) {
            q = '"';
        }
        return lead + key + equals + render(newValue, q) + suffix;
    }

    /**
     * Renders a new {@code KEY=value} line.
     *
     * @param key   the name
     * @param value the value
     * @return the line text without line break
     */
    public static String render(String key, String value) {
        return new EnvLine("", key, "=", (char) 0, "", "").withValue(value); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    private static String render(String value, char q) {
        if (q == 0) {
            return value;
        }
        String body = q == '"' ? value.replace("\\", "\\\\").replace("\"", "\\\"") : value; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        return q + body + q;
    }

    private static int closingQuote(String rest, char q) {
        for (int i = 1; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (c == '\\' && q == '"') {
                i++;
            } else if (c == q) {
                return i;
            }
        }
        return -1;
    }

    /** A {@code #} starts a comment in an unquoted value only after white space (python-dotenv). */
    private static int commentStart(String rest) {
        for (int i = 1; i < rest.length(); i++) {
            if (rest.charAt(i) == '#' && Character.isWhitespace(rest.charAt(i - 1))) {
                return i;
            }
        }
        return rest.startsWith("#") ? 0 : rest.length(); //$NON-NLS-1$
    }
}
