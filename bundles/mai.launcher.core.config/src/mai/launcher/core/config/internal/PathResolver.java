package mai.launcher.core.config.internal;

import java.util.List;
import java.util.Optional;

import mai.launcher.core.config.TomlPath;
import mai.launcher.core.config.TomlPath.Index;
import mai.launcher.core.config.TomlPath.Key;
import mai.launcher.core.config.TomlPath.Segment;

/** Finds what a {@link TomlPath} points at, down into arrays and inline tables. */
public final class PathResolver {

    private PathResolver() {
    }

    /**
     * Resolves a path.
     *
     * @param model the document snapshot
     * @param path  the path
     * @return what the path points at, or empty when nothing is written there (a key inside a
     *         dotted inline-table key such as {@code {a.b = 1}} path {@code a} is also empty)
     */
    public static Optional<Located> resolve(Model model, TomlPath path) {
        List<Segment> segs = path.segments();
        TNode cur = model.root();
        for (int i = 0; i < segs.size(); i++) {
            if (cur.kind() == TNode.Kind.VALUE) {
                return inValue(cur, cur.value(), segs.subList(i, segs.size()));
            }
            cur = step(cur, segs.get(i));
            if (cur == null) {
                return Optional.empty();
            }
        }
        return Optional.of(switch (cur.kind()) {
            case TABLE -> new Located.Table(cur);
            case TABLE_ARRAY -> new Located.TableArray(cur);
            case VALUE -> new Located.Value(cur, cur.value(), false);
        });
    }

    private static TNode step(TNode node, Segment seg) {
        if (node.kind() == TNode.Kind.TABLE && seg instanceof Key k) {
            return node.children().get(k.name());
        }
        if (node.kind() == TNode.Kind.TABLE_ARRAY && seg instanceof Index ix
                && ix.index() < node.elements().size()) {
            return node.elements().get(ix.index());
        }
        return null;
    }

    private static Optional<Located> inValue(TNode owner, ValueNode node, List<Segment> rest) {
        ValueNode cur = node;
        int i = 0;
        while (i < rest.size()) {
            Segment seg = rest.get(i);
            if (cur instanceof ValueNode.ArrayNode a && seg instanceof Index ix
                    && ix.index() < a.elements().size()) {
                cur = a.elements().get(ix.index());
                i++;
            } else if (cur instanceof ValueNode.InlineTableNode t && seg instanceof Key) {
                ValueNode.InlineEntry e = matchEntry(t, rest.subList(i, rest.size()));
                if (e == null) {
                    return Optional.empty();
                }
                cur = e.value();
                i += e.key().size();
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(new Located.Value(owner, cur, cur != node));
    }

    /** The entry whose (possibly dotted) key equals the first segments of {@code rest}. */
    private static ValueNode.InlineEntry matchEntry(ValueNode.InlineTableNode t, List<Segment> rest) {
        for (ValueNode.InlineEntry e : t.entries()) {
            List<KeyPart> key = e.key();
            if (key.size() > rest.size()) {
                continue;
            }
            boolean same = true;
            for (int k = 0; k < key.size() && same; k++) {
                same = rest.get(k) instanceof Key rk && rk.name().equals(key.get(k).name());
            }
            if (same) {
                return e;
            }
        }
        return null;
    }
}
