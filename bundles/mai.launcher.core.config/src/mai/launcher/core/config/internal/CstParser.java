package mai.launcher.core.config.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a TOML text into {@link Stmt statements} that tile it exactly. It is only run on text
 * that tomlj has already accepted, so it reports structure problems as
 * {@link IllegalStateException} (a bug) instead of user-facing messages.
 */
public final class CstParser {

    private final Cursor in;
    private final ValueScanner values;

    private CstParser(String text) {
        this.in = new Cursor(text);
        this.values = new ValueScanner(in);
    }

    /**
     * Parses a whole document (without byte order mark).
     *
     * @param text valid TOML
     * @return the statements, in order, covering every character
     */
    public static List<Stmt> parse(String text) {
        CstParser parser = new CstParser(text);
        List<Stmt> out = new ArrayList<>();
        while (!parser.in.atEnd()) {
            out.add(parser.statement());
        }
        return out;
    }

    private Stmt statement() {
        int start = in.pos;
        in.skipSpaces();
        int content = in.pos;
        if (in.atEol()) {
            int eol = in.pos;
            in.skipEol();
            return new Stmt(Stmt.Kind.BLANK, start, in.pos, content, List.of(), null, -1, eol);
        }
        if (in.at('#')) {
            in.skipComment();
            int eol = in.pos;
            in.skipEol();
            return new Stmt(Stmt.Kind.COMMENT, start, in.pos, content, List.of(), null, content, eol);
        }
        return in.at('[') ? header(start, content) : keyValue(start, content);
    }

    private Stmt header(int start, int content) {
        boolean array = in.startsWith("[[");
        in.pos += array ? 2 : 1;
        in.skipSpaces();
        List<KeyPart> key = values.keyPath();
        in.skipSpaces();
        in.expect(']');
        if (array) {
            in.expect(']');
        }
        return finish(array ? Stmt.Kind.TABLE_ARRAY : Stmt.Kind.TABLE, start, content, key, null);
    }

    private Stmt keyValue(int start, int content) {
        List<KeyPart> key = values.keyPath();
        in.skipSpaces();
        in.expect('=');
        in.skipSpaces();
        ValueNode value = values.value();
        return finish(Stmt.Kind.KEY_VALUE, start, content, key, value);
    }

    /** Reads what may follow a header or value on its line: spaces, a comment, the line break. */
    private Stmt finish(Stmt.Kind kind, int start, int content, List<KeyPart> key, ValueNode value) {
        in.skipSpaces();
        int comment = -1;
        if (in.at('#')) {
            comment = in.pos;
            in.skipComment();
        }
        if (!in.atEol()) {
            throw in.error("line break expected");
        }
        int eol = in.pos;
        in.skipEol();
        return new Stmt(kind, start, in.pos, content, List.copyOf(key), value, comment, eol);
    }
}
