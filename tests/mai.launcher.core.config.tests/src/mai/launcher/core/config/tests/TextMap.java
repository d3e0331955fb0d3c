package mai.launcher.core.config.tests;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A test-side map of a valid TOML text, written independently of the engine's parser: where each
 * statement (blank line, comment line, header, key/value with all lines of its value) starts and
 * ends, the concrete path of every header (with element numbers for arrays of tables) and of every
 * key, and the span of every value. The edit checks define "the edited span" with it.
 */
final class TextMap {

    enum Kind {
        BLANK, COMMENT, TABLE, ARRAY_TABLE, KEY_VALUE
    }

    /**
     * One statement.
     *
     * @param kind       what it is
     * @param start      offset of its first character (indentation included)
     * @param end        offset after its line ending
     * @param path       concrete path of the header's table / the key's value; empty otherwise
     * @param table      for a key/value: the concrete path of the section's table
     * @param valueStart for a key/value: offset of the value
     * @param valueEnd   for a key/value: offset after the value
     */
    record Stmt(Kind kind, int start, int end, List<Object> path, List<Object> table, int valueStart, int valueEnd) {
        boolean isHeader() {
            return kind == Kind.TABLE || kind == Kind.ARRAY_TABLE;
        }
    }

    final String text;
    final List<Stmt> stmts = new ArrayList<>();
    private final Map<List<Object>, Stmt> headers = new HashMap<>();
    private final Map<List<Object>, Stmt> keys = new HashMap<>();
    private final java.util.Set<Integer> starts = new java.util.HashSet<>();
    /** Tables that exist only through dotted keys inside inline tables: b of {@code a = {b.c = 1}}. */
    private final java.util.Set<List<Object>> impliedInline = new java.util.HashSet<>();
    private int pos;

    private TextMap(String text) {
        this.text = text;
    }

    static TextMap of(String text) {
        TextMap m = new TextMap(text);
        m.scan();
        for (Stmt s : m.stmts) {
            m.starts.add(s.start);
            if (s.isHeader()) {
                m.headers.put(s.path, s);
            } else if (s.kind == Kind.KEY_VALUE) {
                m.keys.put(s.path, s);
            }
        }
        m.starts.add(text.length());
        return m;
    }

    // ---- queries ----

    /** The header statement of a table or array element with this concrete path, or null. */
    Stmt header(List<Object> path) {
        return headers.get(path);
    }

    /** The key/value statement whose key is the path or a prefix of it, or null. */
    Stmt owner(List<Object> path) {
        for (int n = 1; n <= path.size(); n++) {
            Stmt s = keys.get(path.subList(0, n));
            if (s != null) {
                return s;
            }
        }
        return null;
    }

    /** Tells whether a table exists only through dotted keys inside an inline table. */
    boolean impliedInline(List<Object> path) {
        return impliedInline.contains(path);
    }

    /** Index of a statement. */
    int indexOf(Stmt s) {
        return stmts.indexOf(s);
    }

    /** Tells whether an offset is where a statement starts (or the end of the text). */
    boolean isBoundary(int offset) {
        return starts.contains(offset);
    }

    /** Start of the first header after an offset, or the text length. */
    int nextHeaderStart(int from) {
        for (Stmt s : stmts) {
            if (s.isHeader() && s.start >= from) {
                return s.start;
            }
        }
        return text.length();
    }

    static boolean startsWith(List<Object> path, List<Object> prefix) {
        return path.size() >= prefix.size() && path.subList(0, prefix.size()).equals(prefix);
    }

    // ---- scanner ----

    private void scan() {
        Map<List<Object>, Integer> arrays = new HashMap<>();
        List<Object> table = List.of();
        while (pos < text.length()) {
            int start = pos;
            skipSpaces();
            if (atEol()) {
                eol();
                stmts.add(new Stmt(Kind.BLANK, start, pos, List.of(), List.of(), -1, -1));
            } else if (text.charAt(pos) == '#') {
                restOfLine();
                stmts.add(new Stmt(Kind.COMMENT, start, pos, List.of(), List.of(), -1, -1));
            } else if (text.charAt(pos) == '[') {
                boolean array = text.startsWith("[[", pos);
                pos += array ? 2 : 1;
                skipSpaces();
                List<String> key = key();
                skipSpaces();
                pos += array ? 2 : 1;
                restOfLine();
                table = resolve(key, array, arrays);
                stmts.add(new Stmt(array ? Kind.ARRAY_TABLE : Kind.TABLE, start, pos, table, List.of(), -1, -1));
            } else {
                List<String> key = key();
                skipSpaces();
                pos++; // '='
                skipSpaces();
                List<Object> path = new ArrayList<>(table);
                path.addAll(key);
                int vs = pos;
                value(path);
                int ve = pos;
                restOfLine();
                stmts.add(new Stmt(Kind.KEY_VALUE, start, pos, List.copyOf(path), table, vs, ve));
            }
        }
    }

