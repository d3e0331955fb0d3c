package mai.launcher.core.config.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import mai.launcher.core.config.TomlPath;

/**
 * A node of the logical TOML tree (tables, arrays of tables, key values) that remembers which
 * statements define it, so reads and edits use one and the same view of the document.
 */
public final class TNode {

    /** What the node is. */
    public enum Kind {
        /** A table: the root, a [header] table, or one implied by dotted keys / sub-headers. */
        TABLE,
        /** An array of tables ([[header]]). */
        TABLE_ARRAY,
        /** The value of a key/value statement (may itself be an array or inline table). */
        VALUE
    }

    private final Kind kind;
    private final TomlPath path;
    private final Map<String, TNode> children = new LinkedHashMap<>();
    private final List<TNode> elements = new ArrayList<>();
    private int headerIndex = -1;
    private boolean dotted;
    private int kvIndex = -1;
    private ValueNode value;

    TNode(Kind kind, TomlPath path) {
        this.kind = kind;
        this.path = path;
    }

    static TNode value(TomlPath path, int kvIndex, ValueNode value) {
        TNode n = new TNode(Kind.VALUE, path);
        n.kvIndex = kvIndex;
        n.value = value;
        return n;
    }

    /**
     * Returns what the node is.
     *
     * @return what the node is
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Returns the concrete path, with element numbers for arrays of tables.
     *
     * @return the concrete path, with element numbers for arrays of tables
     */
    public TomlPath path() {
        return path;
    }

    /**
     * Returns child nodes of a table by key, in document order (live map).
     *
     * @return child nodes of a table by key, in document order (live map)
     */
    public Map<String, TNode> children() {
        return children;
    }

    /**
     * Returns elements of an array of tables (live list).
     *
     * @return elements of an array of tables (live list)
     */
    public List<TNode> elements() {
        return elements;
    }

    /**
     * Returns statement index of the header that defines this table, or -1.
     *
     * @return statement index of the header that defines this table, or -1
     */
    public int headerIndex() {
        return headerIndex;
    }

    void setHeaderIndex(int index) {
        this.headerIndex = index;
    }

    /**
     * Returns true when the table was created by a dotted key such as {@code a.b = 1}.
     *
     * @return true when the table was created by a dotted key such as {@code a.b = 1}
     */
    public boolean dotted() {
        return dotted;
    }

    void setDotted(boolean dotted) {
        this.dotted = dotted;
    }

    /**
     * Returns statement index of the key/value pair of a VALUE node, or -1.
     *
     * @return statement index of the key/value pair of a VALUE node, or -1
     */
    public int kvIndex() {
        return kvIndex;
    }

    /**
     * Returns the value of a VALUE node, or null for tables.
     *
     * @return the value of a VALUE node, or null for tables
     */
    public ValueNode value() {
        return value;
    }
}
