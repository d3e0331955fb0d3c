package mai.launcher.ui.config.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits TOML text into the spans the editor colours: comments, table headers, keys, strings (including multi-line
 * ones that span lines), numbers, booleans and dates. A scanner of its own, forgiving of invalid text (it colours
 * what it recognises while the user types), and fast: one pass, no backtracking.
 */
final class TomlTokens {

    /** What a span is. */
    enum Kind {
        COMMENT, HEADER, KEY, STRING, NUMBER, BOOLEAN, DATE
    }

    /** A coloured span. */
    record Token(int offset, int length, Kind kind) {
    }

    private final String text;
    private final List<Token> tokens = new ArrayList<>();
    private int i;

    private TomlTokens(String text) {
        this.text = text;
    }

    static List<Token> scan(String text) {
        TomlTokens scanner = new TomlTokens(text);
        scanner.run();
        return scanner.tokens;
    }

    private void run() {
        boolean lineStart = true;
        int depth = 0; // inside [] or {} of a value
        boolean expectKey = true;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n') {
                i++;
                if (depth == 0) {
                    lineStart = true;
                    expectKey = true;
                }
                continue;
            }
            if (c == ' ' || c == '\t' || c == '\r') {
                i++;
                continue;
            }
            if (c == '#') {
                int end = lineEnd(i);
                add(i, end, Kind.COMMENT);
                i = end;
                continue;
            }
            if (lineStart && depth == 0 && c == '[') {
                int end = headerEnd(i);
                add(i, end, Kind.HEADER);
                i = end;
                lineStart = false;
                expectKey = false;
                continue;
            }
            lineStart = false;
            if (expectKey) {
                int end = keyEnd(i);
                if (end > i) {
                    add(i, end, Kind.KEY);
                    i = end;
                    expectKey = false;
                    continue;
                }
                expectKey = false;
            }
            switch (c) {
                case '=' -> i++;
                case '"', '\'' -> string(c);
                case '[', '{' -> {
                    depth++;
                    expectKey = c == '{';
                    i++;
                }
                case ']', '}' -> {
                    depth = Math.max(0, depth - 1);
                    i++;
                }
                case ',' -> {
                    expectKey = insideInlineTable();
                    i++;
                }
                default -> scalar();
            }
        }
    }

    /** After a comma, a key follows when the innermost open bracket is an inline table's. */
    private boolean insideInlineTable() {
        int nesting = 0;
        for (int j = i - 1; j >= 0; j--) {
            char c = text.charAt(j);
            if (c == ']' || c == '}') {
                nesting++;
            } else if (c == '[' || c == '{') {
                if (nesting == 0) {
                    return c == '{';
                }
                nesting--;
            }
        }
        return false;
    }

    private int lineEnd(int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end;
    }

    private int headerEnd(int from) {
        int end = from;
        int line = lineEnd(from);
        boolean quoted = false;
        char quote = 0;
        while (end < line) {
            char c = text.charAt(end);
            if (quoted) {
                quoted = c != quote;
            } else if (c == '"' || c == '\'') {
                quoted = true;
                quote = c;
            } else if (c == '#') {
                break;
            }
            end++;
        }
        while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /** A bare, quoted or dotted key up to (not including) the '='. */
    private int keyEnd(int from) {
        int j = from;
        int line = lineEnd(from);
        while (j < line) {
            char c = text.charAt(j);
            if (c == '=') {
                int end = j;
                while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
                    end--;
                }
                return end;
            }
            if (c == '"' || c == '\'') {
                int close = text.indexOf(c, j + 1);
                j = close < 0 || close > line ? line : close + 1;
            } else if (Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.' || c == ' ' || c == '\t') {
                j++;
            } else {
                return from;
            }
        }
        return from;
    }

    private void string(char quote) {
        int start = i;
        String triple = String.valueOf(quote).repeat(3);
        if (text.startsWith(triple, i)) {
            int close = findClose(i + 3, triple, quote == '"');
            int end = close < 0 ? text.length() : close + 3;
            while (end < text.length() && text.charAt(end) == quote && end - close < 5) {
                end++; // up to two quotes of the content may stand before the closing ones
            }
            add(start, end, Kind.STRING);
            i = end;
            return;
        }
        int line = lineEnd(i);
        int j = i + 1;
        while (j < line) {
            char c = text.charAt(j);
            if (quote == '"' && c == '\\') {
                j += 2;
                continue;
            }
            if (c == quote) {
                j++;
                break;
            }
            j++;
        }
        add(start, Math.min(j, line), Kind.STRING);
        i = Math.min(j, line);
    }

    private int findClose(int from, String triple, boolean escapes) {
        int j = from;
        while (j < text.length()) {
            if (escapes && text.charAt(j) == '\\') {
                j += 2;
                continue;
            }
            if (text.startsWith(triple, j)) {
                return j;
            }
            j++;
        }
        return -1;
    }

    private void scalar() {
        int start = i;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == ',' || c == ']' || c == '}' || c == '#' || c == '\n' || c == '\r'
                    || (c == ' ' && !dateTimeSpace(start))) {
                break;
            }
            i++;
        }
        if (i == start) {
            i++;
            return;
        }
        String word = text.substring(start, i);
        if (word.equals("true") || word.equals("false")) { //$NON-NLS-1$ //$NON-NLS-2$
            add(start, i, Kind.BOOLEAN);
        } else if (word.matches("\\d{4}-\\d{2}-\\d{2}.*|\\d{2}:\\d{2}.*")) { //$NON-NLS-1$
            add(start, i, Kind.DATE);
        } else if (word.matches("[+-]?(inf|nan|0x[0-9A-Fa-f_]+|0o[0-7_]+|0b[01_]+|[0-9_]+(\\.[0-9_]+)?([eE][+-]?[0-9_]+)?)")) { //$NON-NLS-1$
            add(start, i, Kind.NUMBER);
        }
    }

    /** A date and a time may be separated by one space: 1979-05-27 07:32:00. */
    private boolean dateTimeSpace(int start) {
        return i - start == 10 && text.substring(start, i).matches("\\d{4}-\\d{2}-\\d{2}") //$NON-NLS-1$
                && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1));
    }

    private void add(int start, int end, Kind kind) {
        if (end > start) {
            tokens.add(new Token(start, end - start, kind));
        }
    }
}
