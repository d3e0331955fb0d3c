package mai.launcher.core.config.tests;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import mai.launcher.core.config.ConfigValue;

/**
 * Random edits for a document, chosen from what the document holds: valid ones of every kind,
 * and invalid ones that the engine must refuse.
 */
final class EditGen {

    private EditGen() {
    }

    private static <T> T pick(Random r, List<T> list) {
        return list.get(r.nextInt(list.size()));
    }

    /**
     * A valid edit, or null when the document offers nothing for the kinds tried.
     *
     * @param r  the random source
     * @param tm the map of the current text
     * @param data the current data
     * @return the edit
     */
    static Edit valid(Random r, TextMap tm, Object data) {
        for (int attempt = 0; attempt < 20; attempt++) {
            Edit e = tryValid(r, r.nextInt(100), tm, data);
            if (e != null) {
                return e;
            }
        }
        return null;
    }

    private static Edit tryValid(Random r, int dice, TextMap tm, Object data) {
        if (dice < 30) {
            List<List<Object>> values = Walk.valuePaths(tm, data);
            if (values.isEmpty()) {
                return null;
            }
            List<Object> p = pick(r, values);
            Object cur = Data.get(data, p);
            ConfigValue v = cur instanceof Data.Scalar sc && r.nextInt(10) < 7 ? Values.sameType(sc, r.nextInt(1000))
                    : Values.any(r, 2);
            return new Edit.Set(p, v);
        }
        if (dice < 45) {
            List<List<Object>> tables = new ArrayList<>(Walk.tables(tm, data));
            tables.addAll(Walk.inlineTables(tm, data));
            List<Object> t = pick(r, tables);
            return new Edit.AddKey(t, Values.newKey(r, Data.table(data, t, false)), Values.any(r, 2));
        }
        if (dice < 57) {
            List<List<Object>> paths = r.nextInt(10) < 7 ? Walk.keyPaths(tm) : nestedOnly(tm, data);
            return paths.isEmpty() ? null : new Edit.RemoveKey(pick(r, paths));
        }
        if (dice < 67) {
            List<Object> parent = pick(r, Walk.tables(tm, data));
            Map<String, ConfigValue> values = Values.entries(r, 1, r.nextInt(3));
            List<List<Object>> implicit = implicitTables(tm, data);
            if (!implicit.isEmpty() && r.nextInt(4) == 0) {
                List<Object> t = pick(r, implicit);
                values.keySet().removeAll(Data.table(data, t, false).keySet());
                return new Edit.AddTable(t, values);
            }
            return new Edit.AddTable(Walk.append(parent, Values.newKey(r, Data.table(data, parent, false))), values);
        }
        if (dice < 75) {
            List<List<Object>> tables = new ArrayList<>(Walk.headerTables(tm));
            for (List<Object> a : Walk.tableArrays(tm)) {
                for (int i = 0; i < ((List<?>) Data.get(data, a)).size(); i++) {
                    tables.add(Walk.append(a, i));
                }
            }
            if (tables.isEmpty()) {
                return null;
            }
            List<Object> t = pick(r, tables);
            boolean withSub = r.nextBoolean();
            if (!withSub && mixesDottedAndSubHeaders(tm, t)) {
                return null;
            }
            return new Edit.RemoveTable(t, withSub);
        }
        if (dice < 83) {
            List<List<Object>> arrays = Walk.tableArrays(tm);
            Map<String, ConfigValue> values = Values.entries(r, 1, r.nextInt(3));
            if (arrays.isEmpty() || r.nextInt(4) == 0) {
                List<Object> parent = pick(r, Walk.tables(tm, data));
                return new Edit.Append(Walk.append(parent, Values.newKey(r, Data.table(data, parent, false))), values);
            }
            return new Edit.Append(pick(r, arrays), values);
        }
        List<List<Object>> arrays = Walk.tableArrays(tm);
        if (arrays.isEmpty()) {
            return null;
        }
        List<Object> a = pick(r, arrays);
        int size = ((List<?>) Data.get(data, a)).size();
        if (dice < 90) {
            return new Edit.RemoveElement(a, r.nextInt(size));
        }
        return new Edit.Move(a, r.nextInt(size), r.nextInt(size));
    }

    private static List<List<Object>> nestedOnly(TextMap tm, Object data) {
        List<List<Object>> out = new ArrayList<>();
        for (List<Object> p : Walk.valuePaths(tm, data)) {
            if (!tm.owner(p).path().equals(p)) {
                out.add(p);
            }
        }
        return out;
    }

    /** Tables that exist only through sub-table headers ([a.b] without [a]). */
    private static List<List<Object>> implicitTables(TextMap tm, Object data) {
        List<List<Object>> out = new ArrayList<>();
        for (List<Object> t : Walk.tables(tm, data)) {
            if (!t.isEmpty() && !(t.get(t.size() - 1) instanceof Integer) && tm.header(t) == null
                    && !definedByDottedKeys(tm, t)) {
                out.add(t);
            }
        }
        return out;
    }

