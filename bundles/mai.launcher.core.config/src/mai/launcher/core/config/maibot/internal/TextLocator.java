package mai.launcher.core.config.maibot.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import mai.launcher.core.config.TomlPath;

/**
 * Finds the line of a key or table in a TOML text, for messages that tell people where to look.
 * The engine does not expose positions, so this reads the text line by line: {@code [table]} and
 * {@code [[array]]} headers (counting array elements, and placing {@code [array.sub]} in the
 * latest element) and {@code key = } lines, skipping the inside of multi-line strings. Good for
 * the files MaiBot writes; dotted keys and keys inside inline tables resolve to their nearest
 * enclosing key or header.
 */
public final class TextLocator {

    private record Header(int line, List<Object> segments) {
    }

    private final List<String> lines;
    private final List<Header> headers = new ArrayList<>();

    /**
     * Indexes a text.
     *
     * @param text the TOML text
     */
    public TextLocator(String text) {
        this.lines = List.of(text.split("\r?\n", -1)); //$NON-NLS-1$
        index();
    }

    /**
     * Returns the 1-based line of a path: the key's line, the header of a table or array element,
     * the first element of an array of tables, or the line of the nearest enclosing key.
     *
     * @param path the path
     * @return the line, or empty when nothing on the way is found
     */
    public OptionalInt line(TomlPath path) {
        List<Object> target = plain(path);
        for (int len = target.size(); len > 0; len--) {
            OptionalInt found = exact(target.subList(0, len));
            if (found.isPresent()) {
                return found;
            }
        }
        return OptionalInt.empty();
    }

    private OptionalInt exact(List<Object> target) {
        for (Header h : headers) {
            if (h.segments().equals(target) || startsWithElement(h.segments(), target)) {
                return OptionalInt.of(h.line());
            }
        }
        if (!(target.get(target.size() - 1) instanceof String key)) {
            return OptionalInt.empty();
        }
        List<Object> table = target.subList(0, target.size() - 1);
        for (int i = -1; i < headers.size(); i++) {
            if (i == -1 ? table.isEmpty() : headers.get(i).segments().equals(table)) {
                OptionalInt l = keyLine(key, i == -1 ? 0 : headers.get(i).line(),
                        i + 1 < headers.size() ? headers.get(i + 1).line() - 1 : lines.size());
                if (l.isPresent()) {
                    return l;
                }
            }
        }
        return OptionalInt.empty();
    }

    /** {@code api_providers} matches the header of {@code api_providers[0]}. */
    private static boolean startsWithElement(List<Object> header, List<Object> target) {
        return header.size() == target.size() + 1 && header.subList(0, target.size()).equals(target)
                && header.get(target.size()) instanceof Integer;
    }

    /** Scans lines (from, to], 1-based line numbers. */
    private OptionalInt keyLine(String key, int from, int to) {
        boolean[] inString = {false};
        for (int n = from + 1; n <= to; n++) {
            String line = lines.get(n - 1);
            boolean wasInString = inString[0];
            toggleMultiline(line, inString);
            if (!wasInString && key.equals(keyOf(line.strip()))) {
                return OptionalInt.of(n);
            }
        }
        return OptionalInt.empty();
    }

    private void index() {
        Map<List<Object>, Integer> counts = new HashMap<>();
        boolean[] inString = {false};
        for (int n = 1; n <= lines.size(); n++) {
            String line = lines.get(n - 1).strip();
            boolean wasInString = inString[0];
            toggleMultiline(line, inString);
            if (wasInString || !line.startsWith("[")) { //$NON-NLS-1$
                continue;
            }
            boolean array = line.startsWith("[["); //$NON-NLS-1$
            int close = line.indexOf(array ? "]]" : "]"); //$NON-NLS-1$ //$NON-NLS-2$
            if (close < 0) {
                continue;
            }
            List<Object> segs = withElements(dotted(line.substring(array ? 2 : 1, close)), counts);
            if (array) {
                int index = counts.merge(List.copyOf(segs), 1, Integer::sum) - 1;
                segs.add(index);
            }
            headers.add(new Header(n, segs));
        }
    }

    /** Places {@code [models.extra_params]} inside the latest {@code [[models]]} element. */
    private static List<Object> withElements(List<String> names, Map<List<Object>, Integer> counts) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            out.add(names.get(i));
            Integer count = counts.get(out);
            if (count != null && i < names.size() - 1) {
                out.add(count - 1);
            }
        }
        return out;
    }

    private static List<String> dotted(String header) {
        List<String> out = new ArrayList<>();
        for (String part : header.split("\\.")) { //$NON-NLS-1$
            out.add(unquote(part.strip()));
        }
        return out;
    }

    private static String keyOf(String line) {
        int eq = line.indexOf('=');
        if (eq <= 0 || line.startsWith("#") || line.startsWith("[")) { //$NON-NLS-1$ //$NON-NLS-2$
            return null;
        }
        return unquote(line.substring(0, eq).strip());
    }

    private static String unquote(String s) {
        boolean quoted = s.length() >= 2 && s.charAt(0) == s.charAt(s.length() - 1)
                && (s.charAt(0) == '"' || s.charAt(0) == '\'');
        return quoted ? s.substring(1, s.length() - 1) : s;
    }

    private static void toggleMultiline(String line, boolean[] inString) {
        int count = count(line, "\"\"\"") + count(line, "'''"); //$NON-NLS-1$ //$NON-NLS-2$
        if (count % 2 == 1) {
            inString[0] = !inString[0];
        }
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + what.length())) {
            n++;
        }
        return n;
    }

    private static List<Object> plain(TomlPath path) {
        List<Object> out = new ArrayList<>();
        for (TomlPath.Segment s : path.segments()) {
            out.add(s instanceof TomlPath.Key k ? k.name() : ((TomlPath.Index) s).index());
        }
        return out;
    }
}
