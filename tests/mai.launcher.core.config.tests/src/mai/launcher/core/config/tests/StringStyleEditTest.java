package mai.launcher.core.config.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import mai.launcher.core.config.ConfigValue;
import mai.launcher.core.config.TomlDocument;
import mai.launcher.core.config.TomlPath;

/**
 * Every hard string ({@link Values#STRINGS}) written over strings of each quoting style (basic,
 * literal, multi-line basic and literal, with and without a line break after the opening quotes),
 * in LF and CRLF files; and text typed by a person ({@code setFromText}) read as tomllib reads
 * the same text. Every edit is proven by {@link EditCheck}.
 */
class StringStyleEditTest {

    private static final String DOC = String.join("\n",
            "basic = \"b\" # comment",
            "literal = 'C:\\dir'",
            "ml_basic = \"\"\"one",
            "two\"\"\"",
            "ml_basic_lead = \"\"\"",
            "  indented \\",
            "  joined\"\"\"",
            "ml_literal = '''x'''",
            "ml_literal_lead = '''",
            "first",
            "second'''",
            "[t]",
            "arr = [ 'a', \"\"\"b\"\"\", '''c''' ]  # strings in an array",
            "inline = { s = 'lit', m = \"q\" }",
            "");

    private static final List<List<Object>> PATHS = List.of(List.of("basic"), List.of("literal"),
            List.of("ml_basic"), List.of("ml_basic_lead"), List.of("ml_literal"), List.of("ml_literal_lead"),
            List.of("t", "arr", 0), List.of("t", "arr", 1), List.of("t", "arr", 2), List.of("t", "inline", "s"),
            List.of("t", "inline", "m"));

    @ParameterizedTest
    @ValueSource(strings = {"\n", "\r\n"})
    void everyStringOverEveryStyle(String eol) throws Exception {
        for (List<Object> path : PATHS) {
            EditCheck.State s = EditCheck.open(DOC.replace("\n", eol));
            for (String value : Values.STRINGS) {
                EditCheck.apply(s, new Edit.Set(path, ConfigValue.of(value)));
            }
        }
    }

    /** A string that fits its style keeps it: the edit stays a one-token change. */
    @Test
    void stylesAreKeptWhenTheTextFits() throws Exception {
        TomlDocument d = TomlDocument.parse(DOC);
        d.set(TomlPath.of("literal"), ConfigValue.of("D:\\other"));
        d.set(TomlPath.of("ml_literal_lead"), ConfigValue.of("a\\b\nc"));
        d.set(TomlPath.of("ml_basic"), ConfigValue.of("x\ny"));
        String t = d.toString();
        assertEquals(true, t.contains("literal = 'D:\\other'\n"), t);
        assertEquals(true, t.contains("ml_literal_lead = '''\na\\b\nc'''\n"), t);
        assertEquals(true, t.contains("ml_basic = \"\"\"x\ny\"\"\"\n"), t);
    }

    /** Typed text is read like the same text after {@code v = } in a TOML file (strings: as typed). */
    @ParameterizedTest
    @ValueSource(strings = {"\n", "\r\n"})
    void typedTextMeansWhatTomllibReads(String eol) throws Exception {
        String doc = String.join(eol, "i = 1", "f = 1.5", "b = true", "s = 'x'", "d = 1979-05-27",
                "dt = 1979-05-27T07:32:00Z", "ldt = 1979-05-27T07:32:00", "t = 07:32:00", "a = [1]",
                "it = {x = 1}", "");
        Map<String, List<String>> typed = Map.of(
                "i", List.of("0x1F", "1_000", "+5", "-0", " 42 ", "0o17", "0b101", "9223372036854775807"),
                "f", List.of("1e3", "inf", "-inf", "nan", "3", "-0.0", "6.626e-34", "1_000.5"),
                "b", List.of("TRUE", " false ", "True"),
                "s", List.of("plain", "with \"quotes\" and \\", "多行\n文本", "", "  spaced  ", "'''"),
                "d", List.of("2024-02-29", " 1999-12-31 "),
                "dt", List.of("1979-05-27 07:32:00.5+08:00", "1979-05-27t07:32:00z", "2024-01-01T00:00:00-00:00"),
                "ldt", List.of("1979-05-27 07:32:00.999999", "2000-01-01T00:00:00"),
                "t", List.of("23:59:59.123456", "00:00:00"),
                "a", List.of("[]", "[1, 'two', [3.0]]", "[\n  1,\n  2, # c\n]", "[{x = 1}, {}]"),
                "it", List.of("{}", "{a.b = 1, 'c d' = \"e\"}", "{ nested = { deep = [true] } }"));
        EditCheck.State s = EditCheck.open(doc);
        for (Map.Entry<String, List<String>> e : typed.entrySet()) {
            for (String text : e.getValue()) {
                EditCheck.apply(s, new Edit.SetTyped(List.of(e.getKey()), text));
            }
        }
    }
}
