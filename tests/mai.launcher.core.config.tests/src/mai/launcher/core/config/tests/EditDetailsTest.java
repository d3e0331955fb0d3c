package mai.launcher.core.config.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import mai.launcher.core.config.ConfigException;
import mai.launcher.core.config.ConfigValue;
import mai.launcher.core.config.TomlDocument;
import mai.launcher.core.config.TomlPath;
import mai.launcher.core.config.internal.CstParser;
import mai.launcher.core.config.internal.Stmt;

/** Smaller cases: quoting styles, dotted keys, implicit tables, nested arrays, paths. */
class EditDetailsTest {

    private static TomlDocument doc(String text) throws ConfigException {
        return TomlDocument.parse(text);
    }

    @Test
    void statementsTileEveryRealFile() {
        for (var p : List.of(TestData.BOT_121, TestData.MODEL_121, TestData.BOT_0123, TestData.MODEL_0123, TestData.ADAPTER)) {
            String text = TestData.read(p);
            List<Stmt> stmts = CstParser.parse(text);
            int pos = 0;
            for (Stmt s : stmts) {
                assertEquals(pos, s.start(), p + ": gap before statement");
                pos = s.end();
            }
            assertEquals(text.length(), pos);
        }
    }

    @Test
    void pathsParseAndPrint() throws Exception {
        assertEquals(TomlPath.of("models", 2, "name"), TomlPath.parse("models[2].name"));
        assertEquals(TomlPath.of("a b", "c.d", "e"), TomlPath.parse("\"a b\".'c.d'.e"));
        assertEquals("models[2].\"extra params\"", TomlPath.of("models", 2, "extra params").toString());
        assertEquals("\"a..b\" is not a valid setting name. Write it like bot.nickname or models[0].name.",
                assertThrows(ConfigException.class, () -> TomlPath.parse("a..b")).getMessage());
        assertThrows(ConfigException.class, () -> TomlPath.parse("a[x]"));
        assertThrows(ConfigException.class, () -> TomlPath.parse(""));
    }

    @Test
    void stringsKeepTheirQuotingStyle() throws Exception {
        TomlDocument d = doc("a = 'C:\\dir' # path\nb = '''\nline\n'''\nc = \"x\"\nd = \"\"\"one\ntwo\"\"\"\n");
        d.set(TomlPath.of("a"), ConfigValue.of("D:\\other"));
        d.set(TomlPath.of("b"), ConfigValue.of("new\ntext\n"));
        d.set(TomlPath.of("c"), ConfigValue.of("tab\there \"q\""));
        d.set(TomlPath.of("d"), ConfigValue.of("x\"\"\"y"));
        assertEquals("a = 'D:\\other' # path\nb = '''\nnew\ntext\n'''\nc = \"tab\there \\\"q\\\"\"\nd = \"\"\"x\"\"\\\"y\"\"\"\n",
                d.toString());
        d.set(TomlPath.of("a"), ConfigValue.of("it's"));
        assertEquals("a = \"it's\" # path", d.toString().lines().findFirst().orElseThrow());
        assertEquals(ConfigValue.of("x\"\"\"y"), d.get(TomlPath.of("d")).orElseThrow());
    }

    @Test
    void unchangedValuesKeepTheirSpelling() throws Exception {
        String text = "n = 1_000\nh = 0xff\nf = 1e3\n";
        TomlDocument d = doc(text);
        d.set(TomlPath.of("n"), ConfigValue.of(1000L));
        d.set(TomlPath.of("h"), ConfigValue.of(255L));
        d.set(TomlPath.of("f"), ConfigValue.of(1000.0));
        assertEquals(text, d.toString());
        d.set(TomlPath.of("f"), ConfigValue.of(Double.NaN));
        assertEquals("n = 1_000\nh = 0xff\nf = nan\n", d.toString());
    }

    @Test
    void dottedAndImplicitTables() throws Exception {
        TomlDocument d = doc("[a]\n  b.c = 1 # note\n  x = 2\n");
        d.addKey(TomlPath.of("a", "b"), "d", ConfigValue.of(3));
        assertEquals("[a]\n  b.c = 1 # note\n  b.d = 3\n  x = 2\n", d.toString());
        d.addKey(TomlPath.of("a"), "y", ConfigValue.of(4));
        assertEquals("[a]\n  b.c = 1 # note\n  b.d = 3\n  x = 2\n  y = 4\n", d.toString());

        TomlDocument i = doc("# banner\n\n[p.q]\nx = 1\n");
        i.addKey(TomlPath.of("p"), "y", ConfigValue.of(2));
        assertEquals("# banner\n\n[p]\ny = 2\n\n[p.q]\nx = 1\n", i.toString());

        TomlDocument r = doc("# banner\n\n[t]\nx = 1\n");
        r.addKey(TomlPath.ROOT, "top", ConfigValue.of(true));
        assertEquals("# banner\n\ntop = true\n[t]\nx = 1\n", r.toString());
    }

