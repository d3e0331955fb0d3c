package mai.launcher.ui.config.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tables and keys of a TOML text, in order, with the line each starts on: what the outline shows and where a
 * click takes the caret. Read from the lines, so it works while the text is being typed and not yet valid.
 */
final class Outline {

    /** A table ({@code [a.b]} or {@code [[a]]}) with its keys, or a key. */
    record Node(String label, int line, boolean table, List<Node> children) {
    }

    private static final Pattern HEADER = Pattern.compile("^\\s*(\\[\\[?)\\s*([^\\]#]+?)\\s*\\]\\]?"); //$NON-NLS-1$
    private static final Pattern KEY = Pattern.compile("^\\s*((?:[A-Za-z0-9_-]+|\"[^\"]*\"|'[^']*')(?:\\s*\\.\\s*(?:[A-Za-z0-9_-]+|\"[^\"]*\"|'[^']*'))*)\\s*="); //$NON-NLS-1$

    private Outline() {
    }

    static List<Node> of(String text) {
        List<Node> roots = new ArrayList<>();
        List<Node> current = roots;
        String[] lines = text.split("\n", -1); //$NON-NLS-1$
        boolean inMultiline = false;
        String delimiter = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (inMultiline) {
                if (line.contains(delimiter)) {
                    inMultiline = false;
                }
                continue;
            }
            Matcher header = HEADER.matcher(line);
            Matcher key = KEY.matcher(line);
            if (header.find()) {
                String label = header.group(1).equals("[[") ? header.group(2) + " []" : header.group(2); //$NON-NLS-1$ //$NON-NLS-2$
                Node table = new Node(label, i + 1, true, new ArrayList<>());
                roots.add(table);
                current = table.children();
            } else if (key.find()) {
                current.add(new Node(key.group(1), i + 1, false, List.of()));
                String rest = line.substring(key.end());
                for (String triple : List.of("\"\"\"", "'''")) { //$NON-NLS-1$ //$NON-NLS-2$
                    int open = rest.indexOf(triple);
                    if (open >= 0 && rest.indexOf(triple, open + 3) < 0) {
                        inMultiline = true;
                        delimiter = triple;
                    }
                }
            }
        }
        return roots;
    }
}
