package mai.launcher.core.config.tests;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.function.Predicate;

import mai.launcher.core.config.ConfigException;
import mai.launcher.core.config.ConfigValue;
import mai.launcher.core.config.TomlDocument;
import mai.launcher.core.config.TomlPath;

/**
 * One logical edit of a {@link TomlDocument}, with what it must do to the data and which part of
 * the text it may touch. {@link EditCheck} applies it and verifies both.
 *
 * <p><b>The span rule</b> (everything outside the span must stay byte for byte; offsets are in
 * the text before the edit, found with the independent {@link TextMap}; a text without final
 * newline is compared as if it had one, and the presence of the final newline is checked on its own):
 * <ul>
 * <li>{@code set(p, v)}: only the value of the key/value statement that holds {@code p} changes
 * (the text from the value's first to its last character); the key, the spacing around
 * {@code =}, the trailing comment and the line ending stay.</li>
 * <li>{@code removeKey(p)}: for a key/value statement, exactly its lines (indentation to line
 * ending, all lines of a multi-line value) disappear (the last statement of a text without final
 * newline may take the blank lines directly above it); for an array element or inline-table
 * entry, only the owning value changes, as for {@code set}.</li>
 * <li>{@code addKey(t, k, v)}: into an inline table, only that value changes; otherwise complete
 * lines are inserted at one statement boundary, which for a table with a header lies between the
 * end of its header line and the next header, and for the root table before the first header.</li>
 * <li>{@code addTable}, {@code appendTableArrayElement}: complete lines are inserted at one
 * statement boundary.</li>
 * <li>{@code removeTable}, {@code removeTableWithSubTables}, {@code removeTableArrayElement}:
 * one run of complete statements disappears; it holds the table's (element's) header, no other
 * header except, where sub-tables go too, those below the table's path, and no key/value line
 * before that header.</li>
 * <li>{@code moveTableArrayElement(a, i, j)}: only the lines from the comment block above the
 * header of element min(i, j) up to the next header after element max(i, j)'s family change,
 * and those lines are only reordered (same lines, same count).</li>
 * </ul>
 */
sealed interface Edit {

    /** Applies the edit to a document. */
    void apply(TomlDocument d) throws ConfigException;

    /**
     * Applies the logical change to data.
     *
     * @param data   the data before the edit, changed in place
     * @param before the map of the text before the edit
     */
    void expect(Object data, TextMap before);

    /**
     * Checks that the edit kept to its span.
     *
     * @param tm the map of {@code b}
     * @param b  the text before (normalised: no BOM, final newline)
     * @param a  the text after (normalised)
     * @return null when fine, else what is wrong
     */
    String checkSpan(TextMap tm, String b, String a);

    /**
     * Tells whether the engine may refuse this otherwise valid edit (a documented limit).
     *
     * @param message the refusal message
     * @return true for documented refusals
     */
    default boolean refusalAllowed(String message) {
        return false;
    }

    // ---------------------------------------------------------------- edits

    record Set(List<Object> path, ConfigValue value) implements Edit {
        @Override
        public void apply(TomlDocument d) throws ConfigException {
            d.set(Data.tomlPath(path), value);
        }

        @Override
        public void expect(Object data, TextMap before) {
            Data.put(data, path, Data.of(value));
        }

        @Override
        public String checkSpan(TextMap tm, String b, String a) {
            TextMap.Stmt s = tm.owner(path);
            return Spans.replacedWithin(b, a, s.valueStart(), s.valueEnd());
        }

        @Override
        public boolean refusalAllowed(String message) {
            return message.contains("written as dotted keys"); // e.g. a.b of a = {b.c = 1}
        }

        @Override
        public String toString() {
            return "set(" + Data.tomlPath(path) + ", " + Show.value(value) + ")";
        }
    }

    record AddKey(List<Object> table, String key, ConfigValue value) implements Edit {
        @Override
        public void apply(TomlDocument d) throws ConfigException {
            d.addKey(Data.tomlPath(table), key, value);
        }

        @Override
        public void expect(Object data, TextMap before) {
            Data.table(data, table, false).put(key, Data.of(value));
        }

        @Override
        public String checkSpan(TextMap tm, String b, String a) {
            TextMap.Stmt owner = tm.owner(table);
            if (owner != null) {
                return Spans.replacedWithin(b, a, owner.valueStart(), owner.valueEnd());
            }
            TextMap.Stmt header = tm.header(table);
            IntPredicate where;
            if (table.isEmpty()) {
                int first = tm.nextHeaderStart(0);
                where = p -> p <= first;
            } else if (header != null) {
                int next = tm.nextHeaderStart(header.end());
                where = p -> p >= header.end() && p <= next;
            } else {
                where = p -> true;
            }
            return Spans.insertedLines(tm, b, a, where);
        }

