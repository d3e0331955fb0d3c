package mai.launcher.core.config.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import mai.launcher.core.config.ConfigException;
import mai.launcher.core.config.ConfigValue;
import mai.launcher.core.config.TomlPath;

/**
 * Edits of arrays of tables ({@code [[models]]}). An element is its {@code [[header]]} section
 * plus the sub-table sections that follow it (such as {@code [models.extra_params]}) and the
 * comment lines directly above its header; it moves and disappears as one block.
 */
public final class TableArrayEdits {

    private TableArrayEdits() {
    }

    /**
     * Appends an element after the last one (or creates the array).
     *
     * @param m      the snapshot
     * @param array  the array's path
     * @param values the element's keys
     * @return the new text
     * @throws ConfigException when the path is something else than an array of tables
     */
    public static String append(Model m, TomlPath array, Map<String, ConfigValue> values) throws ConfigException {
        Located loc = PathResolver.resolve(m, array).orElse(null);
        if (loc == null) {
            TableEdits.checkNewTablePath(m, array);
            String body = TableEdits.keyLines(values, "", m.eol());
            return TableEdits.appendSection(m, array.parent(), "[[" + TableEdits.headerKey(array) + "]]", body);
        }
        if (!(loc instanceof Located.TableArray a)) {
            throw new ConfigException(Messages.format(Messages.edit_notTableArray, array.toString()));
        }
        TNode last = a.node().elements().get(a.node().elements().size() - 1);
        int si = m.sectionOfHeader(last.headerIndex());
        int sj = Layout.endOfFamily(m, si);
        Section own = m.sections().get(si);
        Stmt header = m.stmts().get(last.headerIndex());
        // Copy the existing header as written (quoting, spacing, indentation), minus its comment.
        String headerText = m.text().substring(header.start(), header.key().get(header.key().size() - 1).end());
        String tail = m.text().substring(header.key().get(header.key().size() - 1).end(), header.eolStart());
        headerText += tail.substring(0, tail.indexOf("]]") + 2);
        String body = TableEdits.keyLines(values, Layout.indentOf(m, own), m.eol());
        int at = Layout.contentEnd(m, m.sections().get(sj - 1));
        return TextOps.insertLines(m, at, m.eol() + headerText + m.eol() + body);
    }

    /**
     * Removes one element with its sub-tables.
     *
     * @param m     the snapshot
     * @param array the array's path
     * @param index the element number
     * @return the new text
     * @throws ConfigException when the array or element does not exist
     */
    public static String remove(Model m, TomlPath array, int index) throws ConfigException {
        Block b = blocks(m, array, index).get(index);
        return TextOps.replace(m.text(), b.removeFrom, b.blockEnd, "");
    }

    /**
     * Moves one element (with its sub-tables) to another position. Blank lines between elements
     * stay in place; only the elements' own lines travel.
     *
     * @param m     the snapshot
     * @param array the array's path
     * @param from  the element's current number
     * @param to    its new number
     * @return the new text
     * @throws ConfigException when the array or an element does not exist
     */
    public static String move(Model m, TomlPath array, int from, int to) throws ConfigException {
        List<Block> blocks = blocks(m, array, Math.max(from, to));
        List<Block> order = new ArrayList<>(blocks);
        order.add(to, order.remove(from));
        String t = m.text();
        StringBuilder sb = new StringBuilder(t.length() + 2).append(t, 0, blocks.get(0).start);
        for (int i = 0; i < blocks.size(); i++) {
            Block moved = order.get(i);
            String content = t.substring(moved.start, moved.contentEnd);
            sb.append(content.endsWith("\n") ? content : content + m.eol());
            int gapEnd = i + 1 < blocks.size() ? blocks.get(i + 1).start : t.length();
            sb.append(t, blocks.get(i).contentEnd, gapEnd);
        }
        return sb.toString();
    }

    /**
     * Character ranges of one element: its start, the end of its content, the end of its block,
     * and where a removal starts (earlier than the start only at the end of the file).
     */
    private record Block(int start, int contentEnd, int blockEnd, int removeFrom) {
    }

    private static List<Block> blocks(Model m, TomlPath array, int needIndex) throws ConfigException {
        Located loc = PathResolver.resolve(m, array).orElseThrow(() -> KeyEdits.notFound(array));
        if (!(loc instanceof Located.TableArray a)) {
            throw new ConfigException(Messages.format(Messages.edit_notTableArray, array.toString()));
        }
        List<TNode> elements = a.node().elements();
        if (needIndex < 0 || needIndex >= elements.size()) {
            throw new ConfigException(Messages.format(Messages.edit_noSuchElement, array.toString(),
                    String.valueOf(needIndex), String.valueOf(elements.size())));
        }
        List<Block> out = new ArrayList<>();
        for (TNode e : elements) {
            int si = m.sectionOfHeader(e.headerIndex());
            int startStmt = Layout.blockStart(m, e.headerIndex());
            int endStmt = Layout.blockStartOfSection(m, Layout.endOfFamily(m, si));
            out.add(new Block(Layout.offset(m, startStmt), Layout.contentEndOffset(m, startStmt, endStmt),
                    Layout.offset(m, endStmt), Layout.offset(m, Layout.removalStart(m, startStmt, endStmt))));
        }
        return out;
    }
}
