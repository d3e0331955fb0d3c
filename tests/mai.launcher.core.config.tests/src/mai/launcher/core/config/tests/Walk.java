package mai.launcher.core.config.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Lists the things of a document that edits can be aimed at, from its text map and data. */
final class Walk {

    private Walk() {
    }

    /** Paths of all values written in key/value statements, and of everything nested in them. */
    static List<List<Object>> valuePaths(TextMap tm, Object data) {
        List<List<Object>> out = new ArrayList<>();
        for (TextMap.Stmt s : tm.stmts) {
            if (s.kind() == TextMap.Kind.KEY_VALUE) {
                nested(s.path(), Data.get(data, s.path()), out);
            }
        }
        return out;
    }

    private static void nested(List<Object> path, Object v, List<List<Object>> out) {
        out.add(path);
        if (v instanceof Map<?, ?> m) {
            for (Object k : m.keySet()) {
                nested(append(path, k), m.get(k), out);
            }
        } else if (v instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) {
                nested(append(path, i), l.get(i), out);
            }
        }
    }

    /** Key/value statement paths. */
    static List<List<Object>> keyPaths(TextMap tm) {
        return tm.stmts.stream().filter(s -> s.kind() == TextMap.Kind.KEY_VALUE).map(TextMap.Stmt::path).toList();
    }

    /** Tables of the document (root, headers, implicit, dotted, array elements), not inside values. */
    static List<List<Object>> tables(TextMap tm, Object data) {
        List<List<Object>> out = new ArrayList<>();
        tables(tm, List.of(), data, out);
        return out;
    }

    private static void tables(TextMap tm, List<Object> path, Object v, List<List<Object>> out) {
        if (!path.isEmpty() && tm.owner(path) != null) {
            return;
        }
        if (v instanceof Map<?, ?> m) {
            out.add(path);
            for (Object k : m.keySet()) {
                tables(tm, append(path, k), m.get(k), out);
            }
        } else if (v instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) {
                tables(tm, append(path, i), l.get(i), out);
            }
        }
    }

    /** Header tables ([x], not array elements). */
    static List<List<Object>> headerTables(TextMap tm) {
        return tm.stmts.stream().filter(s -> s.kind() == TextMap.Kind.TABLE).map(TextMap.Stmt::path).toList();
    }

    /** Paths of arrays of tables. */
    static List<List<Object>> tableArrays(TextMap tm) {
        List<List<Object>> out = new ArrayList<>();
        for (TextMap.Stmt s : tm.stmts) {
            if (s.kind() == TextMap.Kind.ARRAY_TABLE) {
                List<Object> a = s.path().subList(0, s.path().size() - 1);
                if (!out.contains(a)) {
                    out.add(List.copyOf(a));
                }
            }
        }
        return out;
    }

    /** Inline tables (maps inside values). */
    static List<List<Object>> inlineTables(TextMap tm, Object data) {
        List<List<Object>> out = new ArrayList<>();
        for (List<Object> p : valuePaths(tm, data)) {
            if (Data.get(data, p) instanceof Map<?, ?>) {
                out.add(p);
            }
        }
        return out;
    }

    static List<Object> append(List<Object> path, Object seg) {
        List<Object> p = new ArrayList<>(path);
        p.add(seg);
        return List.copyOf(p);
    }
}
