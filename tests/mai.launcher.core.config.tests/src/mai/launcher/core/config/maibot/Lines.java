package mai.launcher.core.config.maibot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

/** Line-level comparison of texts: what an edit may and may not touch. */
final class Lines {

    private Lines() {
    }

    /** Splits keeping line terminators, so that a changed line ending would count as a change. */
    static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                out.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            out.add(text.substring(start));
        }
        return out;
    }

    /** The 0-based numbers of the lines that differ; both texts must have the same line count. */
    static List<Integer> changed(String before, String after) {
        List<String> a = of(before);
        List<String> b = of(after);
        assertEquals(a.size(), b.size(), "the edit must not add or remove lines");
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equals(b.get(i))) {
                out.add(i);
            }
        }
        return out;
    }

    /** Asserts that exactly one line differs and that it is the line of {@code key}. */
    static void assertOneLineChanged(String before, String after, String key) {
        List<Integer> changed = changed(before, after);
        assertEquals(1, changed.size(), "exactly one line may change, changed: " + changed);
        String line = of(after).get(changed.get(0));
        assertTrue(line.strip().startsWith(key), "the changed line is the key's line: " + line);
    }
}