        @Override
        public boolean refusalAllowed(String message) {
            return scattered(message);
        }

        @Override
        public String toString() {
            return "addKey(" + Data.tomlPath(table) + ", " + Show.string(key) + ", " + Show.value(value) + ")";
        }
    }

    record RemoveKey(List<Object> path) implements Edit {
        @Override
        public void apply(TomlDocument d) throws ConfigException {
            d.removeKey(Data.tomlPath(path));
        }

        @Override
        public void expect(Object data, TextMap before) {
            Data.remove(data, path);
            if (before.owner(path).path().equals(path)) {
                prune(data, path.subList(0, path.size() - 1), before, p -> false);
            } else {
                // a table made only of dotted inline keys ({b.c = 1}) disappears with its last key
                List<Object> p = new ArrayList<>(path.subList(0, path.size() - 1));
                while (before.impliedInline(p) && Data.get(data, p) instanceof Map<?, ?> m && m.isEmpty()) {
                    Data.remove(data, p);
                    p.remove(p.size() - 1);
                }
            }
        }

        @Override
        public String checkSpan(TextMap tm, String b, String a) {
            TextMap.Stmt s = tm.owner(path);
            if (s.path().equals(path)) {
                int from = s.start();
                if (s.end() == b.length()) {
                    // the last statement of a text without final newline also takes the blank
                    // lines above it (the text ends where the statement before them ends)
                    int i = tm.indexOf(s);
                    while (i > 0 && tm.stmts.get(i - 1).kind() == TextMap.Kind.BLANK) {
                        i--;
                    }
                    if (a.length() == tm.stmts.get(i).start()) {
                        from = tm.stmts.get(i).start();
                    }
                }
                return Spans.removedExactly(b, a, from, s.end());
            }
            return Spans.replacedWithin(b, a, s.valueStart(), s.valueEnd());
        }

        @Override
        public boolean refusalAllowed(String message) {
            // an entry of a dotted inline key, or a table made of dotted inline keys
            return message.contains("cannot be removed on its own") || message.contains("written as dotted keys");
        }

        @Override
        public String toString() {
            return "removeKey(" + Data.tomlPath(path) + ")";
        }
    }

    record AddTable(List<Object> path, Map<String, ConfigValue> values) implements Edit {
        @Override
        public void apply(TomlDocument d) throws ConfigException {
            d.addTable(Data.tomlPath(path), values);
        }

        @Override
        public void expect(Object data, TextMap before) {
            Map<String, Object> t = Data.table(data, path, true);
            values.forEach((k, v) -> t.put(k, Data.of(v)));
        }

        @Override
        public String checkSpan(TextMap tm, String b, String a) {
            return Spans.insertedLines(tm, b, a, p -> true);
        }

        @Override
        public String toString() {
            return "addTable(" + Data.tomlPath(path) + ", " + Show.map(values) + ")";
        }
    }

    record RemoveTable(List<Object> path, boolean withSubTables) implements Edit {
        @Override
        public void apply(TomlDocument d) throws ConfigException {
            if (withSubTables) {
                d.removeTableWithSubTables(Data.tomlPath(path));
            } else {
                d.removeTable(Data.tomlPath(path));
            }
        }

        private boolean isElement() {
            return path.get(path.size() - 1) instanceof Integer;
        }

        @Override
        public void expect(Object data, TextMap before) {
            if (isElement()) {
                new RemoveElement(path.subList(0, path.size() - 1), (Integer) path.get(path.size() - 1))
                        .expect(data, before);
                return;
            }
            Map<String, Object> t = Data.table(data, path, false);
            if (!withSubTables) {
                t.keySet().removeIf(k -> !hasSubHeader(before, path, k));
            }
            List<Object> parent = path.subList(0, path.size() - 1);
            if (withSubTables || t.isEmpty()) {
                Data.remove(data, path);
            }
            prune(data, parent, before, p -> TextMap.startsWith(p, path));
        }

        private static boolean hasSubHeader(TextMap tm, List<Object> table, String child) {
            List<Object> sub = new ArrayList<>(table);
            sub.add(child);
            return tm.stmts.stream().anyMatch(s -> s.isHeader() && TextMap.startsWith(s.path(), sub));
        }

        @Override
        public String checkSpan(TextMap tm, String b, String a) {
            TextMap.Stmt header = tm.header(path);
            boolean family = withSubTables || isElement();
            return Spans.removedStatements(tm, b, a, header,
                    p -> p.equals(path) || family && TextMap.startsWith(p, path));
        }

        @Override
        public boolean refusalAllowed(String message) {
            return scattered(message);
        }

