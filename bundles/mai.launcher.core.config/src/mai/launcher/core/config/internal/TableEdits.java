package mai.launcher.core.config.internal;

import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import mai.launcher.core.config.ConfigException;
import mai.launcher.core.config.ConfigValue;
import mai.launcher.core.config.TomlPath;

/** Adds and removes [header] tables. Methods return the new text; the caller validates it. */
public final class TableEdits {

    private TableEdits() {
    }

    /**
     * Adds a table with a header and initial keys. It goes after the last table that shares its
     * parent (e.g. a new {@code [chat.x]} after the last {@code [chat.*]}), or at the end.
     *
     * @param m      the snapshot
     * @param path   the new table's path; element numbers choose an array-of-tables element
     * @param values initial keys, may be empty
     * @return the new text
     * @throws ConfigException when the table exists or its parent is not a table
     */
    public static String add(Model m, TomlPath path, Map<String, ConfigValue> values) throws ConfigException {
        checkNewTablePath(m, path);
        Located existing = PathResolver.resolve(m, path).orElse(null);
        String body = keyLines(values, "", m.eol());
        if (existing instanceof Located.Table t && t.node().headerIndex() < 0 && !t.node().dotted()) {
            return defineImplicit(m, t.node(), body);
        }
        if (existing != null) {
            throw new ConfigException(Messages.format(Messages.edit_tableExists, path.toString()));
        }
        return appendSection(m, path.parent(), "[" + headerKey(path) + "]", body);
    }

    static void checkNewTablePath(Model m, TomlPath path) throws ConfigException {
        if (path.isRoot() || !(path.segments().get(path.segments().size() - 1) instanceof TomlPath.Key)) {
            throw new ConfigException(Messages.format(Messages.path_invalid, path.toString()));
        }
        TomlPath parent = path.parent();
        Located p = PathResolver.resolve(m, parent).orElse(null);
        if (p instanceof Located.Value || p instanceof Located.TableArray
                || p == null && hasIndex(parent)) {
            throw new ConfigException(Messages.format(Messages.edit_notTable, parent.toString()));
        }
    }

    private static boolean hasIndex(TomlPath path) {
        return path.segments().stream().anyMatch(s -> s instanceof TomlPath.Index);
    }

    /**
     * Inserts a new section after the last section under {@code parent} (or under its nearest
     * ancestor that has sections), or at the end.
     *
     * @param m      the snapshot
     * @param parent the parent table's path
     * @param header the header line without line ending
     * @param body   the key lines (each ending with a line ending)
     * @return the new text
     */
    static String appendSection(Model m, TomlPath parent, String header, String body) {
        int at = m.stmts().size();
        // A parent without sections of its own (made by dotted keys) is written in its nearest
        // ancestor's sections: the new one goes after them, so the ancestor's family stays together.
        List<Section> sections = m.sections();
        search: for (TomlPath p = parent; !p.isRoot(); p = p.parent()) {
            for (int i = sections.size() - 1; i >= 1; i--) {
                if (sections.get(i).table().path().startsWith(p)) {
                    at = Layout.contentEnd(m, sections.get(i));
                    break search;
                }
            }
        }
        String lead = TextOps.blankBefore(m, at) && !(at == m.stmts().size() && !m.endsWithEol())
                ? "" : m.eol();
        return TextOps.insertLines(m, at, lead + header + m.eol() + body);
    }

    /**
     * Gives a table that so far only exists through sub-table headers ({@code [a.b]} without
     * {@code [a]}) its own header, placed before its first sub-table.
     *
     * @param m    the snapshot
     * @param node the implicit table
     * @param body key lines for it
     * @return the new text
     */
    static String defineImplicit(Model m, TNode node, String body) {
        int first = 1;
        while (first < m.sections().size() && !m.sections().get(first).table().path().startsWith(node.path())) {
            first++;
        }
        int at = Layout.blockStartOfSection(m, first);
        String block = "[" + headerKey(node.path()) + "]" + m.eol() + body + m.eol();
        return TextOps.insertLines(m, at, block);
    }

    /**
     * Removes a table's header and content up to the next header's block, optionally with the
     * sub-tables that follow it directly.
     *
     * @param m             the snapshot
     * @param path          the table's path
     * @param withSubTables also remove {@code [path.*]} sections that follow
     * @return the new text
     * @throws ConfigException when the path is not a table with its own header
     */
    public static String remove(Model m, TomlPath path, boolean withSubTables) throws ConfigException {
        Located loc = PathResolver.resolve(m, path).orElseThrow(() -> KeyEdits.notFound(path));
        if (!(loc instanceof Located.Table t) || t.node().headerIndex() < 0) {
            throw new ConfigException(Messages.format(Messages.edit_noHeader, path.toString()));
        }
        int si = m.sectionOfHeader(t.node().headerIndex());
        int sj = withSubTables ? Layout.endOfFamily(m, si) : si + 1;
        int end = Layout.blockStartOfSection(m, sj);
        int from = Layout.offset(m, Layout.removalStart(m, Layout.blockStart(m, t.node().headerIndex()), end));
        int to = Layout.offset(m, end);
        return TextOps.replace(m.text(), from, to, "");
    }

    /**
     * Writes the keys of a path for a header: {@code models.extra_params} for
     * {@code models[2].extra_params} (the element is chosen by where the header is placed).
     *
     * @param path the table path
     * @return the header key text
     */
    static String headerKey(TomlPath path) {
        StringJoiner j = new StringJoiner(".");
        for (TomlPath.Segment s : path.segments()) {
            if (s instanceof TomlPath.Key k) {
                j.add(ValueRenderer.key(k.name()));
            }
        }
        return j.toString();
    }

    /**
     * Renders key/value lines.
     *
     * @param values the keys and values in order
     * @param indent indentation for each line
     * @param eol    the line ending
     * @return the lines, each ending with {@code eol}
     */
    static String keyLines(Map<String, ConfigValue> values, String indent, String eol) {
        StringBuilder sb = new StringBuilder();
        values.forEach((k, v) -> sb.append(indent).append(ValueRenderer.key(k)).append(" = ")
                .append(ValueRenderer.render(v, ValueRenderer.Style.NONE, eol)).append(eol));
        return sb.toString();
    }
}