    @Test
    void inlineTablesAndArrays() throws Exception {
        TomlDocument d = doc("h = {} # headers\nl = {aiohttp = \"WARNING\", PIL = \"WARNING\"}\n"
                + "arr = [\n    \"a\", # first\n    \"b\", # second\n    # note\n    \"c\",\n]\n");
        d.addKey(TomlPath.of("h"), "X-Key", ConfigValue.of("1"));
        d.removeKey(TomlPath.of("l", "aiohttp"));
        d.removeKey(TomlPath.of("arr", 1));
        d.set(TomlPath.of("arr", 1), ConfigValue.of("C"));
        assertEquals("h = {X-Key = \"1\"} # headers\nl = {PIL = \"WARNING\"}\n"
                + "arr = [\n    \"a\", # first\n    # note\n    \"C\",\n]\n", d.toString());
        d.removeKey(TomlPath.of("l", "PIL"));
        assertEquals("l = {}", d.toString().lines().toList().get(1));
    }

    @Test
    void removingTablesWithAndWithoutSubTables() throws Exception {
        String text = "[a]\nx = 1\n\n# about a.b\n[a.b]\ny = 2\n\n[c]\nz = 3\n";
        TomlDocument d = doc(text);
        d.removeTable(TomlPath.of("a"));
        assertEquals("# about a.b\n[a.b]\ny = 2\n\n[c]\nz = 3\n", d.toString());
        TomlDocument e = doc(text);
        e.removeTableWithSubTables(TomlPath.of("a"));
        assertEquals("[c]\nz = 3\n", e.toString());
        assertEquals("a.b has no [header] of its own, so it cannot be removed as a section.",
                assertThrows(ConfigException.class, () -> doc("[a]\nb.c = 1\n").removeTable(TomlPath.of("a", "b"))).getMessage());
    }

    @Test
    void nestedArraysOfTables() throws Exception {
        String text = "[[fruit]]\nname = \"apple\"\n[[fruit.variety]]\nname = \"red\"\n[[fruit.variety]]\nname = \"green\"\n\n"
                + "[[fruit]]\nname = \"banana\"\n[[fruit.variety]]\nname = \"plantain\"\n";
        TomlDocument d = doc(text);
        d.moveTableArrayElement(TomlPath.of("fruit"), 1, 0);
        assertEquals(ConfigValue.of("plantain"), d.get(TomlPath.parse("fruit[0].variety[0].name")).orElseThrow());
        assertEquals(ConfigValue.of("green"), d.get(TomlPath.parse("fruit[1].variety[1].name")).orElseThrow());
        d.moveTableArrayElement(TomlPath.parse("fruit[1].variety"), 1, 0);
        assertEquals(ConfigValue.of("green"), d.get(TomlPath.parse("fruit[1].variety[0].name")).orElseThrow());
        d.removeTable(TomlPath.parse("fruit[1]"));
        assertEquals("[[fruit]]\nname = \"banana\"\n[[fruit.variety]]\nname = \"plantain\"\n", d.toString());
        d.addTable(TomlPath.of("fruit", 0, "extra"), Map.of("k", ConfigValue.of(1)));
        d.appendTableArrayElement(TomlPath.of("fruit"), Map.of("name", ConfigValue.of("kiwi")));
        assertEquals("[[fruit]]\nname = \"banana\"\n[[fruit.variety]]\nname = \"plantain\"\n\n[fruit.extra]\nk = 1\n\n"
                + "[[fruit]]\nname = \"kiwi\"\n", d.toString());
    }

    @Test
    void scatteredElementsAreRefused() throws Exception {
        TomlDocument d = doc("[[m]]\nx = 1\n[other]\ny = 2\n[m.sub]\nz = 3\n[[m]]\nx = 2\n");
        String before = d.toString();
        assertEquals("Part of m[0] is further down the file (line 5). Move it directly below its section first.",
                assertThrows(ConfigException.class, () -> d.moveTableArrayElement(TomlPath.of("m"), 0, 1)).getMessage());
        assertEquals("m has no element number 5; it has 2 element(s), numbered from 0.",
                assertThrows(ConfigException.class, () -> d.removeTableArrayElement(TomlPath.of("m"), 5)).getMessage());
        assertEquals(before, d.toString());
    }

    @Test
    void newArrayAndTablesAreCreatedAtTheEnd() throws Exception {
        TomlDocument d = doc("[bot]\nname = \"x\"");
        Map<String, ConfigValue> v = new LinkedHashMap<>();
        v.put("name", ConfigValue.of("p"));
        v.put("tags", ConfigValue.array(ConfigValue.of("a")));
        d.appendTableArrayElement(TomlPath.of("api_providers"), v);
        d.addTable(TomlPath.of("bot", "extra"));
        assertEquals("[bot]\nname = \"x\"\n\n[bot.extra]\n\n[[api_providers]]\nname = \"p\"\ntags = [\"a\"]", d.toString());
        d.removeKey(TomlPath.parse("api_providers[0].tags"));
        assertEquals("[bot]\nname = \"x\"\n\n[bot.extra]\n\n[[api_providers]]\nname = \"p\"", d.toString());
    }
}
