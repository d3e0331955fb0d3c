package mai.launcher.core.config.internal;

import java.util.List;

/**
 * A value as written in the source, with its exact span, so that an edit can replace exactly one
 * value and nothing around it.
 */
public sealed interface ValueNode permits ValueNode.Scalar, ValueNode.ArrayNode, ValueNode.InlineTableNode {

    /**
     * Offset of the first character.
     *
     * @return the offset
     */
    int start();

    /**
     * Offset after the last character.
     *
     * @return the offset
     */
    int end();

    /** How a scalar is written; strings keep their quoting style so edits can reuse it. */
    enum ScalarKind {
        /** {@code "text"} */
        BASIC_STRING,
        /** {@code 'text'} */
        LITERAL_STRING,
        /** {@code """text"""} */
        ML_BASIC_STRING,
        /** {@code '''text'''} */
        ML_LITERAL_STRING,
        /** a whole number in any base */
        INTEGER,
        /** a float, inf or nan */
        FLOAT,
        /** true or false */
        BOOLEAN,
        /** date, time, or both */
        DATE_TIME;

        /**
         * Tells whether this kind is one of the four string styles.
         *
         * @return true for strings
         */
        public boolean isString() {
            return ordinal() <= ML_LITERAL_STRING.ordinal();
        }
    }

    /**
     * A string, number, boolean or date/time.
     *
     * @param start   offset of the first character
     * @param end     offset after the last character
     * @param kind    how it is written
     * @param decoded the Java value: String, Long, Double, Boolean or a java.time type
     */
    record Scalar(int start, int end, ScalarKind kind, Object decoded) implements ValueNode {
    }

    /**
     * An array {@code [ ... ]}, possibly over several lines with comments between elements.
     *
     * @param start    offset of {@code [}
     * @param end      offset after {@code ]}
     * @param elements the elements in order
     */
    record ArrayNode(int start, int end, List<ValueNode> elements) implements ValueNode {
    }

    /**
     * An inline table {@code { k = v, ... }}.
     *
     * @param start   offset of <code>{</code>
     * @param end     offset after <code>}</code>
     * @param entries the entries in order
     */
    record InlineTableNode(int start, int end, List<InlineEntry> entries) implements ValueNode {
    }

    /**
     * One {@code key = value} inside an inline table.
     *
     * @param key   the (possibly dotted) key
     * @param value the value
     */
    record InlineEntry(List<KeyPart> key, ValueNode value) {
    }
}
