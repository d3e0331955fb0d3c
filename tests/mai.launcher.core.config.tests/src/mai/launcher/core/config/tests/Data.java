package mai.launcher.core.config.tests;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import mai.launcher.core.config.ConfigValue;
import mai.launcher.core.config.TomlPath;

/**
 * The data of a TOML document in one comparable form, whoever read it (tomllib or the engine):
 * tables are {@link LinkedHashMap}s (compared without regard to order), arrays (also arrays of
 * tables) are {@link ArrayList}s, scalars are {@link Scalar}s with toml-test's type names and a
 * canonical text. Dates and times are compared to the microsecond, the precision of Python.
 * Paths are lists of {@link String} keys and {@link Integer} indexes.
 */
final class Data {

    private Data() {
    }

    /**
     * A scalar in canonical text form.
     *
     * @param type  string, integer, float, bool, datetime, datetime-local, date-local, time-local
     * @param value the canonical text
     */
    record Scalar(String type, String value) {
        @Override
        public String toString() {
            return type + ":" + value;
        }
    }

    /** Converts a value read by the engine. */
    static Object of(ConfigValue v) {
        return switch (v) {
            case ConfigValue.StringValue s -> new Scalar("string", s.value());
            case ConfigValue.IntegerValue i -> new Scalar("integer", Long.toString(i.value()));
            case ConfigValue.FloatValue f -> new Scalar("float", canonFloat(f.value()));
            case ConfigValue.BooleanValue b -> new Scalar("bool", Boolean.toString(b.value()));
            case ConfigValue.OffsetDateTimeValue t -> new Scalar("datetime",
                    date(t.value().toLocalDate()) + "T" + time(t.value().toLocalTime()) + offset(t.value()));
            case ConfigValue.LocalDateTimeValue t -> new Scalar("datetime-local",
                    date(t.value().toLocalDate()) + "T" + time(t.value().toLocalTime()));
            case ConfigValue.LocalDateValue t -> new Scalar("date-local", date(t.value()));
            case ConfigValue.LocalTimeValue t -> new Scalar("time-local", time(t.value()));
            case ConfigValue.ArrayValue a -> {
                List<Object> list = new ArrayList<>();
                a.elements().forEach(e -> list.add(of(e)));
                yield list;
            }
            case ConfigValue.TableValue t -> {
                Map<String, Object> map = new LinkedHashMap<>();
                t.entries().forEach((k, e) -> map.put(k, of(e)));
                yield map;
            }
        };
    }

    /** Converts the tagged JSON of {@link PyToml} (a tagged scalar has exactly two string members). */
    static Object fromJson(Object json) {
        if (json instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(e -> out.add(fromJson(e)));
            return out;
        }
        Map<?, ?> m = (Map<?, ?>) json;
        if (m.size() == 2 && m.get("type") instanceof String type && m.get("value") instanceof String value) {
            return new Scalar(type, type.equals("float") ? canonFloat(pythonFloat(value)) : value);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put((String) k, fromJson(v)));
        return out;
    }

    private static double pythonFloat(String repr) {
        return switch (repr) {
            case "nan" -> Double.NaN;
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(repr);
        };
    }

    static String canonFloat(double d) {
        return Double.isNaN(d) ? "nan" : Double.toString(d);
    }

    private static String date(LocalDate d) {
        return String.format("%04d-%02d-%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    private static String time(LocalTime t) {
        return String.format("%02d:%02d:%02d.%06d", t.getHour(), t.getMinute(), t.getSecond(), t.getNano() / 1000);
    }

    private static String offset(OffsetDateTime t) {
        int s = t.getOffset().getTotalSeconds();
        return String.format("%s%02d:%02d", s < 0 ? "-" : "+", Math.abs(s) / 3600, Math.abs(s) % 3600 / 60);
    }

    /** Converts a path of the engine. */
    static List<Object> path(TomlPath p) {
        List<Object> out = new ArrayList<>();
        for (TomlPath.Segment s : p.segments()) {
            out.add(s instanceof TomlPath.Key k ? k.name() : (Object) ((TomlPath.Index) s).index());
        }
        return out;
    }

    /** Converts a path for the engine. */
    static TomlPath tomlPath(List<Object> p) {
        return TomlPath.of(p.toArray());
    }

    /** A deep copy. */
    @SuppressWarnings("unchecked")
    static Object copy(Object v) {
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            ((Map<String, Object>) m).forEach((k, e) -> out.put(k, copy(e)));
            return out;
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(e -> out.add(copy(e)));
            return out;
        }
        return v;
    }

