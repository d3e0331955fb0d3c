package mai.launcher.core.config.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mai.launcher.core.config.ConfigProblem;
import mai.launcher.core.config.TextPosition;

/**
 * Turns tomlj's technical error texts into sentences a non-programmer understands. The common
 * cases are recognised by tomlj's wording and by looking at the source line; anything else keeps
 * tomlj's text behind the line and column.
 */
final class ErrorTranslator {

    private static final Pattern DUPLICATE =
            Pattern.compile("(.+) previously defined at line (\\d+), column (\\d+)");
    private static final Pattern UNCLOSED =
            Pattern.compile("the (array|inline table) opened at line (\\d+), column (\\d+) is unclosed");
    private static final Pattern UNEXPECTED = Pattern.compile("Unexpected '(.*)', expected (.*)");
    private static final Pattern UNTERMINATED =
            Pattern.compile("Unexpected end of (line|input), expected (\"\"\"|'''|\"|') ?.*");

    private final String[] lines;

    ErrorTranslator(String text) {
        this.lines = text.split("\r?\n", -1);
    }

    ConfigProblem translate(String message, int line, int column) {
        int l = Math.max(1, line);
        int c = Math.max(1, column);
        return new ConfigProblem(new TextPosition(l, c), sentence(message, l, c));
    }

    private String sentence(String msg, int line, int col) {
        String l = String.valueOf(line);
        String c = String.valueOf(col);
        Matcher m;
        if (msg.endsWith("expected a value")) {
            String word = wordAt(line, col);
            return msg.startsWith("Unexpected end") || word.isEmpty()
                    ? Messages.format(Messages.validation_missingValue, l, c)
                    : Messages.format(Messages.validation_unknownValue, l, c, quoted(word));
        }
        if (msg.endsWith("expected . or =")) {
            return Messages.format(Messages.validation_missingEquals, l, c);
        }
        if (msg.matches("Unexpected end of line, expected \\]\\]?") && isHeaderLine(line)) {
            return Messages.format(Messages.validation_unclosedHeader, l, c);
        }
        if ((m = UNTERMINATED.matcher(msg)).matches()) {
            return Messages.format(Messages.validation_unterminatedString, l, c, m.group(2));
        }
        return structureSentence(msg, line, col);
    }

    /** Problems with keys, tables, lists and numbers; anything unknown keeps tomlj's text. */
    private String structureSentence(String msg, int line, int col) {
        String l = String.valueOf(line);
        String c = String.valueOf(col);
        Matcher m;
        if ((m = DUPLICATE.matcher(msg)).matches()) {
            String key = isHeaderLine(line) ? Messages.validation_duplicateTable : Messages.validation_duplicateKey;
            return Messages.format(key, new Object[] {l, c, m.group(1), m.group(2)});
        }
        if (msg.startsWith("Invalid escape sequence") || msg.startsWith("Invalid unicode escape")) {
            return Messages.format(Messages.validation_invalidEscape, l, c, quoted(escapeAt(line, col)));
        }
        if ((m = UNCLOSED.matcher(msg)).find()) {
            String key = m.group(1).equals("array") ? Messages.validation_unclosedArray
                    : Messages.validation_unclosedInlineTable;
            return Messages.format(key, l, c, m.group(2));
        }
        if (isNumberProblem(msg, line, col)) {
            return Messages.format(Messages.validation_badNumber, l, c, quoted(valueAt(line, col)));
        }
        if ((m = UNEXPECTED.matcher(msg)).matches() && m.group(2).startsWith("a newline")) {
            return Messages.format(Messages.validation_extraText, l, c, quoted(m.group(1)));
        }
        return Messages.format(Messages.validation_generic, l, c, msg);
    }

    private boolean isNumberProblem(String msg, int line, int col) {
        if (msg.startsWith("Leading zeros") || msg.startsWith("Integer is too large")
                || msg.contains("underscore")) {
            return true;
        }
        if (!msg.startsWith("Unexpected '") || !msg.endsWith("expected a newline or end-of-input")) {
            return false;
        }
        String value = valueAt(line, col);
        String text = lineText(line);
        // "30s" or "1,5" is a broken number; "1 2" is a good number followed by stray text.
        boolean adjacent = col >= 2 && col - 2 < text.length() && !Character.isWhitespace(text.charAt(col - 2));
        return adjacent && !value.isEmpty() && "0123456789+-.".indexOf(value.charAt(0)) >= 0;
    }

    private boolean isHeaderLine(int line) {
        return lineText(line).stripLeading().startsWith("[");
    }

    private String lineText(int line) {
        return line - 1 < lines.length ? lines[line - 1] : "";
    }

    /** The value after '=' on the line, cut at whitespace or a comment, e.g. {@code 12x3}. */
    private String valueAt(int line, int col) {
        String text = lineText(line);
        int eq = text.indexOf('=');
        if (eq < 0 || eq >= col) {
            return wordAt(line, col);
        }
        String rest = text.substring(eq + 1).stripLeading();
        int end = 0;
        while (end < rest.length() && " \t#]}".indexOf(rest.charAt(end)) < 0) {
            end++;
        }
        return rest.substring(0, end);
    }

    private String wordAt(int line, int col) {
        String text = lineText(line);
        int start = Math.min(col - 1, text.length());
        int end = start;
        while (end < text.length() && " \t#,]}".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return text.substring(start, end);
    }

    private String escapeAt(int line, int col) {
        String text = lineText(line);
        int at = text.lastIndexOf('\\', Math.min(col - 1, text.length() - 1));
        return at < 0 ? "\\" : text.substring(at, Math.min(text.length(), at + 2));
    }

    private static String quoted(String s) {
        return "\"" + s + "\"";
    }
}
