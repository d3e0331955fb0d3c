package mai.launcher.core.config.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import mai.launcher.core.config.ConfigValue;

/**
 * Deterministic edits of the real MaiBot 1.2.1 {@code bot_config.toml} and
 * {@code model_config.toml} (and the 0.12.3 model template, whose {@code [[models]]} have
 * {@code [models.extra_params]} sub-tables). Every edit is proven with tomllib by
 * {@link EditCheck} on the LF text and replayed in lock-step on CRLF and BOM variants
 * ({@link Lockstep}).
 */
class RealFileEditTest {

    private static final Lockstep.Variant[] VARIANTS = {Lockstep.Variant.CRLF, Lockstep.Variant.BOM_LF,
        Lockstep.Variant.BOM_CRLF};

    /** bot_config.toml is slow to validate: its replay uses one variant with both CRLF and BOM. */
    private static Lockstep.Variant[] variants(String name) {
        return name.equals("bot") ? new Lockstep.Variant[] {Lockstep.Variant.BOM_CRLF} : VARIANTS;
    }

    private static String lf(String name) {
        return TestData.read(file(name));
    }

    private static Path file(String name) {
        return switch (name) {
            case "bot" -> TestData.BOT_121;
            case "model" -> TestData.MODEL_121;
            default -> TestData.MODEL_0123;
        };
    }

    private static TextMap map(EditCheck.State s) {
        return TextMap.of(EditCheck.body(s.text()));
    }

    /** Every value gets a new value of its type: scalars, nested elements, whole arrays and inline tables. */
    @ParameterizedTest
    @ValueSource(strings = {"bot", "model"})
    void setEveryValue(String name) throws Exception {
        int edits = Lockstep.check(lf(name), 40, r -> {
            EditCheck.State s = r.open();
            int n = 0;
            for (List<Object> path : Walk.valuePaths(map(s), s.data)) {
                Object current = Data.get(s.data, path);
                if (current == null) {
                    continue; // its container was replaced before
                }
                ConfigValue value = current instanceof Data.Scalar sc ? Values.sameType(sc, n) : container(current, n);
                n++;
                r.apply(s, new Edit.Set(path, value));
            }
        }, variants(name));
        assertTrue(edits > (name.equals("bot") ? 300 : 100), "edits: " + edits);
    }

    private static ConfigValue container(Object current, int n) {
        if (current instanceof List<?> l) {
            return switch (n % 3) {
                case 0 -> ConfigValue.array(ConfigValue.of(Values.STRINGS.get(n % Values.STRINGS.size())),
                        ConfigValue.of("second"));
                case 1 -> l.isEmpty() ? ConfigValue.array(ConfigValue.of(1L), ConfigValue.of("two"))
                        : ConfigValue.array();
                default -> ConfigValue.array(ConfigValue.inlineTable(Map.of("platform", ConfigValue.of("qq"))),
                        ConfigValue.inlineTable(Map.of()));
            };
        }
        Map<String, ConfigValue> m = new LinkedHashMap<>();
        m.put("type", ConfigValue.of("enabled\n\"x\""));
        m.put("nested key", ConfigValue.inlineTable(Map.of("a.b", ConfigValue.of(1.5))));
        return n % 2 == 0 ? ConfigValue.inlineTable(m) : ConfigValue.inlineTable(Map.of());
    }

    /** Values of every kind for added keys. */
    private static ConfigValue valueNo(int n) {
        return switch (n % 10) {
            case 0 -> ConfigValue.of(Values.STRINGS.get(n / 10 % Values.STRINGS.size()));
            case 1 -> ConfigValue.of(Values.ints().get(n / 10 % Values.ints().size()));
            case 2 -> ConfigValue.of(Values.floats().get(n / 10 % Values.floats().size()));
            case 3 -> ConfigValue.of(n % 20 == 3);
            case 4 -> ConfigValue.array(ConfigValue.of("a\\b"), ConfigValue.of("麦麦"));
            case 5 -> ConfigValue.inlineTable(Map.of("x y", ConfigValue.of(1L)));
            case 6 -> Values.sameType(new Data.Scalar("datetime", ""), n);
            case 7 -> Values.sameType(new Data.Scalar("date-local", ""), n);
            case 8 -> ConfigValue.array();
            default -> Values.sameType(new Data.Scalar("time-local", ""), n);
        };
    }

