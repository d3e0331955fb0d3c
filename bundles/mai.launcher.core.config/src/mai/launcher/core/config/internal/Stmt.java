package mai.launcher.core.config.internal;

import java.util.List;

/**
 * One logical line of a TOML document: a blank line, a comment line, a table header or a
 * key/value pair (which may span several physical lines when its value is a multi-line string or
 * array). Statements tile the text without gaps, so {@code start..end} of all statements
 * concatenated is the document; that is what makes the model lossless.
 *
 * @param kind         what the statement is
 * @param start        offset of the first character (indentation included)
 * @param end          offset after the line ending (or the end of the text)
 * @param contentStart offset after the indentation
 * @param key          the key or header name segments; empty for blank and comment lines
 * @param value        the value of a key/value pair, otherwise null
 * @param commentStart offset of a trailing {@code #} comment, or -1
 * @param eolStart     offset where the line ending starts ({@code == end} when there is none)
 */
public record Stmt(Kind kind, int start, int end, int contentStart, List<KeyPart> key,
        ValueNode value, int commentStart, int eolStart) {

    /** What a statement is. */
    public enum Kind {
        /** Only whitespace. */
        BLANK,
        /** Only a comment (and indentation). */
        COMMENT,
        /** A {@code [table]} header. */
        TABLE,
        /** A {@code [[array]]} header. */
        TABLE_ARRAY,
        /** A {@code key = value} pair. */
        KEY_VALUE
    }

    /**
     * Tells whether this is a table or array-of-tables header.
     *
     * @return true for headers
     */
    public boolean isHeader() {
        return kind == Kind.TABLE || kind == Kind.TABLE_ARRAY;
    }

    /**
     * Tells whether the statement ends with a line break.
     *
     * @return false only for a last line without final newline
     */
    public boolean hasEol() {
        return eolStart < end;
    }
}
