package mai.launcher.core.config.internal;

import java.util.ArrayList;
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

    /**
     * A table that exists only through dotted keys inside an inline table, such as
     * {@code animal.type} in {@code animal = {type.name = "pug"}}.
     *
     * @param owner the path of the inline table that holds the dotted keys ({@code animal})
     * @param table that inline table
     * @param keys  the key names from the inline table to the path ({@code type})
     */
    public record DottedPrefix(TomlPath owner, ValueNode.InlineTableNode table, List<String> keys) {
    }

    /**
     * Finds the inline table whose dotted keys imply a path that {@link #resolve} cannot find.
     *
     * @param model the document snapshot
     * @param path  the path
     * @return the inline table and the dotted prefix, or empty when the path is not such a table
     */
    public static Optional<DottedPrefix> dottedPrefix(Model model, TomlPath path) {
        List<Segment> segs = path.segments();
        for (int n = segs.size() - 1; n >= 1; n--) {
            Optional<Located> loc = resolve(model, new TomlPath(segs.subList(0, n)));
            if (loc.isEmpty()) {
                continue;
            }
            if (!(loc.get() instanceof Located.Value v) || !(v.node() instanceof ValueNode.InlineTableNode t)) {
                return Optional.empty();
            }
            List<String> keys = new ArrayList<>();
            for (Segment s : segs.subList(n, segs.size())) {
                if (!(s instanceof Key k)) {
                    return Optional.empty();
                }
                keys.add(k.name());
            }
            for (ValueNode.InlineEntry e : t.entries()) {
                if (e.key().size() > keys.size() && names(e.key().subList(0, keys.size())).equals(keys)) {
                    return Optional.of(new DottedPrefix(new TomlPath(segs.subList(0, n)), t, List.copyOf(keys)));
                }
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static List<String> names(List<KeyPart> parts) {
        return parts.stream().map(KeyPart::name).toList();
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