    private static boolean definedByDottedKeys(TextMap tm, List<Object> t) {
        for (TextMap.Stmt s : tm.stmts) {
            if (s.kind() == TextMap.Kind.KEY_VALUE && TextMap.startsWith(s.path(), t) && s.path().size() > t.size()
                    && !TextMap.startsWith(s.table(), t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a table's own section writes dotted keys into a child that also has sub-table
     * headers; the expected data of removing only the table is then not simple to state.
     */
    private static boolean mixesDottedAndSubHeaders(TextMap tm, List<Object> t) {
        for (TextMap.Stmt s : tm.stmts) {
            if (s.kind() == TextMap.Kind.KEY_VALUE && s.table().equals(t) && s.path().size() > t.size() + 1) {
                List<Object> child = s.path().subList(0, t.size() + 1);
                for (TextMap.Stmt h : tm.stmts) {
                    if (h.isHeader() && TextMap.startsWith(h.path(), child)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * An edit the engine must refuse, or null when the document offers nothing for it.
     *
     * @param r    the random source
     * @param tm   the map of the current text
     * @param data the current data
     * @return the edit
     */
    static Edit invalid(Random r, TextMap tm, Object data) {
        List<List<Object>> tables = Walk.tables(tm, data);
        List<List<Object>> values = Walk.valuePaths(tm, data);
        List<List<Object>> headers = Walk.headerTables(tm);
        List<List<Object>> arrays = Walk.tableArrays(tm);
        List<Object> table = pick(r, tables);
        Map<String, Object> content = Data.table(data, table, false);
        String missing = Values.newKey(r, content);
        switch (r.nextInt(16)) {
            case 0:
                return new Edit.Set(Walk.append(table, missing), ConfigValue.of(1L));
            case 1:
                return table.isEmpty() ? null : new Edit.Set(table, ConfigValue.of("x"));
            case 2:
                return content.isEmpty() ? null
                        : new Edit.AddKey(table, pick(r, List.copyOf(content.keySet())), Values.any(r, 1));
            case 3: {
                List<List<Object>> scalars = values.stream().filter(p -> Data.get(data, p) instanceof Data.Scalar).toList();
                return scalars.isEmpty() ? null : new Edit.AddKey(pick(r, scalars), "k", ConfigValue.of(1L));
            }
            case 4:
                return new Edit.AddKey(table, r.nextBoolean() ? "bad\uD800key" : missing,
                        ConfigValue.of("lone \uDC00 surrogate"));
            case 5:
                return headers.isEmpty() ? null : new Edit.AddTable(pick(r, headers), Map.of());
            case 6:
                return values.isEmpty() ? null : new Edit.AddTable(Walk.append(pick(r, values), "t"), Map.of());
            case 7:
                return new Edit.AddTable(List.of(), Map.of());
            case 8:
                return new Edit.RemoveKey(Walk.append(table, missing));
            case 9:
                return table.isEmpty() ? null : new Edit.RemoveKey(table);
            case 10: {
                List<List<Object>> noHeader = tables.stream().filter(t -> !t.isEmpty()
                        && !(t.get(t.size() - 1) instanceof Integer) && tm.header(t) == null).toList();
                List<List<Object>> keys = Walk.keyPaths(tm);
                if (r.nextBoolean() && !noHeader.isEmpty()) {
                    return new Edit.RemoveTable(pick(r, noHeader), r.nextBoolean());
                }
                return keys.isEmpty() ? null : new Edit.RemoveTable(pick(r, keys), r.nextBoolean());
            }
            case 11: {
                if (values.isEmpty() || r.nextBoolean()) {
                    return headers.isEmpty() ? null : new Edit.Append(pick(r, headers), Map.of());
                }
                return new Edit.Append(pick(r, values), Map.of());
            }
            case 12: {
                if (arrays.isEmpty()) {
                    return null;
                }
                List<Object> a = pick(r, arrays);
                int size = ((List<?>) Data.get(data, a)).size();
                return switch (r.nextInt(3)) {
                    case 0 -> new Edit.RemoveElement(a, size + r.nextInt(2));
                    case 1 -> new Edit.Move(a, r.nextInt(size), size);
                    default -> new Edit.Move(a, -1, r.nextInt(size));
                };
            }
            case 13:
                return values.isEmpty() ? null
                        : new Edit.Set(pick(r, values), new ConfigValue.LocalDateValue(LocalDate.of(10000, 1, 1)));
            case 14: {
                List<List<Object>> typed = values.stream().filter(p -> Data.get(data, p) instanceof Data.Scalar sc
                        && !sc.type().equals("string")).toList();
                if (typed.isEmpty()) {
                    return null;
                }
                List<Object> p = pick(r, typed);
                return new Edit.SetText(p, pick(r, List.of("12abc", "1\nother = 2", "yes", "", "\"text\"", "[1, 2",
                        "1979-13-45", "{a = 1}", "0x", "1.2.3")));
            }
            default:
                return arrays.isEmpty() ? null : new Edit.AddTable(pick(r, arrays), Map.of());
        }
    }
}
