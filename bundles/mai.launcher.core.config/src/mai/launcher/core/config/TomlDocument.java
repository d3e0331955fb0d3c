package mai.launcher.core.config;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import mai.launcher.core.config.internal.KeyEdits;
import mai.launcher.core.config.internal.Located;
import mai.launcher.core.config.internal.Messages;
import mai.launcher.core.config.internal.Model;
import mai.launcher.core.config.internal.PathResolver;
import mai.launcher.core.config.internal.TableArrayEdits;
import mai.launcher.core.config.internal.TableEdits;
import mai.launcher.core.config.internal.TextOps;
import mai.launcher.core.config.internal.Utf8;
import mai.launcher.core.config.internal.ValueConverter;

/**
 * A TOML document that can be edited without disturbing anything the edit is not about:
 * comments, blank lines, key order, quoting, multi-line strings, line endings, a byte order mark
 * and the final newline all stay byte for byte. Every edit is checked: if the result would not be
 * valid TOML 1.0, the edit throws and the document stays as it was.
 *
 * <p>Not thread-safe; confine a document to one thread (e.g. the UI thread) or synchronise.
 */
public final class TomlDocument {

    private static final String BOM = "\uFEFF";

    private Model model;

    private TomlDocument(Model model) {
        this.model = model;
    }

    /**
     * Parses a text. A leading U+FEFF is taken as byte order mark and kept for output.
     *
     * @param text the TOML text
     * @return the document
     * @throws ConfigException with line/column problems when the text is not valid TOML 1.0
     */
    public static TomlDocument parse(String text) throws ConfigException {
        Objects.requireNonNull(text, "text");
        boolean bom = text.startsWith(BOM);
        return new TomlDocument(Model.parse(bom ? text.substring(1) : text, bom));
    }

    /**
     * Parses file content, which must be UTF-8 (with or without byte order mark).
     *
     * @param bytes the file content
     * @return the document
     * @throws ConfigException when the bytes are not UTF-8 or not valid TOML 1.0
     */
    public static TomlDocument parse(byte[] bytes) throws ConfigException {
        return parse(Utf8.decode(Objects.requireNonNull(bytes, "bytes")));
    }

    /**
     * Returns the document text exactly as it would be written (byte order mark included).
     *
     * @return the text
     */
    @Override
    public String toString() {
        return model.bom() ? BOM + model.text() : model.text();
    }

