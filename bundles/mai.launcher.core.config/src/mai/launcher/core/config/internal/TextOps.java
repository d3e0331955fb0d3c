package mai.launcher.core.config.internal;

/** Small text splicing helpers shared by the editors. */
public final class TextOps {

    private TextOps() {
    }

    /**
     * Replaces a span.
     *
     * @param text  the text
     * @param start first replaced offset
     * @param end   offset after the replaced span
     * @param with  the new text
     * @return the new text
     */
    public static String replace(String text, int start, int end, String with) {
        return text.substring(0, start) + with + text.substring(end);
    }

    /**
     * Inserts whole lines before a statement. At the end of a text that has no final newline a
     * line break is put first; {@link #keepFinalNewline} later removes the extra one at the end.
     *
     * @param m     the snapshot
     * @param index statement index to insert before (may be the count)
     * @param lines text made of complete lines, each ending with the file's line ending
     * @return the new text
     */
    public static String insertLines(Model m, int index, String lines) {
        int at = Layout.offset(m, index);
        String text = m.text();
        String prefix = at == text.length() && !m.endsWithEol() ? m.eol() : "";
        return replace(text, at, at, prefix + lines);
    }

    /**
     * Tells whether the line before a statement is blank (or there is none).
     *
     * @param m     the snapshot
     * @param index the statement index
     * @return true when no separating blank line is needed before an insertion there
     */
    public static boolean blankBefore(Model m, int index) {
        return index == 0 || m.stmts().get(index - 1).kind() == Stmt.Kind.BLANK;
    }

    /**
     * Keeps the presence or absence of a final line break as it was before an edit.
     *
     * @param before the text before the edit
     * @param after  the text after the edit
     * @param eol    the file's line ending
     * @return {@code after}, with a final line break added, or all trailing ones removed, to match
     */
    public static String keepFinalNewline(String before, String after, String eol) {
        if (before.isEmpty() || after.isEmpty()) {
            return after;
        }
        boolean had = before.endsWith("\n");
        boolean has = after.endsWith("\n");
        if (had && !has) {
            return after + eol;
        }
        if (!had && has) {
            // All of them: removing a last line can leave the blank lines that were above it.
            int end = after.length();
            while (end > 0 && after.charAt(end - 1) == '\n') {
                end -= end > 1 && after.charAt(end - 2) == '\r' ? 2 : 1;
            }
            return after.substring(0, end);
        }
        return after;
    }
}
