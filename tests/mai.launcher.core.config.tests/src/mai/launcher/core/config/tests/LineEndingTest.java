package mai.launcher.core.config.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import mai.launcher.core.config.ConfigException;
import mai.launcher.core.config.ConfigValue;
import mai.launcher.core.config.TomlDocument;
import mai.launcher.core.config.TomlPath;

/**
 * The same edits on CRLF, BOM and no-final-newline variants of the real files give the LF result
 * in that variant's form: CRLF everywhere, the BOM kept, the final newline still absent.
 */
class LineEndingTest {

    @FunctionalInterface
    interface Edit {
        void apply(TomlDocument doc) throws ConfigException;
    }

    private record Case(String name, Path file, Edit edit) {
    }

    private static List<Case> cases() {
        Map<String, ConfigValue> provider = new LinkedHashMap<>();
        provider.put("name", ConfigValue.of("Local"));
        provider.put("base_url", ConfigValue.of("http://127.0.0.1:11434/v1"));
        return List.of(
                new Case("set qq_account", TestData.BOT_121,
                        d -> d.set(TomlPath.of("bot", "qq_account"), ConfigValue.of("42"))),
                new Case("set multi-line prompt", TestData.BOT_0123,
                        d -> d.set(TomlPath.of("experimental", "private_plan_style"), ConfigValue.of("a\nb\nc"))),
                new Case("add key", TestData.BOT_0123,
                        d -> d.addKey(TomlPath.of("bot"), "k", ConfigValue.of(1))),
                new Case("add key to last table", TestData.BOT_0123,
                        d -> d.addKey(TomlPath.of("relationship"), "k", ConfigValue.of(1))),
                new Case("remove multi-line key", TestData.BOT_0123,
                        d -> d.removeKey(TomlPath.of("expression", "learning_list"))),
                new Case("remove last key", TestData.ADAPTER,
                        d -> d.removeKey(TomlPath.of("debug", "level"))),
                new Case("remove model", TestData.MODEL_0123,
                        d -> d.removeTableArrayElement(TomlPath.of("models"), 1)),
                new Case("move model", TestData.MODEL_0123,
                        d -> d.moveTableArrayElement(TomlPath.of("models"), 1, 10)),
                new Case("move last provider first", TestData.MODEL_121,
                        d -> {
                            d.appendTableArrayElement(TomlPath.of("api_providers"), provider);
                            d.moveTableArrayElement(TomlPath.of("api_providers"), 1, 0);
                        }),
                new Case("append provider at end", TestData.MODEL_121,
                        d -> d.appendTableArrayElement(TomlPath.of("api_providers"), provider)),
                new Case("add and remove table", TestData.ADAPTER,
                        d -> {
                            d.addTable(TomlPath.of("extra"), Map.of("on", ConfigValue.of(true)));
                            d.removeTable(TomlPath.of("voice"));
                        }));
    }

    @TestFactory
    Stream<DynamicTest> variantsGiveTheSameEdit() {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            String lf = TestData.read(c.file());
            String lfResult = edited(lf, c.edit());
            assertFalse(lfResult.contains("\r"), "LF stays LF");

            String crlfResult = edited(TestData.crlf(lf), c.edit());
            assertEquals(TestData.crlf(lfResult), crlfResult);
            assertFalse(crlfResult.replace("\r\n", "").contains("\n"), "no bare LF in a CRLF file");

            TomlDocument bom = TomlDocument.parse(("\uFEFF" + lf).getBytes(StandardCharsets.UTF_8));
            c.edit().apply(bom);
            assertTrue(bom.hasByteOrderMark());
            assertArrayEquals(("\uFEFF" + lfResult).getBytes(StandardCharsets.UTF_8), bom.toBytes());

            String noFinal = lf.substring(0, lf.length() - 1);
            String noFinalResult = edited(noFinal, c.edit());
            assertEquals(lfResult.substring(0, lfResult.length() - 1), noFinalResult);
        }));
    }

    private static String edited(String text, Edit edit) throws ConfigException {
        TomlDocument doc = TomlDocument.parse(text);
        assertEquals(text, doc.toString());
        edit.apply(doc);
        return doc.toString();
    }
}