        @Override
        public String toString() {
            return (withSubTables ? "removeTableWithSubTables(" : "removeTable(") + Data.tomlPath(path) + ")";
        }
    }

    record Append(List<Object> array, Map<String, ConfigValue> values) implements Edit {
        @Override
        public void apply(TomlDocument d) throws ConfigException {
            int index = d.appendTableArrayElement(Data.tomlPath(array), values);
            if (index != d.tableArray(Data.tomlPath(array)).size() - 1) {
                throw new AssertionError("appendTableArrayElement returned " + index);
            }
        }

        @Override
        @SuppressWarnings("unchecked")
        public void expect(Object data, TextMap before) {
            Map<String, Object> element = new LinkedHashMap<>();
            values.forEach((k, v) -> element.put(k, Data.of(v)));
            Object list = Data.get(data, array);
            if (list == null) {
                Data.table(data, array.subList(0, array.size() - 1), true)
                        .put((String) array.get(array.size() - 1), new ArrayList<>(List.of(element)));
            } else {
                ((List<Object>) list).add(element);
            }
        }

        @Override
        public String checkSpan(TextMap tm, String b, String a) {
            return Spans.insertedLines(tm, b, a, p -> true);
        }

        @Override
        public boolean refusalAllowed(String message) {
            return scattered(message);
        }

        @Override
        public String toString() {
            return "appendTableArrayElement(" + Data.tomlPath(array) + ", " + Show.map(values) + ")";
        }
    }

    record RemoveElement(List<Object> array, int index) implements Edit {
        @Override
        public void apply(TomlDocument d) throws ConfigException {
            d.removeTableArrayElement(Data.tomlPath(array), index);
        }

        @Override
        public void expect(Object data, TextMap before) {
            List<?> list = (List<?>) Data.get(data, array);
            list.remove(index);
            if (list.isEmpty()) {
                Data.remove(data, array);
                prune(data, array.subList(0, array.size() - 1), before, p -> TextMap.startsWith(p, array));
            }
        }

        @Override
        public String checkSpan(TextMap tm, String b, String a) {
            List<Object> element = element(array, index);
            return Spans.removedStatements(tm, b, a, tm.header(element), p -> TextMap.startsWith(p, element));
        }

        @Override
        public boolean refusalAllowed(String message) {
            return scattered(message);
        }

        @Override
        public String toString() {
            return "removeTableArrayElement(" + Data.tomlPath(array) + ", " + index + ")";
        }
    }

    record Move(List<Object> array, int from, int to) implements Edit {
        @Override
        public void apply(TomlDocument d) throws ConfigException {
            d.moveTableArrayElement(Data.tomlPath(array), from, to);
        }

        @Override
        @SuppressWarnings("unchecked")
        public void expect(Object data, TextMap before) {
            List<Object> list = (List<Object>) Data.get(data, array);
            list.add(to, list.remove(from));
        }

        @Override
        public String checkSpan(TextMap tm, String b, String a) {
            TextMap.Stmt lo = tm.header(element(array, Math.min(from, to)));
            int i = tm.indexOf(lo);
            while (i > 0 && tm.stmts.get(i - 1).kind() == TextMap.Kind.COMMENT) {
                i--;
            }
            int start = tm.stmts.get(i).start();
            List<Object> hi = element(array, Math.max(from, to));
            int end = b.length();
            for (TextMap.Stmt s : tm.stmts) {
                if (s.isHeader() && s.start() > tm.header(hi).start() && !TextMap.startsWith(s.path(), hi)) {
                    end = s.start();
                    break;
                }
            }
            return Spans.reordered(b, a, start, end);
        }

        @Override
        public boolean refusalAllowed(String message) {
            return scattered(message);
        }

        @Override
        public String toString() {
            return "moveTableArrayElement(" + Data.tomlPath(array) + ", " + from + ", " + to + ")";
        }
    }

    /**
     * Text a person typed for an existing value ({@code setFromText}). Expected: strings as typed,
     * booleans case-insensitive, whole numbers accepted for floats, everything else what tomllib
     * reads after {@code v = }.
     */
    record SetTyped(List<Object> path, String text) implements Edit {
        @Override
        public void apply(TomlDocument d) throws ConfigException {
            d.setFromText(Data.tomlPath(path), text);
        }