    /** A header's concrete path: a prefix naming an array of tables means its last element. */
    private static List<Object> resolve(List<String> key, boolean array, Map<List<Object>, Integer> arrays) {
        List<Object> cur = new ArrayList<>();
        for (int i = 0; i < key.size(); i++) {
            cur.add(key.get(i));
            boolean last = i == key.size() - 1;
            if (last && array) {
                int n = arrays.merge(List.copyOf(cur), 1, Integer::sum);
                cur.add(n - 1);
            } else if (arrays.containsKey(cur)) {
                cur.add(arrays.get(cur) - 1);
            }
        }
        return List.copyOf(cur);
    }

    private boolean atEol() {
        return pos >= text.length() || text.charAt(pos) == '\n' || text.startsWith("\r\n", pos);
    }

    private void eol() {
        pos += pos >= text.length() ? 0 : text.charAt(pos) == '\r' ? 2 : 1;
    }

    private void skipSpaces() {
        while (pos < text.length() && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')) {
            pos++;
        }
    }

    /** Spaces, an optional comment and the line ending. */
    private void restOfLine() {
        while (!atEol()) {
            pos++;
        }
        eol();
    }

    private void skipSpaceAndComments() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                pos++;
            } else if (c == '#') {
                while (!atEol()) {
                    pos++;
                }
            } else {
                return;
            }
        }
    }

    private List<String> key() {
        List<String> parts = new ArrayList<>();
        while (true) {
            parts.add(simpleKey());
            int save = pos;
            skipSpaces();
            if (pos < text.length() && text.charAt(pos) == '.') {
                pos++;
                skipSpaces();
            } else {
                pos = save;
                return parts;
            }
        }
    }

    private String simpleKey() {
        char c = text.charAt(pos);
        if (c == '"') {
            return basicString();
        }
        if (c == '\'') {
            int end = text.indexOf('\'', pos + 1);
            String s = text.substring(pos + 1, end);
            pos = end + 1;
            return s;
        }
        int start = pos;
        while (pos < text.length() && " \t\r\n=.[]#\"',{}".indexOf(text.charAt(pos)) < 0) {
            pos++;
        }
        return text.substring(start, pos);
    }

    private String basicString() {
        StringBuilder sb = new StringBuilder();
        pos++;
        while (text.charAt(pos) != '"') {
            char c = text.charAt(pos++);
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char e = text.charAt(pos++);
            switch (e) {
                case 'b' -> sb.append('\b');
                case 't' -> sb.append('\t');
                case 'n' -> sb.append('\n');
                case 'f' -> sb.append('\f');
                case 'r' -> sb.append('\r');
                case 'u', 'U' -> {
                    int n = e == 'u' ? 4 : 8;
                    sb.appendCodePoint(Integer.parseInt(text.substring(pos, pos + n), 16));
                    pos += n;
                }
                default -> sb.append(e);
            }
        }
        pos++;
        return sb.toString();
    }

    private void value(List<Object> path) {
        char c = text.charAt(pos);
        if (text.startsWith("\"\"\"", pos) || text.startsWith("'''", pos)) {
            multiLine(c);
        } else if (c == '"') {
            basicString();
        } else if (c == '\'') {
            pos = text.indexOf('\'', pos + 1) + 1;
        } else if (c == '[' || c == '{') {
            char close = c == '[' ? ']' : '}';
            pos++;
            for (int index = 0;; index++) {
                skipSpaceAndComments();
                if (text.charAt(pos) == close) {
                    pos++;
                    return;
                }
                List<Object> sub = new ArrayList<>(path);
                if (c == '{') {
                    List<String> key = key();
                    for (int k = 0; k < key.size() - 1; k++) {
                        sub.add(key.get(k));
                        impliedInline.add(List.copyOf(sub));
                    }
                    sub.add(key.get(key.size() - 1));
                    skipSpaces();
                    pos++; // '='
                    skipSpaces();
                } else {
                    sub.add(index);
                }
                value(sub);
                skipSpaceAndComments();
                if (text.charAt(pos) == ',') {
                    pos++;
                }
            }
        } else {
            int start = pos;
            bare();
            if (pos - start == 10 && pos + 3 < text.length() && text.charAt(pos) == ' '
                    && Character.isDigit(text.charAt(pos + 1)) && text.charAt(pos + 3) == ':') {
                pos++;
                bare();
            }
        }
    }

    private void bare() {
        while (pos < text.length() && " \t\r\n,]}#".indexOf(text.charAt(pos)) < 0) {
            pos++;
        }
    }

    private void multiLine(char quote) {
        pos += 3;
        while (true) {
            char c = text.charAt(pos);
            if (c == '\\' && quote == '"') {
                pos += 2;
            } else if (c == quote && text.startsWith(String.valueOf(quote).repeat(3), pos)) {
                int run = 0;
                while (pos + run < text.length() && text.charAt(pos + run) == quote) {
                    run++;
                }
                pos += Math.min(run, 5);
                return;
            } else {
                pos++;
            }
        }
    }
}