    /** The value at a path, or null. */
    static Object get(Object root, List<Object> path) {
        Object cur = root;
        for (Object seg : path) {
            if (seg instanceof String k && cur instanceof Map<?, ?> m) {
                cur = m.get(k);
            } else if (seg instanceof Integer i && cur instanceof List<?> l && i < l.size()) {
                cur = l.get(i);
            } else {
                return null;
            }
            if (cur == null) {
                return null;
            }
        }
        return cur;
    }

    /** The table at a path, creating missing tables on the way when asked. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> table(Object root, List<Object> path, boolean create) {
        Object cur = root;
        for (Object seg : path) {
            Object next;
            if (seg instanceof String k) {
                Map<String, Object> m = (Map<String, Object>) cur;
                next = m.get(k);
                if (next == null && create) {
                    next = new LinkedHashMap<String, Object>();
                    m.put(k, next);
                }
            } else {
                next = ((List<Object>) cur).get((Integer) seg);
            }
            if (next == null) {
                throw new AssertionError("test bug: no table at " + path);
            }
            cur = next;
        }
        return (Map<String, Object>) cur;
    }

    /** Replaces or adds the value at a path (the parent must exist). */
    @SuppressWarnings("unchecked")
    static void put(Object root, List<Object> path, Object value) {
        Object parent = get(root, path.subList(0, path.size() - 1));
        Object last = path.get(path.size() - 1);
        if (last instanceof String k) {
            ((Map<String, Object>) parent).put(k, value);
        } else {
            ((List<Object>) parent).set((Integer) last, value);
        }
    }

    /** Removes the value at a path. */
    static void remove(Object root, List<Object> path) {
        Object parent = get(root, path.subList(0, path.size() - 1));
        Object last = path.get(path.size() - 1);
        if (last instanceof String k) {
            ((Map<?, ?>) parent).remove(k);
        } else {
            ((List<?>) parent).remove((int) (Integer) last);
        }
    }

    /**
     * Describes the first difference, or returns null when equal (tables compare without order).
     *
     * @param expected the expected data
     * @param actual   the actual data
     * @return e.g. {@code at bot.nickname: expected string:a, was string:b}
     */
    static String diff(Object expected, Object actual) {
        return diff(expected, actual, new ArrayList<>());
    }

    private static String diff(Object e, Object a, List<Object> at) {
        if (e instanceof Map<?, ?> em && a instanceof Map<?, ?> am) {
            for (Object k : em.keySet()) {
                if (!am.containsKey(k)) {
                    return "at " + at + ": key " + show(k) + " missing (expected " + brief(em.get(k)) + ")";
                }
            }
            for (Object k : am.keySet()) {
                if (!em.containsKey(k)) {
                    return "at " + at + ": unexpected key " + show(k) + " = " + brief(am.get(k));
                }
            }
            for (Object k : em.keySet()) {
                at.add(k);
                String d = diff(em.get(k), am.get(k), at);
                at.remove(at.size() - 1);
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        if (e instanceof List<?> el && a instanceof List<?> al) {
            if (el.size() != al.size()) {
                return "at " + at + ": expected " + el.size() + " elements, was " + al.size() + ": " + brief(a);
            }
            for (int i = 0; i < el.size(); i++) {
                at.add(i);
                String d = diff(el.get(i), al.get(i), at);
                at.remove(at.size() - 1);
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        return Objects.equals(e, a) ? null : "at " + at + ": expected " + brief(e) + ", was " + brief(a);
    }

    private static String show(Object k) {
        return "\"" + k + "\"";
    }

    private static String brief(Object v) {
        String s = String.valueOf(v);
        return s.length() > 200 ? s.substring(0, 200) + "..." : s;
    }
}
