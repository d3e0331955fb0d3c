package mai.launcher.core.config.internal;

/**
 * A read position in a TOML text with the small look-ahead helpers both the statement parser and
 * the value scanner need.
 */
final class Cursor {

    final String text;
    int pos;

    Cursor(String text) {
        this.text = text;
    }

    boolean atEnd() {
        return pos >= text.length();
    }

    char peek() {
        return text.charAt(pos);
    }

    boolean at(char c) {
        return pos < text.length() && text.charAt(pos) == c;
    }

    boolean startsWith(String s) {
        return text.startsWith(s, pos);
    }

    /** True at a line break ({@code \n} or {@code \r\n}) or at the end of the text. */
    boolean atEol() {
        return atEnd() || startsWith("\n") || startsWith("\r\n");
    }

    void skipEol() {
        if (startsWith("\r\n")) {
            pos += 2;
        } else if (startsWith("\n")) {
            pos++;
        }
    }

    /** Skips spaces and tabs, the only whitespace allowed inside a line. */
    void skipSpaces() {
        while (at(' ') || at('\t')) {
            pos++;
        }
    }

    /** Skips a comment up to (not including) the line break. */
    void skipComment() {
        while (!atEol()) {
            pos++;
        }
    }

    /** Skips whitespace, line breaks and comments, as allowed between array elements. */
    void skipBlankSpace() {
        while (!atEnd()) {
            char c = peek();
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                pos++;
            } else if (c == '#') {
                skipComment();
            } else {
                return;
            }
        }
    }

    /** Skips spaces, tabs and line breaks (but not comments), as after a line-ending backslash. */
    void skipBlankWhitespace() {
        while (at(' ') || at('\t') || at('\r') || at('\n')) {
            pos++;
        }
    }

    void expect(char c) {
        if (!at(c)) {
            throw error("'" + c + "' expected");
        }
        pos++;
    }

    IllegalStateException error(String what) {
        return new IllegalStateException(what + " at offset " + pos);
    }
}
