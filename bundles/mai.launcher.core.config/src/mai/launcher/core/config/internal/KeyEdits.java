package mai.launcher.core.config.internal;

import java.util.List;
import java.util.Optional;

import mai.launcher.core.config.ConfigException;
import mai.launcher.core.config.ConfigValue;
import mai.launcher.core.config.TomlPath;

/**
 * Edits of single keys: set a value, add a key, remove a key. Each method returns the new text
 * and never changes the model; the caller validates and commits.
 */
public final class KeyEdits {

    private KeyEdits() {
    }

    /**
     * Replaces the value at a path, keeping the key, spacing and trailing comment.
     *
     * @param m     the snapshot
     * @param path  the value's path (may point into arrays and inline tables)
     * @param value the new value
     * @return the new text
     * @throws ConfigException when the path is missing or names a table
     */
    public static String set(Model m, TomlPath path, ConfigValue value) throws ConfigException {
        Located loc = PathResolver.resolve(m, path).orElseThrow(() -> notFoundOrDotted(m, path));
        if (!(loc instanceof Located.Value v)) {
            throw new ConfigException(Messages.format(Messages.edit_isTable, path.toString()));
        }
        ValueNode node = v.node();
        if (ValueConverter.of(node).equals(value)) {
            return m.text(); // unchanged value: keep its exact spelling (e.g. 1_000 or 0xff)
        }
        String rendered = ValueRenderer.render(value, styleOf(m, node), m.eol());
        return TextOps.replace(m.text(), node.start(), node.end(), rendered);
    }

    private static ValueRenderer.Style styleOf(Model m, ValueNode node) {
        if (node instanceof ValueNode.Scalar s && s.kind().isString()) {
            String t = m.text();
            int afterQuotes = s.start() + 3;
            boolean lead = afterQuotes < t.length()
                    && (t.charAt(afterQuotes) == '\n' || t.startsWith("\r\n", afterQuotes));
            boolean multi = s.kind() == ValueNode.ScalarKind.ML_BASIC_STRING
                    || s.kind() == ValueNode.ScalarKind.ML_LITERAL_STRING;
            return new ValueRenderer.Style(s.kind(), multi && lead);
        }
        return ValueRenderer.Style.NONE;
    }

    /**
     * Adds a key to a table.
     *
     * @param m     the snapshot
     * @param table the table's path
     * @param key   the new key name
     * @param value its value
     * @return the new text
     * @throws ConfigException when the table is missing or the key exists
     */
    public static String add(Model m, TomlPath table, String key, ConfigValue value) throws ConfigException {
        String rendered = ValueRenderer.render(value, ValueRenderer.Style.NONE, m.eol());
        Optional<Located> found = PathResolver.resolve(m, table);
        if (found.isEmpty()) {
            // e.g. animal.type of animal = {type.name = "pug"}: it gets another dotted entry
            PathResolver.DottedPrefix d = PathResolver.dottedPrefix(m, table).orElseThrow(() -> notFound(table));
            return InlineEdits.addEntry(m, table, d.table(), d.keys(), key, rendered);
        }
        Located loc = found.get();
        if (loc instanceof Located.Value v && v.node() instanceof ValueNode.InlineTableNode t) {
            return InlineEdits.addEntry(m, table, t, List.of(), key, rendered);
        }
        if (!(loc instanceof Located.Table t)) {
            throw new ConfigException(Messages.format(Messages.edit_notTable, table.toString()));
        }
        TNode node = t.node();
        if (node.children().containsKey(key)) {
            throw new ConfigException(Messages.format(Messages.edit_keyExists, table.child(key).toString()));
        }
        String line = ValueRenderer.key(key) + " = " + rendered;
        if (node.dotted()) {
            return addDotted(m, node, line);
        }
        if (node.headerIndex() < 0 && !node.path().isRoot()) {
            return TableEdits.defineImplicit(m, node, line + m.eol());
        }
        Section section = node.path().isRoot() ? m.sections().get(0)
                : m.sections().get(m.sectionOfHeader(node.headerIndex()));
        int at = node.path().isRoot() && !hasKeyValue(m, section) ? Layout.blockStartOfSection(m, 1)
                : Layout.contentEnd(m, section);
        return TextOps.insertLines(m, at, Layout.indentOf(m, section) + line + m.eol());
    }

    private static boolean hasKeyValue(Model m, Section s) {
        for (int k = s.from(); k < s.to(); k++) {
            if (m.stmts().get(k).kind() == Stmt.Kind.KEY_VALUE) {
                return true;
            }
        }
        return false;
    }

    /** A table made by dotted keys ({@code a.b = 1}) gets another dotted line after its last one. */
    private static String addDotted(Model m, TNode node, String line) {
        int last = lastKvIndex(node);
        Stmt stmt = m.stmts().get(last);
        int base = 0;
        for (Section s : m.sections()) {
            if (s.from() <= last && last < s.to()) {
                base = s.table().path().segments().size();
            }
        }
        // Reuse the written prefix of that line, e.g. "  a." of "  a.b = 1", so quoting and
        // indentation match the neighbouring lines.
        int depth = node.path().segments().size() - base;
        String prefix = m.text().substring(stmt.start(), stmt.key().get(depth - 1).end()) + ".";
        return TextOps.insertLines(m, last + 1, prefix + line + m.eol());
    }

    /**
     * The last key/value line written through a dotted table. Only values and dotted sub-tables
     * count: a sub-table with its own [header] lives in another section.
     */
    private static int lastKvIndex(TNode node) {
        int last = -1;
        for (TNode child : node.children().values()) {
            int k = child.kind() == TNode.Kind.VALUE ? child.kvIndex()
                    : child.kind() == TNode.Kind.TABLE && child.dotted() ? lastKvIndex(child) : -1;
            last = Math.max(last, k);
        }
        return last;
    }

    /**
     * Removes a key/value pair with all its lines (a multi-line value included).
     *
     * @param m    the snapshot
     * @param path the key's path
     * @return the new text
     * @throws ConfigException when the key is missing, a table, or inside an inline value
     */
    public static String remove(Model m, TomlPath path) throws ConfigException {
        Located loc = PathResolver.resolve(m, path).orElseThrow(() -> notFoundOrDotted(m, path));
        if (!(loc instanceof Located.Value v)) {
            throw new ConfigException(Messages.format(Messages.edit_isTable, path.toString()));
        }
        if (v.nested()) {
            return InlineEdits.remove(m, path, v);
        }
        Stmt stmt = m.stmts().get(v.owner().kvIndex());
        return TextOps.replace(m.text(), stmt.start(), stmt.end(), "");
    }

    /** A table made of dotted keys inside an inline table exists, but cannot be edited as a whole. */
    private static ConfigException notFoundOrDotted(Model m, TomlPath path) {
        return PathResolver.dottedPrefix(m, path)
                .map(d -> new ConfigException(Messages.format(Messages.edit_dottedInlineTable, path.toString(),
                        d.owner().toString())))
                .orElseGet(() -> notFound(path));
    }

    static ConfigException notFound(TomlPath path) {
        return new ConfigException(Messages.format(Messages.edit_notFound, path.toString()));
    }
}
