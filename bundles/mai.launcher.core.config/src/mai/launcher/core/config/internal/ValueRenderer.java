package mai.launcher.core.config.internal;

import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Pattern;

import mai.launcher.core.config.ConfigValue;
import mai.launcher.core.config.internal.ValueNode.ScalarKind;

/**
 * Writes {@link ConfigValue}s as TOML source. Strings can follow the quoting style of the value
 * they replace, so that an edit of {@code 'C:\path'} stays a literal string and a
 * {@code """...""" } prompt stays multi-line.
 */
public final class ValueRenderer {

    private static final Pattern BARE_KEY = Pattern.compile("[A-Za-z0-9_-]+");

    private ValueRenderer() {
    }

    /**
     * How the replaced string was written.
     *
     * @param kind           the string style, or null for "no preference"
     * @param leadingNewline whether a multi-line string started with a line break after the quotes
     */
    public record Style(ScalarKind kind, boolean leadingNewline) {
        /** No preference: basic strings. */
        public static final Style NONE = new Style(null, false);
    }

    /**
     * Renders a value.
     *
     * @param value the value
     * @param style the preferred string style
     * @param eol   the line ending for multi-line strings
     * @return TOML source text
     */
    public static String render(ConfigValue value, Style style, String eol) {
        return switch (value) {
            case ConfigValue.StringValue s -> string(s.value(), style, eol);
            case ConfigValue.IntegerValue i -> Long.toString(i.value());
            case ConfigValue.FloatValue f -> floating(f.value());
            case ConfigValue.BooleanValue b -> Boolean.toString(b.value());
            case ConfigValue.OffsetDateTimeValue t -> DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t.value());
            case ConfigValue.LocalDateTimeValue t -> DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(t.value());
            case ConfigValue.LocalDateValue t -> DateTimeFormatter.ISO_LOCAL_DATE.format(t.value());
            case ConfigValue.LocalTimeValue t -> DateTimeFormatter.ISO_LOCAL_TIME.format(t.value());
            case ConfigValue.ArrayValue a -> array(a, eol);
            case ConfigValue.TableValue t -> inlineTable(t.entries(), eol);
        };
    }

    /**
     * Renders a key segment: bare when possible, otherwise quoted.
     *
     * @param key the key name
     * @return TOML source of the key
     */
    public static String key(String key) {
        return BARE_KEY.matcher(key).matches() ? key : basic(key);
    }

    private static String floating(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        return Double.toString(d); // always has '.' or 'E', as TOML requires for floats
    }

    private static String array(ConfigValue.ArrayValue a, String eol) {
        StringJoiner j = new StringJoiner(", ", "[", "]");
        a.elements().forEach(e -> j.add(render(e, Style.NONE, eol)));
        return j.toString();
    }

    private static String inlineTable(Map<String, ConfigValue> entries, String eol) {
        if (entries.isEmpty()) {
            return "{}";
        }
        StringJoiner j = new StringJoiner(", ", "{", "}");
        entries.forEach((k, v) -> j.add(key(k) + " = " + render(v, Style.NONE, eol)));
        return j.toString();
    }

    private static String string(String s, Style style, String eol) {
        ScalarKind kind = style.kind() == null ? ScalarKind.BASIC_STRING : style.kind();
        boolean lead = style.leadingNewline() || s.startsWith("\n");
        return switch (kind) {
            case LITERAL_STRING -> fitsLiteral(s, false) ? "'" + s + "'" : basic(s);
            case ML_LITERAL_STRING -> fitsLiteral(s, true) && !s.contains("'''")
                    ? "'''" + (lead ? eol : "") + s.replace("\n", eol) + "'''"
                    : multiLineBasic(s, lead, eol);
            case ML_BASIC_STRING -> multiLineBasic(s, lead, eol);
            default -> basic(s);
        };
    }

    /** Literal strings cannot hold their own quote or control characters (tab aside). */
    private static boolean fitsLiteral(String s, boolean multiLine) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = c < 0x20 && c != '\t' && !(multiLine && c == '\n') || c == 0x7F;
            if (control || !multiLine && c == '\'') {
                return false;
            }
        }
        return true;
    }

    /**
     * Writes a basic string with escapes.
     *
     * @param s the text
     * @return the quoted text
     */
    public static String basic(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                default -> escapeControl(sb, c);
            }
        }
        return sb.append('"').toString();
    }

    private static String multiLineBasic(String s, boolean lead, String eol) {
        StringBuilder sb = new StringBuilder(s.length() + 8).append("\"\"\"");
        if (lead) {
            sb.append(eol);
        }
        int quotes = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                // A third quote in a row (or a quote right before the closing ones) is escaped.
                boolean escape = quotes == 2 || i == s.length() - 1;
                sb.append(escape ? "\\\"" : "\"");
                quotes = escape ? 0 : quotes + 1;
                continue;
            }
            quotes = 0;
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append(eol);
                default -> escapeControl(sb, c);
            }
        }
        return sb.append("\"\"\"").toString();
    }

    private static void escapeControl(StringBuilder sb, char c) {
        switch (c) {
            case '\b' -> sb.append("\\b");
            case '\f' -> sb.append("\\f");
            case '\r' -> sb.append("\\r");
            case '\t' -> sb.append('\t');
            default -> {
                if (c < 0x20 || c == 0x7F) {
                    sb.append(String.format("\\u%04X", (int) c));
                } else {
                    sb.append(c);
                }
            }
        }
    }
}
