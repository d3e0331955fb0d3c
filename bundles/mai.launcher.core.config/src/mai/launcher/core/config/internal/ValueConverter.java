package mai.launcher.core.config.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import mai.launcher.core.config.ConfigValue;
import mai.launcher.core.config.TomlPath;

/** Turns the parsed model into public {@link ConfigValue}s. */
public final class ValueConverter {

    private ValueConverter() {
    }

    /**
     * Reads the value at a path.
     *
     * @param model the snapshot
     * @param path  the path
     * @return the value, or empty when the path leads nowhere
     */
    public static Optional<ConfigValue> get(Model model, TomlPath path) {
        TNode cur = model.root();
        List<TomlPath.Segment> segs = path.segments();
        for (int i = 0; i < segs.size(); i++) {
            if (cur.kind() == TNode.Kind.VALUE) {
                return walk(of(cur.value()), segs.subList(i, segs.size()));
            }
            cur = next(cur, segs.get(i));
            if (cur == null) {
                return Optional.empty();
            }
        }
        return Optional.of(of(cur));
    }

    private static TNode next(TNode node, TomlPath.Segment seg) {
        if (seg instanceof TomlPath.Key k) {
            return node.kind() == TNode.Kind.TABLE ? node.children().get(k.name()) : null;
        }
        int ix = ((TomlPath.Index) seg).index();
        return node.kind() == TNode.Kind.TABLE_ARRAY && ix < node.elements().size()
                ? node.elements().get(ix) : null;
    }

    /** Continues a path inside an already converted value (arrays and inline tables). */
    private static Optional<ConfigValue> walk(ConfigValue start, List<TomlPath.Segment> rest) {
        ConfigValue cur = start;
        for (TomlPath.Segment seg : rest) {
            if (seg instanceof TomlPath.Key k && cur instanceof ConfigValue.TableValue t) {
                cur = t.entries().get(k.name());
            } else if (seg instanceof TomlPath.Index ix && cur instanceof ConfigValue.ArrayValue a
                    && ix.index() < a.elements().size()) {
                cur = a.elements().get(ix.index());
            } else {
                return Optional.empty();
            }
            if (cur == null) {
                return Optional.empty();
            }
        }
        return Optional.of(cur);
    }

    /**
     * Converts a node of the logical tree.
     *
     * @param node the node
     * @return its value
     */
    public static ConfigValue of(TNode node) {
        return switch (node.kind()) {
            case VALUE -> of(node.value());
            case TABLE_ARRAY -> new ConfigValue.ArrayValue(node.elements().stream().map(ValueConverter::of).toList());
            case TABLE -> {
                Map<String, ConfigValue> map = new LinkedHashMap<>();
                node.children().forEach((k, v) -> map.put(k, of(v)));
                yield new ConfigValue.TableValue(map, false);
            }
        };
    }

    /**
     * Converts a value as written in the source.
     *
     * @param node the value node
     * @return its value
     */
    public static ConfigValue of(ValueNode node) {
        return switch (node) {
            case ValueNode.Scalar s -> scalar(s.decoded());
            case ValueNode.ArrayNode a -> new ConfigValue.ArrayValue(a.elements().stream().map(ValueConverter::of).toList());
            case ValueNode.InlineTableNode t -> inline(t);
        };
    }

    private static ConfigValue scalar(Object v) {
        return switch (v) {
            case String s -> new ConfigValue.StringValue(s);
            case Long l -> new ConfigValue.IntegerValue(l);
            case Double d -> new ConfigValue.FloatValue(d);
            case Boolean b -> new ConfigValue.BooleanValue(b);
            case OffsetDateTime t -> new ConfigValue.OffsetDateTimeValue(t);
            case LocalDateTime t -> new ConfigValue.LocalDateTimeValue(t);
            case LocalDate t -> new ConfigValue.LocalDateValue(t);
            case LocalTime t -> new ConfigValue.LocalTimeValue(t);
            default -> throw new IllegalStateException("unknown scalar " + v);
        };
    }

    /** Inline tables may use dotted keys ({@code {a.b = 1}}), which create nested inline tables. */
    private static ConfigValue inline(ValueNode.InlineTableNode t) {
        Map<String, Object> root = new LinkedHashMap<>();
        for (ValueNode.InlineEntry e : t.entries()) {
            Map<String, Object> cur = root;
            List<KeyPart> key = e.key();
            for (int i = 0; i < key.size() - 1; i++) {
                @SuppressWarnings("unchecked")
                Map<String, Object> sub = (Map<String, Object>) cur.computeIfAbsent(key.get(i).name(),
                        n -> new LinkedHashMap<String, Object>());
                cur = sub;
            }
            cur.put(key.get(key.size() - 1).name(), of(e.value()));
        }
        return freeze(root);
    }

    private static ConfigValue.TableValue freeze(Map<String, Object> map) {
        Map<String, ConfigValue> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : map.entrySet()) {
            if (e.getValue() instanceof ConfigValue v) {
                out.put(e.getKey(), v);
            } else {
                @SuppressWarnings("unchecked")
                Map<String, Object> sub = (Map<String, Object>) e.getValue();
                out.put(e.getKey(), freeze(sub));
            }
        }
        return new ConfigValue.TableValue(out, true);
    }
}
