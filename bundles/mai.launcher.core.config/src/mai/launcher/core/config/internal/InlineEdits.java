package mai.launcher.core.config.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import mai.launcher.core.config.ConfigException;
import mai.launcher.core.config.TomlPath;

/** Adds and removes entries inside arrays and inline tables without touching their neighbours. */
final class InlineEdits {

    private InlineEdits() {
    }

    /**
     * Adds {@code key = value} to an inline table, or {@code prefix.key = value} when the target
     * table only exists through dotted keys such as {@code type.name} in {@code {type.name = 1}}.
     */
    static String addEntry(Model m, TomlPath table, ValueNode.InlineTableNode t, List<String> prefix, String key,
            String rendered) throws ConfigException {
        for (ValueNode.InlineEntry e : t.entries()) {
            if (startsWith(e.key(), prefix, key)) {
                throw new ConfigException(Messages.format(Messages.edit_keyExists, table.child(key).toString()));
            }
        }
        StringBuilder entry = new StringBuilder();
        prefix.forEach(p -> entry.append(ValueRenderer.key(p)).append('.'));
        entry.append(ValueRenderer.key(key)).append(" = ").append(rendered);
        if (t.entries().isEmpty()) {
            return TextOps.replace(m.text(), t.start(), t.end(), "{" + entry + "}");
        }
        int at = t.entries().get(t.entries().size() - 1).value().end();
        return TextOps.replace(m.text(), at, at, ", " + entry);
    }

    /** Whether a dotted entry key begins with {@code prefix} followed by {@code key}. */
    private static boolean startsWith(List<KeyPart> entryKey, List<String> prefix, String key) {
        if (entryKey.size() <= prefix.size()) {
            return false;
        }
        for (int i = 0; i < prefix.size(); i++) {
            if (!entryKey.get(i).name().equals(prefix.get(i))) {
                return false;
            }
        }
        return entryKey.get(prefix.size()).name().equals(key);
    }

    /** Removes one array element or inline-table entry, with its comma and, if alone, its line. */
    static String remove(Model m, TomlPath path, Located.Value v) throws ConfigException {
        Located parent = PathResolver.resolve(m, path.parent()).orElse(null);
        if (!(parent instanceof Located.Value p)) {
            return removeDottedEntry(m, path);
        }
        int[] starts;
        int[] ends;
        int index;
        if (p.node() instanceof ValueNode.ArrayNode a) {
            List<ValueNode> el = a.elements();
            starts = el.stream().mapToInt(ValueNode::start).toArray();
            ends = el.stream().mapToInt(ValueNode::end).toArray();
            index = el.indexOf(v.node());
        } else {
            List<ValueNode.InlineEntry> en = ((ValueNode.InlineTableNode) p.node()).entries();
            starts = en.stream().mapToInt(e -> e.key().get(0).start()).toArray();
            ends = en.stream().mapToInt(e -> e.value().end()).toArray();
            index = en.stream().map(ValueNode.InlineEntry::value).toList().indexOf(v.node());
        }
        return removeItem(m.text(), starts, ends, index, m.eol());
    }

    /** Removes an entry written with a dotted key, e.g. path animal.type.name of {type.name = "pug"}. */
    private static String removeDottedEntry(Model m, TomlPath path) throws ConfigException {
        Optional<PathResolver.DottedPrefix> d = PathResolver.dottedPrefix(m, path.parent());
        if (d.isPresent() && path.segments().get(path.segments().size() - 1) instanceof TomlPath.Key last) {
            List<String> key = new ArrayList<>(d.get().keys());
            key.add(last.name());
            List<ValueNode.InlineEntry> en = d.get().table().entries();
            for (int i = 0; i < en.size(); i++) {
                if (en.get(i).key().stream().map(KeyPart::name).toList().equals(key)) {
                    int[] starts = en.stream().mapToInt(e -> e.key().get(0).start()).toArray();
                    int[] ends = en.stream().mapToInt(e -> e.value().end()).toArray();
                    return removeItem(m.text(), starts, ends, i, m.eol());
                }
            }
        }
        throw new ConfigException(Messages.format(Messages.edit_cannotRemoveNested, path.toString()));
    }

    private static String removeItem(String t, int[] starts, int[] ends, int i, String eol) {
        int lineStart = t.lastIndexOf('\n', starts[i] - 1) + 1;
        int after = skip(t, ends[i], " \t");
        if (after < t.length() && t.charAt(after) == ',') {
            after = skip(t, after + 1, " \t");
        }
        boolean ownLine = t.substring(lineStart, starts[i]).isBlank()
                && (after >= t.length() || t.charAt(after) == '#' || t.startsWith(eol, after)
                        || t.charAt(after) == '\n');
        if (ownLine && lineStart > 0) {
            int lineEnd = t.indexOf('\n', after);
            return TextOps.replace(t, lineStart, lineEnd < 0 ? t.length() : lineEnd + 1, "");
        }
        if (i < starts.length - 1) {
            return TextOps.replace(t, starts[i], starts[i + 1], "");
        }
        if (i > 0) {
            return TextOps.replace(t, ends[i - 1], ends[i], "");
        }
        int end = skip(t, ends[i], " \t");
        end = end < t.length() && t.charAt(end) == ',' ? end + 1 : ends[i];
        return TextOps.replace(t, starts[i], end, "");
    }

    private static int skip(String t, int from, String chars) {
        int p = from;
        while (p < t.length() && chars.indexOf(t.charAt(p)) >= 0) {
            p++;
        }
        return p;
    }
}