    /**
     * A key is added to every table (root, [headers], implicit ones, array elements, inline
     * tables) and removed again; then every key of the file is removed.
     */
    @ParameterizedTest
    @ValueSource(strings = {"bot", "model"})
    void addAndRemoveKeys(String name) throws Exception {
        Lockstep.check(lf(name), 40, r -> {
            EditCheck.State s = r.open();
            TextMap tm = map(s);
            List<List<Object>> tables = new ArrayList<>(Walk.tables(tm, s.data));
            tables.addAll(Walk.inlineTables(tm, s.data));
            int n = 0;
            for (List<Object> t : tables) {
                String key = Values.KEYS.get(n % Values.KEYS.size()) + "_added";
                String original = s.text();
                r.apply(s, new Edit.AddKey(t, key, valueNo(n++)));
                r.refuse(s, new Edit.AddKey(t, key, ConfigValue.of(1L))); // now a duplicate
                boolean hadHeader = t.isEmpty() || tm.header(t) != null || tm.owner(t) != null;
                r.apply(s, new Edit.RemoveKey(Walk.append(t, key)));
                if (hadHeader) {
                    assertEquals(original, s.text(), "add + remove of a key in " + t + " is not a no-op");
                }
            }
            // model_config.toml loses every key; bot_config.toml (slow to validate) every other one
            int step = name.equals("bot") ? 2 : 1;
            List<List<Object>> keys = Walk.keyPaths(map(s));
            for (int i = 0; i < keys.size(); i += step) {
                r.apply(s, new Edit.RemoveKey(keys.get(i)));
            }
            assertEquals(step == 1 ? 0 : keys.size() / 2, Walk.keyPaths(map(s)).size());
        }, variants(name));
    }

    /** Every [table] is removed alone and with its sub-tables; tables are added in several places. */
    @ParameterizedTest
    @ValueSource(strings = {"bot", "model"})
    void addAndRemoveTables(String name) throws Exception {
        Lockstep.check(lf(name), 25, r -> {
            EditCheck.State base = r.open();
            TextMap tm = map(base);
            for (List<Object> t : Walk.headerTables(tm)) {
                r.apply(EditCheck.fork(base), new Edit.RemoveTable(t, false));
                if (hasSubTables(tm, t)) {
                    r.apply(EditCheck.fork(base), new Edit.RemoveTable(t, true));
                }
            }
            EditCheck.State s = r.open();
            Map<String, ConfigValue> values = new LinkedHashMap<>();
            for (int n = 0; n < 10; n++) {
                values.put("key " + n, valueNo(n));
            }
            r.apply(s, new Edit.AddTable(List.of("launcher"), values));
            r.apply(s, new Edit.AddTable(List.of("launcher", "sub.table"), Map.of()));
            r.apply(s, new Edit.AddTable(List.of("launcher", "sub.table", "深"), Map.of("k", ConfigValue.of("v"))));
            r.refuse(s, new Edit.AddTable(List.of("launcher"), Map.of()));
            r.refuse(s, new Edit.AddTable(List.of("launcher", "key 0", "x"), Map.of()));
            r.refuse(s, new Edit.RemoveTable(List.of("launcher", "key 0"), false));
            for (List<Object> t : Walk.headerTables(tm)) {
                if (t.size() == 1) {
                    r.apply(s, new Edit.AddTable(Walk.append(t, "launcher_sub"), Map.of("on", ConfigValue.of(true))));
                }
            }
            for (List<Object> t : Walk.tables(tm, base.data)) {
                if (!t.isEmpty() && tm.header(t) == null && !(t.get(t.size() - 1) instanceof Integer)) {
                    // an implicit table, e.g. [a_memorix.retrieval.search]: it gets its own header
                    r.refuse(s, new Edit.RemoveTable(t, false));
                    r.apply(s, new Edit.AddTable(t, Map.of("defined", ConfigValue.of(1L))));
                }
            }
            r.apply(s, new Edit.RemoveTable(List.of("launcher"), true));
            for (List<Object> t : Walk.headerTables(map(s))) {
                if (t.size() == 1 && Data.get(s.data, t) != null) {
                    r.apply(s, new Edit.RemoveTable(t, true));
                }
            }
        }, variants(name));
    }

