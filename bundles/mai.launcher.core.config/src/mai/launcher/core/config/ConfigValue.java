package mai.launcher.core.config;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A TOML value read from, or to be written into, a document. Values are immutable; tables keep
 * their keys in document order.
 */
public sealed interface ConfigValue {

    /**
     * Tells the TOML kind of this value.
     *
     * @return the type
     */
    ValueType type();

    /**
     * Text.
     *
     * @param value the decoded text (escapes resolved)
     */
    record StringValue(String value) implements ConfigValue {
        /**
         * Creates the value.
         *
         * @param value the text
         */
        public StringValue {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public ValueType type() {
            return ValueType.STRING;
        }
    }

    /**
     * A whole number.
     *
     * @param value the number
     */
    record IntegerValue(long value) implements ConfigValue {
        @Override
        public ValueType type() {
            return ValueType.INTEGER;
        }
    }

    /**
     * A floating point number.
     *
     * @param value the number, may be infinite or NaN
     */
    record FloatValue(double value) implements ConfigValue {
        @Override
        public ValueType type() {
            return ValueType.FLOAT;
        }
    }

    /**
     * true or false.
     *
     * @param value the truth value
     */
    record BooleanValue(boolean value) implements ConfigValue {
        @Override
        public ValueType type() {
            return ValueType.BOOLEAN;
        }
    }

    /**
     * Date and time with offset.
     *
     * @param value the moment
     */
    record OffsetDateTimeValue(OffsetDateTime value) implements ConfigValue {
        /**
         * Creates the value.
         *
         * @param value the moment
         */
        public OffsetDateTimeValue {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public ValueType type() {
            return ValueType.OFFSET_DATE_TIME;
        }
    }

    /**
     * Date and time without offset.
     *
     * @param value the date and time
     */
    record LocalDateTimeValue(LocalDateTime value) implements ConfigValue {
        /**
         * Creates the value.
         *
         * @param value the date and time
         */
        public LocalDateTimeValue {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public ValueType type() {
            return ValueType.LOCAL_DATE_TIME;
        }
    }

    /**
     * A date.
     *
     * @param value the date
     */
    record LocalDateValue(LocalDate value) implements ConfigValue {
        /**
         * Creates the value.
         *
         * @param value the date
         */
        public LocalDateValue {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public ValueType type() {
            return ValueType.LOCAL_DATE;
        }
    }

    /**
     * A time of day.
     *
     * @param value the time
     */
    record LocalTimeValue(LocalTime value) implements ConfigValue {
        /**
         * Creates the value.
         *
         * @param value the time
         */
        public LocalTimeValue {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public ValueType type() {
            return ValueType.LOCAL_TIME;
        }
    }

    /**
     * A list of values ({@code [1, 2]}) or the elements of an array of tables.
     *
     * @param elements the elements, in order
     */
    record ArrayValue(List<ConfigValue> elements) implements ConfigValue {
        /**
         * Creates the value.
         *
         * @param elements the elements, copied
         */
        public ArrayValue {
            elements = List.copyOf(Objects.requireNonNull(elements, "elements"));
        }

        @Override
        public ValueType type() {
            return ValueType.ARRAY;
        }
    }

    /**
     * A table: keys in document order.
     *
     * @param entries the keys and their values, copied with order kept
     * @param inline  true for a one-line {@code { }} table; false for a [header] table
     */
    record TableValue(Map<String, ConfigValue> entries, boolean inline) implements ConfigValue {
        /**
         * Creates the table.
         *
         * @param entries the keys and values
         * @param inline  whether the table is written with { }
         */
        public TableValue {
            Objects.requireNonNull(entries, "entries");
            entries.forEach((k, v) -> Objects.requireNonNull(v, k));
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        /**
         * Looks up a key.
         *
         * @param key the key name
         * @return the value, or empty when the key is absent
         */
        public Optional<ConfigValue> get(String key) {
            return Optional.ofNullable(entries.get(Objects.requireNonNull(key, "key")));
        }

        @Override
        public ValueType type() {
            return inline ? ValueType.INLINE_TABLE : ValueType.TABLE;
        }
    }

    /**
     * Creates a text value.
     *
     * @param value the text
     * @return the value
     */
    static ConfigValue of(String value) {
        return new StringValue(value);
    }

    /**
     * Creates a whole-number value.
     *
     * @param value the number
     * @return the value
     */
    static ConfigValue of(long value) {
        return new IntegerValue(value);
    }

    /**
     * Creates a floating point value.
     *
     * @param value the number
     * @return the value
     */
    static ConfigValue of(double value) {
        return new FloatValue(value);
    }

    /**
     * Creates a boolean value.
     *
     * @param value the truth value
     * @return the value
     */
    static ConfigValue of(boolean value) {
        return new BooleanValue(value);
    }

    /**
     * Creates an array value.
     *
     * @param elements the elements
     * @return the value
     */
    static ConfigValue array(ConfigValue... elements) {
        return new ArrayValue(List.of(elements));
    }

    /**
     * Creates an inline table from key/value pairs in order.
     *
     * @param entries the keys and values
     * @return the value
     */
    static TableValue inlineTable(Map<String, ConfigValue> entries) {
        return new TableValue(entries, true);
    }
}