        @Override
        @SuppressWarnings("unchecked")
        public void expect(Object data, TextMap before) {
            Object current = Data.get(data, path);
            String type = current instanceof Data.Scalar sc ? sc.type() : "";
            Object value = switch (type) {
                case "string" -> new Data.Scalar("string", text);
                case "bool" -> new Data.Scalar("bool", text.strip().toLowerCase(java.util.Locale.ROOT));
                default -> {
                    PyToml.Result r = PyToml.parse("v = " + text.strip() + "\n");
                    if (!r.ok()) {
                        throw new AssertionError("test bug: tomllib rejects " + Show.string(text) + ": " + r.error());
                    }
                    Object v = ((Map<String, Object>) r.data()).get("v");
                    yield type.equals("float") && v instanceof Data.Scalar i && i.type().equals("integer")
                            ? new Data.Scalar("float", Data.canonFloat(Double.parseDouble(i.value()))) : v;
                }
            };
            Data.put(data, path, value);
        }

        @Override
        public String checkSpan(TextMap tm, String b, String a) {
            TextMap.Stmt s = tm.owner(path);
            return Spans.replacedWithin(b, a, s.valueStart(), s.valueEnd());
        }

        @Override
        public String toString() {
            return "setFromText(" + Data.tomlPath(path) + ", " + Show.string(text) + ")";
        }
    }

    /** Typed text for an existing value; only used for text the engine must refuse. */
    record SetText(List<Object> path, String text) implements Edit {
        @Override
        public void apply(TomlDocument d) throws ConfigException {
            d.setFromText(Data.tomlPath(path), text);
        }

        @Override
        public void expect(Object data, TextMap before) {
            throw new UnsupportedOperationException("only used for refused edits");
        }

        @Override
        public String checkSpan(TextMap tm, String b, String a) {
            throw new UnsupportedOperationException("only used for refused edits");
        }

        @Override
        public String toString() {
            return "setFromText(" + Data.tomlPath(path) + ", " + Edit.Show.string(text) + ")";
        }
    }

    // ---------------------------------------------------------------- helpers

    /** The documented refusal for sub-tables that are not directly below their table. */
    private static boolean scattered(String message) {
        return message.contains("further down the file") || message.contains("further up the file");
    }

    private static List<Object> element(List<Object> array, int index) {
        List<Object> p = new ArrayList<>(array);
        p.add(index);
        return p;
    }

    /**
     * Drops tables that became empty and are no longer written anywhere: no header (other than
     * removed ones) and not inside a value. Such a table only existed through what was removed.
     */
    private static void prune(Object data, List<Object> table, TextMap before, Predicate<List<Object>> removed) {
        List<Object> p = new ArrayList<>(table);
        while (!p.isEmpty()) {
            if (!(Data.get(data, p) instanceof Map<?, ?> m) || !m.isEmpty() || p.get(p.size() - 1) instanceof Integer) {
                return;
            }
            TextMap.Stmt h = before.header(p);
            if (h != null && !removed.test(p) || before.owner(p) != null) {
                return;
            }
            Data.remove(data, p);
            p.remove(p.size() - 1);
        }
    }

    /** Readable, reproducible forms of values for failure reports. */
    final class Show {
        private Show() {
        }

        static String string(String s) {
            StringBuilder sb = new StringBuilder("\"");
            s.codePoints().forEach(c -> {
                if (c == '"' || c == '\\') {
                    sb.append('\\').appendCodePoint(c);
                } else if (c == '\n') {
                    sb.append("\\n");
                } else if (c < 0x20 || c == 0x7F || c >= 0xD800 && c <= 0xDFFF || c == 0xFEFF || c == 0x2028) {
                    sb.append(String.format("\\u%04X", c));
                } else {
                    sb.appendCodePoint(c);
                }
            });
            return sb.append('"').toString();
        }

        static String value(ConfigValue v) {
            return switch (v) {
                case ConfigValue.StringValue s -> string(s.value());
                case ConfigValue.IntegerValue i -> i.value() + "L";
                case ConfigValue.FloatValue f -> Data.canonFloat(f.value());
                case ConfigValue.BooleanValue b -> String.valueOf(b.value());
                case ConfigValue.ArrayValue a -> a.elements().stream().map(Show::value).toList().toString();
                case ConfigValue.TableValue t -> map(t.entries());
                case ConfigValue.OffsetDateTimeValue t -> t.value().toString();
                case ConfigValue.LocalDateTimeValue t -> t.value().toString();
                case ConfigValue.LocalDateValue t -> t.value().toString();
                case ConfigValue.LocalTimeValue t -> t.value().toString();
            };
        }

        static String map(Map<String, ConfigValue> m) {
            StringBuilder sb = new StringBuilder("{");
            m.forEach((k, v) -> sb.append(sb.length() > 1 ? ", " : "").append(string(k)).append("=").append(value(v)));
            return sb.append('}').toString();
        }
    }

    /** TomlPath helper for generators. */
    static TomlPath tp(List<Object> p) {
        return Data.tomlPath(p);
    }
}