    private static boolean hasSubTables(TextMap tm, List<Object> t) {
        return tm.stmts.stream().anyMatch(s -> s.isHeader() && s.path().size() > t.size() && TextMap.startsWith(s.path(), t));
    }

    /**
     * Arrays of tables: elements with sub-tables are appended, removed one at a time and moved to
     * every position; at the end every element is removed.
     */
    @ParameterizedTest
    @ValueSource(strings = {"bot", "model", "model-0.12.3"})
    void tableArrays(String name) throws Exception {
        Lockstep.check(lf(name), 25, r -> {
            EditCheck.State s = r.open();
            List<Object> models = List.of("models");
            List<Object> providers = List.of("api_providers");
            Map<String, ConfigValue> model = new LinkedHashMap<>();
            model.put("model_identifier", ConfigValue.of("qwen-max"));
            model.put("name", ConfigValue.of("通义 \"max\""));
            model.put("price_in", ConfigValue.of(2.4));
            model.put("extra_params", ConfigValue.inlineTable(Map.of("enable_thinking", ConfigValue.of(false))));
            Map<String, ConfigValue> provider = new LinkedHashMap<>();
            provider.put("name", ConfigValue.of("SiliconFlow"));
            provider.put("base_url", ConfigValue.of("https://api.siliconflow.cn/v1"));
            provider.put("api_key", ConfigValue.of("sk-\\\"quoted\\\"-\n-key"));
            provider.put("timeout", ConfigValue.of(30L));
            r.apply(s, new Edit.Append(models, model));
            r.apply(s, new Edit.Append(providers, provider));
            r.apply(s, new Edit.Append(providers, Map.of()));
            r.apply(s, new Edit.Append(List.of("launcher", "profiles"), Map.of("id", ConfigValue.of(1L))));
            r.refuse(s, new Edit.Append(List.of("inner"), Map.of()));
            int count = ((List<?>) Data.get(s.data, models)).size();
            for (int i = 0; i < count; i++) {
                List<Object> sub = List.of("models", i, "extra_headers");
                if (Data.get(s.data, sub) == null) {
                    r.apply(s, new Edit.AddTable(sub, Map.of("X-Element", ConfigValue.of((long) i))));
                }
            }
            r.refuse(s, new Edit.Move(models, 0, count));
            r.refuse(s, new Edit.RemoveElement(models, count));
            r.refuse(s, new Edit.Move(models, -1, 0));
            for (List<Object> array : List.of(models, providers)) {
                int size = ((List<?>) Data.get(s.data, array)).size();
                for (int from = 0; from < size; from++) {
                    r.apply(EditCheck.fork(s), new Edit.RemoveElement(array, from));
                    r.apply(EditCheck.fork(s), new Edit.RemoveTable(List.of(array.get(0), from), false));
                    for (int to = 0; to < size; to++) {
                        r.apply(EditCheck.fork(s), new Edit.Move(array, from, to));
                    }
                }
            }
            r.apply(s, new Edit.Move(models, 0, count - 1));
            r.apply(s, new Edit.Move(models, count - 1, 0));
            for (List<Object> array : List.<List<Object>>of(models, providers, List.of("launcher", "profiles"))) {
                while (Data.get(s.data, array) instanceof List<?> l) {
                    r.apply(s, new Edit.RemoveElement(array, l.size() / 2));
                }
            }
        }, variants(name));
    }
}
