package mai.launcher.core.config.tests;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import mai.launcher.core.config.ConfigValue;

/** Test values that are hard to write correctly: quoting, escapes, Unicode, extremes. */
final class Values {

    /** Strings that need care: quotes, backslashes, Unicode, line breaks, control characters. */
    static final List<String> STRINGS = List.of(
            "plain", "", "with \"double\" quotes", "back\\slash", "C:\\Users\\mai\\bot", "unicode 麦麦 ✓ é",
            "emoji 😀 and 𝄞", "line1\nline2", "\nleading newline", "trailing newline\n", "crlf\r\nline",
            "tab\there", "ctrl \u0001\u001f\u007f end", "'single'", "'''triple single'''",
            "\"\"\"triple double\"\"\"", "ends with quote\"", "ends with two quotes\"\"", "ends with apostrophe'",
            "# not a comment", "key = value", "[not.a.table]", "\\n is not a newline", "combining e\u0301",
            "line\u2028separator", "zero\u200bwidth", "regex ^(?P<n>\\S{1,20})$", "a\"\"\"b", "x'''y",
            "多行\n中文\n文本", "\\", "\"", "\b\f backspace formfeed", "bell\u0007", "line end \\\nnext");

    /** Key names that need quoting or are unusual. */
    static final List<String> KEYS = List.of(
            "new_key", "k-1", "123", "true", "带中文", "with space", "dot.ted", "quote\"d", "back\\slash",
            "tab\tkey", "emoji😀", "nl\nkey", "'apos'", "", "CamelCase", "a=b", "#hash", "[br]");

    private Values() {
    }

    /**
     * A different value of the same TOML type as a current scalar.
     *
     * @param current a {@link Data.Scalar}
     * @param n       a counter choosing the value deterministically
     * @return the value
     */
    static ConfigValue sameType(Data.Scalar current, int n) {
        ConfigValue v = switch (current.type()) {
            case "string" -> ConfigValue.of(STRINGS.get(Math.floorMod(n, STRINGS.size())));
            case "integer" -> ConfigValue.of(ints().get(Math.floorMod(n, ints().size())));
            case "float" -> ConfigValue.of(floats().get(Math.floorMod(n, floats().size())));
            case "bool" -> ConfigValue.of(!current.value().equals("true"));
            case "datetime" -> new ConfigValue.OffsetDateTimeValue(OffsetDateTime.of(2024, 5, 27, 7, n % 60, 0,
                    n % 3 == 0 ? 0 : 123_456_000, ZoneOffset.ofHoursMinutes(n % 2 == 0 ? 8 : -5, n % 2 == 0 ? 0 : -30)));
            case "datetime-local" -> new ConfigValue.LocalDateTimeValue(LocalDateTime.of(1999, 12, 31, 23, 59, n % 60));
            case "date-local" -> new ConfigValue.LocalDateValue(LocalDate.of(2000 + n % 100, 2, 28 - n % 2));
            case "time-local" -> new ConfigValue.LocalTimeValue(LocalTime.of(n % 24, 0, 0, n % 2 == 0 ? 0 : 500_000_000));
            default -> throw new IllegalArgumentException(current.type());
        };
        if (Data.of(v).equals(current)) {
            return sameType(current, n + 1);
        }
        return v;
    }

    static List<Long> ints() {
        return List.of(0L, -1L, 42L, Long.MAX_VALUE, Long.MIN_VALUE, 1_000_000L, 8080L, -17L);
    }

    static List<Double> floats() {
        return List.of(0.5, -0.0, 1e300, Double.MIN_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
                Double.NaN, 3.14159, -2.5e-7, 100.0, 1e16, 0.1 + 0.2);
    }

    /** Any value, at most {@code depth} levels of arrays and inline tables deep. */
    static ConfigValue any(Random r, int depth) {
        int kind = r.nextInt(depth > 0 ? 11 : 9);
        return switch (kind) {
            case 0, 1 -> ConfigValue.of(string(r));
            case 2 -> ConfigValue.of(ints().get(r.nextInt(ints().size())));
            case 3 -> ConfigValue.of(floats().get(r.nextInt(floats().size())));
            case 4 -> ConfigValue.of(r.nextBoolean());
            case 5 -> new ConfigValue.OffsetDateTimeValue(OffsetDateTime.of(1979, 5, 27, r.nextInt(24), r.nextInt(60),
                    r.nextInt(60), r.nextInt(3) * 250_000_000, ZoneOffset.ofHours(r.nextInt(25) - 12)));
            case 6 -> new ConfigValue.LocalDateTimeValue(LocalDateTime.of(2024, 1 + r.nextInt(12), 1 + r.nextInt(28),
                    r.nextInt(24), r.nextInt(60), r.nextInt(2) * 30));
            case 7 -> new ConfigValue.LocalDateValue(LocalDate.of(1 + r.nextInt(9999), 1 + r.nextInt(12), 1 + r.nextInt(28)));
            case 8 -> new ConfigValue.LocalTimeValue(LocalTime.of(r.nextInt(24), r.nextInt(60), r.nextInt(60),
                    r.nextInt(2) * 999_999_000));
            case 9 -> array(r, depth - 1);
            default -> ConfigValue.inlineTable(entries(r, depth - 1, r.nextInt(4)));
        };
    }

    static ConfigValue array(Random r, int depth) {
        List<ConfigValue> list = new ArrayList<>();
        int n = r.nextInt(4);
        boolean tables = r.nextInt(4) == 0;
        for (int i = 0; i < n; i++) {
            list.add(tables ? ConfigValue.inlineTable(entries(r, depth, 1 + r.nextInt(2))) : any(r, depth));
        }
        return new ConfigValue.ArrayValue(list);
    }

    /** Random keys (some needing quotes) with random values, in order. */
    static Map<String, ConfigValue> entries(Random r, int depth, int n) {
        Map<String, ConfigValue> m = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            m.put(key(r), any(r, Math.max(0, depth)));
        }
        return m;
    }

    static String string(Random r) {
        if (r.nextInt(3) == 0) {
            return STRINGS.get(r.nextInt(STRINGS.size())) + STRINGS.get(r.nextInt(STRINGS.size()));
        }
        return STRINGS.get(r.nextInt(STRINGS.size()));
    }

    static String key(Random r) {
        String k = KEYS.get(r.nextInt(KEYS.size()));
        return r.nextInt(3) == 0 ? k + r.nextInt(100) : k;
    }

    /** A key that the table does not have. */
    static String newKey(Random r, Map<?, ?> table) {
        String k = key(r);
        while (table.containsKey(k)) {
            k = k + "_" + r.nextInt(10);
        }
        return k;
    }
}
