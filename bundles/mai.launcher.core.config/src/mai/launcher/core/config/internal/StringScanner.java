package mai.launcher.core.config.internal;

/**
 * Reads the four TOML string styles at a {@link Cursor} and decodes them. Multi-line strings
 * return their text with {@code \r\n} normalised to {@code \n}, as TOML allows, so that a CRLF
 * file and an LF file read the same.
 */
final class StringScanner {

    private final Cursor in;

    StringScanner(Cursor in) {
        this.in = in;
    }

    String basic() {
        in.expect('"');
        StringBuilder sb = new StringBuilder();
        while (!in.at('"')) {
            if (in.atEnd()) {
                throw in.error("unterminated string");
            }
            if (in.at('\\')) {
                escape(sb);
            } else {
                sb.append(in.peek());
                in.pos++;
            }
        }
        in.pos++;
        return sb.toString();
    }

    String literal() {
        in.expect('\'');
        int end = in.text.indexOf('\'', in.pos);
        if (end < 0) {
            throw in.error("unterminated string");
        }
        String s = in.text.substring(in.pos, end);
        in.pos = end + 1;
        return s;
    }

    String multiLineBasic() {
        in.pos += 3;
        in.skipEol(); // a line break right after the opening quotes is not part of the text
        StringBuilder sb = new StringBuilder();
        while (!closesMultiLine('"', sb)) {
            if (in.atEnd()) {
                throw in.error("unterminated string");
            }
            if (in.at('\\')) {
                if (!lineEndingBackslash()) {
                    escape(sb);
                }
            } else {
                appendChar(sb);
            }
        }
        return sb.toString();
    }

    String multiLineLiteral() {
        in.pos += 3;
        in.skipEol();
        StringBuilder sb = new StringBuilder();
        while (!closesMultiLine('\'', sb)) {
            if (in.atEnd()) {
                throw in.error("unterminated string");
            }
            appendChar(sb);
        }
        return sb.toString();
    }

    /**
     * At three or more quotes, the string ends; up to two extra quotes before the closing three
     * belong to the text ({@code """a"""""} is {@code a""}).
     */
    private boolean closesMultiLine(char quote, StringBuilder sb) {
        int run = 0;
        while (in.pos + run < in.text.length() && in.text.charAt(in.pos + run) == quote) {
            run++;
        }
        if (run < 3) {
            return false;
        }
        run = Math.min(run, 5);
        sb.append(String.valueOf(quote).repeat(run - 3));
        in.pos += run;
        return true;
    }

    private void appendChar(StringBuilder sb) {
        if (in.startsWith("\r\n")) {
            sb.append('\n');
            in.pos += 2;
        } else {
            sb.append(in.peek());
            in.pos++;
        }
    }

    /** A backslash followed only by spaces up to the line end joins the lines, dropping blanks. */
    private boolean lineEndingBackslash() {
        int p = in.pos + 1;
        String t = in.text;
        while (p < t.length() && (t.charAt(p) == ' ' || t.charAt(p) == '\t')) {
            p++;
        }
        if (p < t.length() && (t.charAt(p) == '\n' || t.startsWith("\r\n", p))) {
            in.pos = p;
            in.skipBlankWhitespace();
            return true;
        }
        return false;
    }

    private void escape(StringBuilder sb) {
        in.pos++; // the backslash
        char e = in.peek();
        in.pos++;
        switch (e) {
            case 'b' -> sb.append('\b');
            case 't' -> sb.append('\t');
            case 'n' -> sb.append('\n');
            case 'f' -> sb.append('\f');
            case 'r' -> sb.append('\r');
            case 'e' -> sb.append('\u001B');
            case '"' -> sb.append('"');
            case '\\' -> sb.append('\\');
            case 'x' -> sb.appendCodePoint(hex(2));
            case 'u' -> sb.appendCodePoint(hex(4));
            case 'U' -> sb.appendCodePoint(hex(8));
            default -> throw in.error("invalid escape \\" + e);
        }
    }

    private int hex(int digits) {
        int cp = Integer.parseInt(in.text.substring(in.pos, in.pos + digits), 16);
        in.pos += digits;
        return cp;
    }
}
