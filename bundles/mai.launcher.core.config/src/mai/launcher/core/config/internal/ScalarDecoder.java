package mai.launcher.core.config.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.temporal.Temporal;
import java.util.Locale;

import mai.launcher.core.config.internal.ValueNode.ScalarKind;

/** Turns the text of an unquoted TOML value (number, boolean, date/time) into a Java value. */
final class ScalarDecoder {

    private ScalarDecoder() {
    }

    /**
     * Decodes a bare token.
     *
     * @param token e.g. {@code 0x_ff}, {@code 6.02e23}, {@code true}, {@code 1979-05-27T07:32:00Z}
     * @return Boolean, Long, Double, or a java.time value
     */
    static Object decode(String token) {
        switch (token) {
            case "true":
                return Boolean.TRUE;
            case "false":
                return Boolean.FALSE;
            case "inf", "+inf":
                return Double.POSITIVE_INFINITY;
            case "-inf":
                return Double.NEGATIVE_INFINITY;
            case "nan", "+nan", "-nan":
                return Double.NaN;
            default:
                break;
        }
        if (isDate(token)) {
            return dateTime(token);
        }
        if (token.length() >= 5 && token.charAt(2) == ':') {
            return LocalTime.parse(trimFraction(token));
        }
        return number(token.replace("_", ""));
    }

    static ScalarKind kindOf(Object decoded) {
        if (decoded instanceof Boolean) {
            return ScalarKind.BOOLEAN;
        }
        if (decoded instanceof Long) {
            return ScalarKind.INTEGER;
        }
        if (decoded instanceof Double) {
            return ScalarKind.FLOAT;
        }
        if (decoded instanceof Temporal) {
            return ScalarKind.DATE_TIME;
        }
        throw new IllegalArgumentException("not a bare value: " + decoded);
    }

    private static boolean isDate(String t) {
        return t.length() >= 10 && t.charAt(4) == '-' && t.charAt(7) == '-'
                && Character.isDigit(t.charAt(0));
    }

    private static Temporal dateTime(String token) {
        if (token.length() == 10) {
            return LocalDate.parse(token);
        }
        // java.time wants an upper-case 'T' between date and time and an upper-case 'Z'.
        String t = token.substring(0, 10) + 'T' + token.substring(11).toUpperCase(Locale.ROOT);
        t = trimFraction(t);
        String time = t.substring(11);
        boolean offset = time.endsWith("Z") || time.indexOf('+') >= 0 || time.indexOf('-') >= 0;
        return offset ? OffsetDateTime.parse(t) : LocalDateTime.parse(t);
    }

    /** TOML allows more than nanosecond precision; java.time does not, so extra digits are cut. */
    private static String trimFraction(String t) {
        int dot = t.indexOf('.');
        if (dot < 0) {
            return t;
        }
        int end = dot + 1;
        while (end < t.length() && Character.isDigit(t.charAt(end))) {
            end++;
        }
        return end - dot - 1 <= 9 ? t : t.substring(0, dot + 10) + t.substring(end);
    }

    private static Object number(String t) {
        if (t.startsWith("0x")) {
            return Long.parseLong(t.substring(2), 16);
        }
        if (t.startsWith("0o")) {
            return Long.parseLong(t.substring(2), 8);
        }
        if (t.startsWith("0b")) {
            return Long.parseLong(t.substring(2), 2);
        }
        if (t.indexOf('.') >= 0 || t.indexOf('e') >= 0 || t.indexOf('E') >= 0) {
            return Double.parseDouble(t);
        }
        return Long.parseLong(t);
    }
}
