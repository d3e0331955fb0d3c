package mai.launcher.core.config.internal;

import java.util.ArrayList;
import java.util.List;

import mai.launcher.core.config.internal.ValueNode.ScalarKind;

/** Reads keys and values at a {@link Cursor}, recording the exact span of each value. */
final class ValueScanner {

    /** Characters that end a bare value such as a number, boolean or date. */
    private static final String BARE_VALUE_END = " \t\r\n,]}#";

    private final Cursor in;
    private final StringScanner strings;

    ValueScanner(Cursor in) {
        this.in = in;
        this.strings = new StringScanner(in);
    }

    /** Reads a possibly dotted key such as {@code a . "b c".d}. */
    List<KeyPart> keyPath() {
        List<KeyPart> parts = new ArrayList<>();
        while (true) {
            parts.add(simpleKey());
            int save = in.pos;
            in.skipSpaces();
            if (!in.at('.')) {
                in.pos = save;
                return parts;
            }
            in.pos++;
            in.skipSpaces();
        }
    }

    private KeyPart simpleKey() {
        int start = in.pos;
        if (in.at('"')) {
            String name = strings.basic();
            return new KeyPart(name, start, in.pos, KeyPart.Style.BASIC);
        }
        if (in.at('\'')) {
            String name = strings.literal();
            return new KeyPart(name, start, in.pos, KeyPart.Style.LITERAL);
        }
        while (!in.atEnd() && isBareKeyChar(in.peek())) {
            in.pos++;
        }
        if (in.pos == start) {
            throw in.error("key expected");
        }
        return new KeyPart(in.text.substring(start, in.pos), start, in.pos, KeyPart.Style.BARE);
    }

    private static boolean isBareKeyChar(char c) {
        // Lenient on purpose: tomlj has validated the text, so anything that is not a delimiter
        // is part of the key (this also covers Unicode bare keys of newer TOML drafts).
        return " \t\r\n=.[]#\"',{}".indexOf(c) < 0;
    }

    /** Reads any value. */
    ValueNode value() {
        if (in.atEnd()) {
            throw in.error("value expected");
        }
        char c = in.peek();
        int start = in.pos;
        if (c == '"' || c == '\'') {
            return stringValue(start);
        }
        if (c == '[') {
            return array(start);
        }
        if (c == '{') {
            return inlineTable(start);
        }
        return bare(start);
    }

    private ValueNode stringValue(int start) {
        ScalarKind kind;
        String decoded;
        if (in.startsWith("\"\"\"")) {
            kind = ScalarKind.ML_BASIC_STRING;
            decoded = strings.multiLineBasic();
        } else if (in.startsWith("'''")) {
            kind = ScalarKind.ML_LITERAL_STRING;
            decoded = strings.multiLineLiteral();
        } else if (in.at('"')) {
            kind = ScalarKind.BASIC_STRING;
            decoded = strings.basic();
        } else {
            kind = ScalarKind.LITERAL_STRING;
            decoded = strings.literal();
        }
        return new ValueNode.Scalar(start, in.pos, kind, decoded);
    }

    private ValueNode array(int start) {
        in.pos++;
        List<ValueNode> elements = new ArrayList<>();
        while (true) {
            in.skipBlankSpace();
            if (in.at(']')) {
                in.pos++;
                return new ValueNode.ArrayNode(start, in.pos, List.copyOf(elements));
            }
            elements.add(value());
            in.skipBlankSpace();
            if (in.at(',')) {
                in.pos++;
            } else if (!in.at(']')) {
                throw in.error("',' or ']' expected");
            }
        }
    }

    private ValueNode inlineTable(int start) {
        in.pos++;
        List<ValueNode.InlineEntry> entries = new ArrayList<>();
        while (true) {
            in.skipBlankSpace();
            if (in.at('}')) {
                in.pos++;
                return new ValueNode.InlineTableNode(start, in.pos, List.copyOf(entries));
            }
            List<KeyPart> key = keyPath();
            in.skipSpaces();
            in.expect('=');
            in.skipSpaces();
            entries.add(new ValueNode.InlineEntry(List.copyOf(key), value()));
            in.skipBlankSpace();
            if (in.at(',')) {
                in.pos++;
            } else if (!in.at('}')) {
                throw in.error("',' or '}' expected");
            }
        }
    }

    private ValueNode bare(int start) {
        scanBareToken();
        // A date and a time may be separated by one space: "1979-05-27 07:32:00Z".
        if (in.pos - start == 10 && in.at(' ') && looksLikeTime(in.pos + 1)) {
            in.pos++;
            scanBareToken();
        }
        String token = in.text.substring(start, in.pos);
        if (token.isEmpty()) {
            throw in.error("value expected");
        }
        Object decoded = ScalarDecoder.decode(token);
        return new ValueNode.Scalar(start, in.pos, ScalarDecoder.kindOf(decoded), decoded);
    }

    private void scanBareToken() {
        while (!in.atEnd() && BARE_VALUE_END.indexOf(in.peek()) < 0) {
            in.pos++;
        }
    }

    private boolean looksLikeTime(int at) {
        String t = in.text;
        return at + 2 < t.length() && Character.isDigit(t.charAt(at))
                && Character.isDigit(t.charAt(at + 1)) && t.charAt(at + 2) == ':';
    }
}
