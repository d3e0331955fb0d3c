package mai.launcher.cli.internal;

import java.util.Map;
import java.util.stream.Collectors;

import mai.launcher.core.config.ConfigValue;

/**
 * A TOML value as the command line prints it: strings as they are (for scripts), other scalars as TOML writes
 * them, arrays and tables as JSON; or everything as JSON.
 */
final class ValueText {

    private ValueText() {
    }

    static String plain(ConfigValue value) {
        return value instanceof ConfigValue.StringValue string ? string.value() : json(value);
    }

    static String json(ConfigValue value) {
        return switch (value) {
            case ConfigValue.StringValue v -> quote(v.value());
            case ConfigValue.IntegerValue v -> String.valueOf(v.value());
            case ConfigValue.FloatValue v -> Double.isFinite(v.value()) ? String.valueOf(v.value())
                    : quote(String.valueOf(v.value()));
            case ConfigValue.BooleanValue v -> String.valueOf(v.value());
            case ConfigValue.ArrayValue v -> v.elements().stream().map(ValueText::json)
                    .collect(Collectors.joining(", ", "[", "]")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            case ConfigValue.TableValue v -> v.entries().entrySet().stream().map(ValueText::entry)
                    .collect(Collectors.joining(", ", "{", "}")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            case ConfigValue.OffsetDateTimeValue v -> quote(v.value().toString());
            case ConfigValue.LocalDateTimeValue v -> quote(v.value().toString());
            case ConfigValue.LocalDateValue v -> quote(v.value().toString());
            case ConfigValue.LocalTimeValue v -> quote(v.value().toString());
        };
    }

    private static String entry(Map.Entry<String, ConfigValue> entry) {
        return quote(entry.getKey()) + ": " + json(entry.getValue()); //$NON-NLS-1$
    }

    static String quote(String text) {
        StringBuilder out = new StringBuilder("\""); //$NON-NLS-1$
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\""); //$NON-NLS-1$
                case '\\' -> out.append("\\\\"); //$NON-NLS-1$
                case '\n' -> out.append("\\n"); //$NON-NLS-1$
                case '\r' -> out.append("\\r"); //$NON-NLS-1$
                case '\t' -> out.append("\\t"); //$NON-NLS-1$
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c)); //$NON-NLS-1$
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
