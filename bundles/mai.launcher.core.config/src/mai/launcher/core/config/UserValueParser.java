package mai.launcher.core.config;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import mai.launcher.core.config.internal.Messages;
import mai.launcher.core.config.internal.Model;
import mai.launcher.core.config.internal.ValueConverter;

/**
 * Reads text a person typed (e.g. on a command line {@code set bot.qq_account 123}) as a value of
 * the type the setting already has. Strings are taken as typed; numbers, booleans, dates, arrays
 * and inline tables are written in TOML syntax. Text that does not fit is refused with a sentence
 * that names the setting, e.g. "bot.qq_account is an integer; "abc" is not a whole number."
 */
public final class UserValueParser {

    private UserValueParser() {
    }

    /**
     * Parses typed text into a value of the given type.
     *
     * @param name the setting's display name for messages, e.g. {@code bot.qq_account}
     * @param type the type the value must have
     * @param text what the person typed
     * @return the value
     * @throws ConfigException when the text does not fit the type
     */
    public static ConfigValue parse(String name, ValueType type, String text) throws ConfigException {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        return switch (type) {
            case STRING -> ConfigValue.of(text);
            case BOOLEAN -> bool(name, text);
            case FLOAT -> floating(name, text);
            case TABLE, ARRAY_OF_TABLES -> throw new ConfigException(
                    Messages.format(Messages.parse_tableNotSettable, name));
            default -> typed(name, type, text);
        };
    }

    private static ConfigValue bool(String name, String text) throws ConfigException {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.equals("true") || t.equals("false")) {
            return ConfigValue.of(t.equals("true"));
        }
        throw new ConfigException(Messages.format(Messages.parse_notBoolean, name, text));
    }

    private static ConfigValue floating(String name, String text) throws ConfigException {
        Optional<ConfigValue> v = toml(text);
        if (v.isPresent() && v.get() instanceof ConfigValue.IntegerValue i) {
            return ConfigValue.of((double) i.value());
        }
        if (v.isPresent() && v.get() instanceof ConfigValue.FloatValue) {
            return v.get();
        }
        throw new ConfigException(Messages.format(Messages.parse_notFloat, name, text));
    }

    private static ConfigValue typed(String name, ValueType type, String text) throws ConfigException {
        Optional<ConfigValue> v = toml(text);
        if (v.isPresent() && v.get().type() == type) {
            return v.get();
        }
        String message = switch (type) {
            case INTEGER -> Messages.parse_notInteger;
            case OFFSET_DATE_TIME -> Messages.parse_notOffsetDateTime;
            case LOCAL_DATE_TIME -> Messages.parse_notLocalDateTime;
            case LOCAL_DATE -> Messages.parse_notLocalDate;
            case LOCAL_TIME -> Messages.parse_notLocalTime;
            case ARRAY -> Messages.parse_notArray;
            default -> Messages.parse_notInlineTable;
        };
        throw new ConfigException(Messages.format(message, name, text));
    }

    /** Reads the text as the value of a one-key TOML document, refusing anything more. */
    private static Optional<ConfigValue> toml(String text) {
        try {
            Model m = Model.parse("v = " + text.strip() + "\n", false);
            if (m.root().children().size() != 1) {
                return Optional.empty(); // e.g. "1\nother = 2" smuggling in a second key
            }
            return ValueConverter.get(m, TomlPath.of("v"));
        } catch (ConfigException e) {
            return Optional.empty();
        }
    }
}
