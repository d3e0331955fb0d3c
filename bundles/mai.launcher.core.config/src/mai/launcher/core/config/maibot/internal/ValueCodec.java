package mai.launcher.core.config.maibot.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import mai.launcher.core.config.ConfigException;
import mai.launcher.core.config.ConfigValue;
import mai.launcher.core.config.UserValueParser;
import mai.launcher.core.config.ValueType;
import mai.launcher.core.config.maibot.Generation;
import mai.launcher.core.config.maibot.ManagedKey;

/**
 * Turns file values into launcher values and back, keeping the type the file already uses: a QQ
 * number written as {@code "123"} stays a string, one written as {@code 123} stays an integer.
 */
public final class ValueCodec {

    private static final String WHITELIST = "whitelist"; //$NON-NLS-1$
    private static final String BLACKLIST = "blacklist"; //$NON-NLS-1$

    private ValueCodec() {
    }

    /**
     * Reads a value as text: strings as they are, numbers in decimal, lists by their first element.
     *
     * @param v the file value
     * @return the text, or empty for other types
     */
    public static Optional<String> text(ConfigValue v) {
        if (v instanceof ConfigValue.StringValue s) {
            return Optional.of(s.value());
        }
        if (v instanceof ConfigValue.IntegerValue i) {
            return Optional.of(Long.toString(i.value()));
        }
        if (v instanceof ConfigValue.ArrayValue a && !a.elements().isEmpty()) {
            return text(a.elements().get(0));
        }
        return Optional.empty();
    }

    /**
     * Reads a port.
     *
     * @param v the file value (integer or digits)
     * @return the port, or empty when the value is no number
     */
    public static OptionalInt port(ConfigValue v) {
        if (v instanceof ConfigValue.ArrayValue) {
            return OptionalInt.empty();
        }
        return text(v).map(ValueCodec::portOf).orElse(OptionalInt.empty());
    }

    /**
     * Reads a port from text.
     *
     * @param text e.g. {@code 8000}
     * @return the port, or empty when the text is no port number
     */
    public static OptionalInt portOf(String text) {
        String t = text.strip();
        if (!t.matches("\\d{1,5}") || Integer.parseInt(t) < 1 || Integer.parseInt(t) > 65535) { //$NON-NLS-1$
            return OptionalInt.empty();
        }
        return OptionalInt.of(Integer.parseInt(t));
    }

    /**
     * Reads a flag.
     *
     * @param v the file value
     * @return the truth value, or empty when it is no boolean
     */
    public static Optional<Boolean> flag(ConfigValue v) {
        return v instanceof ConfigValue.BooleanValue b ? Optional.of(b.value()) : Optional.empty();
    }

    /**
     * Reads a list of ids or addresses; a single string reads as a list of one.
     *
     * @param v the file value
     * @return the elements as text
     */
    public static List<String> list(ConfigValue v) {
        if (v instanceof ConfigValue.ArrayValue a) {
            List<String> out = new ArrayList<>();
            a.elements().forEach(e -> text(e).ifPresent(out::add));
            return List.copyOf(out);
        }
        return text(v).map(List::of).orElse(List.of());
    }

    /**
     * Builds the value to write for a managed key from text.
     *
     * @param key      the key
     * @param existing the value the file has now
     * @param text     the new value as text
     * @return the value in the file's type
     * @throws ConfigException when the text does not fit the key
     */
    public static ConfigValue encode(ManagedKey key, ConfigValue existing, String text) throws ConfigException {
        String name = key.path().toString();
        return switch (key.kind()) {
            case ACCOUNT -> account(name, existing, text);
            case PORT -> port(name, existing, text);
            case FLAG -> UserValueParser.parse(name, ValueType.BOOLEAN, text);
            case LIST_MODE -> listMode(name, text);
            case HOSTS -> existing instanceof ConfigValue.ArrayValue ? ConfigValue.array(ConfigValue.of(text))
                    : ConfigValue.of(text);
            case ID_LIST -> throw new IllegalArgumentException(name + " is a list"); //$NON-NLS-1$
            default -> UserValueParser.parse(name, existing.type() == ValueType.INTEGER ? ValueType.INTEGER
                    : ValueType.STRING, text);
        };
    }

    /**
     * Builds a list value for a managed list key.
     *
     * @param key        the key ({@code ID_LIST} or {@code HOSTS})
     * @param existing   the value the file has now
     * @param generation decides the element type of an empty id list (0.x integers, 1.x strings)
     * @param values     the new elements
     * @return the value in the file's type
     * @throws ConfigException when an element does not fit
     */
    public static ConfigValue encodeList(ManagedKey key, ConfigValue existing, Generation generation,
            List<String> values) throws ConfigException {
        String name = key.path().toString();
        if (key.kind() == ManagedKey.Kind.HOSTS) {
            if (existing instanceof ConfigValue.ArrayValue) {
                return new ConfigValue.ArrayValue(values.stream().map(ConfigValue::of).toList());
            }
            if (values.size() != 1) {
                throw new ConfigException(Messages.format(Messages.settings_singleHost, name));
            }
            return ConfigValue.of(values.get(0));
        }
        boolean integers = elementsAreIntegers(existing, generation);
        List<ConfigValue> out = new ArrayList<>();
        for (String v : values) {
            String digits = digits(name, v, false);
            out.add(integers ? ConfigValue.of(Long.parseLong(digits)) : ConfigValue.of(digits));
        }
        return new ConfigValue.ArrayValue(out);
    }

    private static boolean elementsAreIntegers(ConfigValue existing, Generation generation) {
        if (existing instanceof ConfigValue.ArrayValue a && !a.elements().isEmpty()) {
            return a.elements().get(0) instanceof ConfigValue.IntegerValue;
        }
        return generation == Generation.V0; // 0.x adapter: list[int]; 1.x plugin: List[str]
    }

    private static ConfigValue account(String name, ConfigValue existing, String text) throws ConfigException {
        boolean integer = existing instanceof ConfigValue.IntegerValue;
        String digits = digits(name, text, !integer);
        return integer ? ConfigValue.of(Long.parseLong(digits)) : ConfigValue.of(digits);
    }

    private static ConfigValue port(String name, ConfigValue existing, String text) throws ConfigException {
        String t = text.strip();
        if (portOf(t).isEmpty()) {
            throw new ConfigException(Messages.format(Messages.settings_badPort, name, text));
        }
        return existing instanceof ConfigValue.StringValue ? ConfigValue.of(t) : ConfigValue.of(Long.parseLong(t));
    }

    private static ConfigValue listMode(String name, String text) throws ConfigException {
        String t = text.strip();
        if (!t.equals(WHITELIST) && !t.equals(BLACKLIST)) {
            throw new ConfigException(Messages.format(Messages.settings_badListMode, name, text));
        }
        return ConfigValue.of(t);
    }

    private static String digits(String name, String text, boolean emptyAllowed) throws ConfigException {
        String t = text.strip();
        if (t.isEmpty() && emptyAllowed) {
            return t;
        }
        if (!t.matches("\\d{1,18}")) { //$NON-NLS-1$
            throw new ConfigException(Messages.format(Messages.settings_badNumber, name, text));
        }
        return t;
    }
}
