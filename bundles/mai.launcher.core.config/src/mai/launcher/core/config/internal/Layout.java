package mai.launcher.core.config.internal;

import java.util.List;

import mai.launcher.core.config.ConfigException;
import mai.launcher.core.config.TomlPath;

/**
 * Decides where things begin and end in the text. The rules follow how people lay out TOML:
 * comment lines directly above a header (no blank line between) belong to that header; comment
 * lines directly below a table's last key and followed by a blank line explain that key and stay
 * with it; blank lines after a table separate it from the next one.
 */
public final class Layout {

    private Layout() {
    }

    /**
     * Finds where a new key/value line goes in a section: after its last key/value pair (or its
     * header) and the comment lines attached below it.
     *
     * @param m       the snapshot
     * @param section the section
     * @return the statement index to insert before
     */
    public static int contentEnd(Model m, Section section) {
        List<Stmt> stmts = m.stmts();
        int last = -1;
        for (int k = section.from(); k < section.to(); k++) {
            Stmt.Kind kind = stmts.get(k).kind();
            if (kind == Stmt.Kind.KEY_VALUE || stmts.get(k).isHeader()) {
                last = k;
            }
        }
        if (last < 0) {
            return section.from();
        }
        int j = last + 1;
        while (j < section.to() && stmts.get(j).kind() == Stmt.Kind.COMMENT) {
            j++;
        }
        boolean attachedBelow = j > last + 1 && j < section.to() && stmts.get(j).kind() == Stmt.Kind.BLANK;
        return attachedBelow ? j : last + 1;
    }

    /**
     * Finds the first statement of a header's block: the header itself or the comment lines
     * directly above it. Comments that run from the very start of the file are the file's banner
     * and are never taken.
     *
     * @param m           the snapshot
     * @param headerIndex statement index of the header
     * @return the statement index where the block starts
     */
    public static int blockStart(Model m, int headerIndex) {
        int k = headerIndex;
        while (k > 0 && m.stmts().get(k - 1).kind() == Stmt.Kind.COMMENT) {
            k--;
        }
        return k == 0 ? headerIndex : k;
    }

    /**
     * Finds the block start of a section, or the end of the statements past the last section.
     *
     * @param m            the snapshot
     * @param sectionIndex index into the sections, may equal their count
     * @return a statement index
     */
    public static int blockStartOfSection(Model m, int sectionIndex) {
        return sectionIndex < m.sections().size()
                ? blockStart(m, m.sections().get(sectionIndex).headerIndex()) : m.stmts().size();
    }

    /**
     * Finds the section after a table's own section and the sub-table sections that follow it
     * directly. Sub-tables further down the file (after another table) or above the table's own
     * header cannot move or be removed together with it, so those cases are refused.
     *
     * @param m            the snapshot
     * @param sectionIndex the table's own section
     * @return the index of the first section after the table and its sub-tables
     * @throws ConfigException when a sub-table is separated from its table
     */
    public static int endOfFamily(Model m, int sectionIndex) throws ConfigException {
        List<Section> sections = m.sections();
        TomlPath base = sections.get(sectionIndex).table().path();
        int j = sectionIndex + 1;
        while (j < sections.size() && sections.get(j).table().path().startsWith(base)) {
            j++;
        }
        for (int k = 1; k < sectionIndex; k++) {
            if (sections.get(k).table().path().startsWith(base)) {
                throw new ConfigException(Messages.format(Messages.edit_scatteredAbove, base.toString(),
                        String.valueOf(lineOf(m, sections.get(k).headerIndex()))));
            }
        }
        for (int k = j; k < sections.size(); k++) {
            if (sections.get(k).table().path().startsWith(base)) {
                throw new ConfigException(Messages.format(Messages.edit_scattered, base.toString(),
                        String.valueOf(lineOf(m, sections.get(k).headerIndex()))));
            }
        }
        return j;
    }

    /**
     * Finds where to start removing a block. A block that runs to the end of the file also takes
     * the blank lines before it, so the file does not end with blank lines it did not end with.
     *
     * @param m     the snapshot
     * @param start the block's first statement
     * @param end   the statement after the block
     * @return the first statement to remove
     */
    public static int removalStart(Model m, int start, int end) {
        int k = start;
        if (end == m.stmts().size()) {
            while (k > 0 && m.stmts().get(k - 1).kind() == Stmt.Kind.BLANK) {
                k--;
            }
        }
        return k;
    }

    /**
     * Finds the end of the last non-blank statement in a range, so that blank lines separating
     * blocks stay where they are when a block moves.
     *
     * @param m    the snapshot
     * @param from first statement
     * @param to   statement after the range
     * @return the character offset after the last non-blank statement
     */
    public static int contentEndOffset(Model m, int from, int to) {
        int k = to - 1;
        while (k > from && m.stmts().get(k).kind() == Stmt.Kind.BLANK) {
            k--;
        }
        return m.stmts().get(k).end();
    }

    /**
     * Converts a statement index to the character offset where it begins.
     *
     * @param m     the snapshot
     * @param index statement index, may equal the count (end of text)
     * @return the offset
     */
    public static int offset(Model m, int index) {
        return index < m.stmts().size() ? m.stmts().get(index).start() : m.text().length();
    }

    /**
     * Returns the indentation used by the last key/value line of a section.
     *
     * @param m       the snapshot
     * @param section the section
     * @return spaces and tabs, possibly empty
     */
    public static String indentOf(Model m, Section section) {
        for (int k = section.to() - 1; k >= section.from(); k--) {
            Stmt s = m.stmts().get(k);
            if (s.kind() == Stmt.Kind.KEY_VALUE) {
                return m.text().substring(s.start(), s.contentStart());
            }
        }
        return "";
    }

    /**
     * Computes the 1-based line number of a statement for messages.
     *
     * @param m     the snapshot
     * @param index the statement index
     * @return the line number
     */
    public static int lineOf(Model m, int index) {
        String t = m.text();
        int end = m.stmts().get(index).start();
        int line = 1;
        for (int i = 0; i < end; i++) {
            if (t.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
