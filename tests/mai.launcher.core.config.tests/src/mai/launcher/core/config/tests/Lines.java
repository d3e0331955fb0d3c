package mai.launcher.core.config.tests;


import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the text a test expects by applying line operations to the original text. Lines are
 * found by their exact content, so the expectations do not depend on line numbers.
 */
final class Lines {

    private final List<String> lines;
    private final String eol;

    private Lines(String text) {
        this.lines = new ArrayList<>(LineDiff.lines(text));
        this.eol = text.contains("\r\n") ? "\r\n" : "\n";
    }

    static Lines of(String text) {
        return new Lines(text);
    }

    /** Index of the only line with this content (without line ending). */
    int indexOf(String content) {
        int found = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (strip(lines.get(i)).equals(content)) {
                assertEquals(-1, found, "line occurs more than once: " + content);
                found = i;
            }
        }
        if (found < 0) {
            throw new AssertionError("line not found: " + content);
        }
        return found;
    }

    Lines replace(String oldContent, String newContent) {
        int i = indexOf(oldContent);
        lines.set(i, newContent + ending(lines.get(i)));
        return this;
    }

    Lines insertAfter(String anchor, String... newLines) {
        int at = indexOf(anchor) + 1;
        for (String l : newLines) {
            lines.add(at++, l + eol);
        }
        return this;
    }

    /** Inserts lines before the line at {@code index} (0-based). */
    Lines insertAt(int index, String... newLines) {
        int at = index;
        for (String l : newLines) {
            lines.add(at++, l + eol);
        }
        return this;
    }

    /** Removes {@code count} lines starting {@code offset} lines after the anchor line. */
    Lines remove(String anchor, int offset, int count) {
        int from = indexOf(anchor) + offset;
        for (int k = 0; k < count; k++) {
            lines.remove(from);
        }
        return this;
    }

    Lines append(String... newLines) {
        for (String l : newLines) {
            lines.add(l + eol);
        }
        return this;
    }

    String text() {
        return String.join("", lines);
    }

    private static String strip(String l) {
        return l.substring(0, l.length() - ending(l).length());
    }

    private static String ending(String l) {
        return l.endsWith("\r\n") ? "\r\n" : l.endsWith("\n") ? "\n" : "";
    }
}