    /**
     * Returns the document as UTF-8 file content.
     *
     * @return the bytes; unedited, equal to the parsed bytes
     */
    public byte[] toBytes() {
        return toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Tells whether the document starts with a UTF-8 byte order mark.
     *
     * @return true when a BOM is kept
     */
    public boolean hasByteOrderMark() {
        return model.bom();
    }

    /**
     * Returns the line ending used for inserted lines: the one of the file's first line break (kept
     * when edits remove every line break; LF for a file that never had one).
     *
     * @return {@code "\n"} or {@code "\r\n"}
     */
    public String lineEnding() {
        return model.eol();
    }

    /**
     * Reads a value.
     *
     * @param path where to read; the root path returns the whole document as a table
     * @return the value, or empty when nothing is there
     */
    public Optional<ConfigValue> get(TomlPath path) {
        return ValueConverter.get(model, Objects.requireNonNull(path, "path"));
    }

    /**
     * Tells the type of the value at a path; arrays of tables are {@link ValueType#ARRAY_OF_TABLES}.
     *
     * @param path where to look
     * @return the type, or empty when nothing is there
     */
    public Optional<ValueType> typeOf(TomlPath path) {
        Optional<Located> loc = PathResolver.resolve(model, Objects.requireNonNull(path, "path"));
        if (loc.isPresent() && loc.get() instanceof Located.TableArray) {
            return Optional.of(ValueType.ARRAY_OF_TABLES);
        }
        return get(path).map(ConfigValue::type);
    }

    /**
     * Lists the keys of a table or inline table in document order.
     *
     * @param table the table's path
     * @return the keys; empty when the path is not a table
     */
    public List<String> keys(TomlPath table) {
        return get(table).filter(v -> v instanceof ConfigValue.TableValue)
                .map(v -> List.copyOf(((ConfigValue.TableValue) v).entries().keySet())).orElse(List.of());
    }

    /**
     * Lists the elements of an array of tables ({@code [[name]]}).
     *
     * @param array the array's path
     * @return the elements in order; empty when the path is not an array of tables
     */
    public List<ConfigValue.TableValue> tableArray(TomlPath array) {
        if (typeOf(array).orElse(null) != ValueType.ARRAY_OF_TABLES) {
            return List.of();
        }
        return ((ConfigValue.ArrayValue) get(array).orElseThrow()).elements().stream()
                .map(ConfigValue.TableValue.class::cast).toList();
    }

    /**
     * Replaces an existing value. A string keeps its quoting style when the new text fits it;
     * the key, spacing and trailing comment stay.
     *
     * @param path  the value's path (may point into arrays and inline tables)
     * @param value the new value
     * @throws ConfigException when the path is missing, is a table, or the result is invalid
     */
    public void set(TomlPath path, ConfigValue value) throws ConfigException {
        Objects.requireNonNull(value, "value");
        commit(KeyEdits.set(model, Objects.requireNonNull(path, "path"), value));
    }

    /**
     * Replaces an existing value with text a person typed, read according to the current value's
     * type (see {@link UserValueParser}).
     *
     * @param path     the value's path
     * @param userText e.g. {@code 123}, {@code true}, {@code ["a", "b"]} or plain text for strings
     * @throws ConfigException when the path is missing or the text does not fit the type
     */
    public void setFromText(TomlPath path, String userText) throws ConfigException {
        Objects.requireNonNull(userText, "userText");
        ValueType type = typeOf(Objects.requireNonNull(path, "path")).orElseThrow(
                () -> new ConfigException(Messages.format(Messages.edit_notFound, path.toString())));
        set(path, UserValueParser.parse(path.toString(), type, userText));
    }

    /**
     * Adds a key after the table's last key (and the comment lines that explain it).
     *
     * @param table the table's path ({@link TomlPath#ROOT} for top-level keys); may be an inline table
     * @param key   the new key's name
     * @param value its value
     * @throws ConfigException when the table is missing, the key exists, or the result is invalid
     */
    public void addKey(TomlPath table, String key, ConfigValue value) throws ConfigException {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        commit(KeyEdits.add(model, Objects.requireNonNull(table, "table"), key, value));
    }

    /**
     * Removes a key with all its lines; comment lines around it stay. Inside arrays and inline
     * tables, removes one element or entry.
     *
     * @param path the key's path
     * @throws ConfigException when the path is missing or is a table
     */
    public void removeKey(TomlPath path) throws ConfigException {
        commit(KeyEdits.remove(model, Objects.requireNonNull(path, "path")));
    }

    /**
     * Adds an empty {@code [table]}.
     *
     * @param path the table's path
     * @throws ConfigException when it exists or cannot be a table
     */
    public void addTable(TomlPath path) throws ConfigException {
        addTable(path, Map.of());
    }

    /**
     * Adds a {@code [table]} with keys, after the last table with the same parent or at the end.
     *
     * @param path   the table's path
     * @param values its keys, in order
     * @throws ConfigException when it exists or cannot be a table
     */
    public void addTable(TomlPath path, Map<String, ConfigValue> values) throws ConfigException {
        Objects.requireNonNull(values, "values");
        commit(TableEdits.add(model, Objects.requireNonNull(path, "path"), values));
    }

    /**
     * Removes a table's header and its content up to the next header. Sub-tables such as
     * {@code [path.sub]} stay (use {@link #removeTableWithSubTables}). An array-of-tables element
     * is removed with its sub-tables.
     *
     * @param path the table's path
     * @throws ConfigException when the path is not a table with its own header
     */
    public void removeTable(TomlPath path) throws ConfigException {
        Objects.requireNonNull(path, "path");
        if (isElementPath(path)) {
            removeTableArrayElement(path.parent(), lastIndex(path));
            return;
        }
        commit(TableEdits.remove(model, path, false));
    }

    /**
     * Removes a table together with the {@code [path.*]} sub-tables that follow it.
     *
     * @param path the table's path
     * @throws ConfigException when the path is not a table with its own header
     */
    public void removeTableWithSubTables(TomlPath path) throws ConfigException {
        Objects.requireNonNull(path, "path");
        if (isElementPath(path)) {
            removeTableArrayElement(path.parent(), lastIndex(path));
            return;
        }
        commit(TableEdits.remove(model, path, true));
    }

    /**
     * Appends an element to an array of tables (creating the array if needed).
     *
     * @param array  the array's path, e.g. {@code api_providers}
     * @param values the element's keys, in order
     * @return the new element's number
     * @throws ConfigException when the path is not an array of tables or the result is invalid
     */
    public int appendTableArrayElement(TomlPath array, Map<String, ConfigValue> values) throws ConfigException {
        Objects.requireNonNull(values, "values");
        commit(TableArrayEdits.append(model, Objects.requireNonNull(array, "array"), values));
        return tableArray(array).size() - 1;
    }

    /**
     * Removes an element of an array of tables together with its sub-tables.
     *
     * @param array the array's path
     * @param index the element number
     * @throws ConfigException when there is no such element
     */
    public void removeTableArrayElement(TomlPath array, int index) throws ConfigException {
        commit(TableArrayEdits.remove(model, Objects.requireNonNull(array, "array"), index));
    }

    /**
     * Moves an element of an array of tables (with its sub-tables) to another position.
     *
     * @param array the array's path
     * @param from  the element's current number
     * @param to    its new number
     * @throws ConfigException when an element number is out of range
     */
    public void moveTableArrayElement(TomlPath array, int from, int to) throws ConfigException {
        Objects.requireNonNull(array, "array");
        if (from < 0 || to < 0) {
            throw new ConfigException(Messages.format(Messages.edit_noSuchElement, array.toString(),
                    String.valueOf(Math.min(from, to)), String.valueOf(tableArray(array).size())));
        }
        commit(TableArrayEdits.move(model, array, from, to));
    }

    private boolean isElementPath(TomlPath path) {
        return !path.isRoot() && path.segments().get(path.segments().size() - 1) instanceof TomlPath.Index
                && typeOf(path.parent()).orElse(null) == ValueType.ARRAY_OF_TABLES;
    }

    private static int lastIndex(TomlPath path) {
        return ((TomlPath.Index) path.segments().get(path.segments().size() - 1)).index();
    }

    /** Validates the edited text and switches to it; on failure the old snapshot stays. */
    private void commit(String edited) throws ConfigException {
        String text = TextOps.keepFinalNewline(model.text(), edited, model.eol());
        if (text.equals(model.text())) {
            return;
        }
        try {
            model = Model.parse(text, model.bom(), model.eol());
        } catch (ConfigException e) {
            throw new ConfigException(Messages.format(Messages.edit_wouldBreak, e.getMessage()), e.problems());
        }
    }
}
