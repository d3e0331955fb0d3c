package mai.launcher.core.config.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import mai.launcher.core.config.ConfigException;
import mai.launcher.core.config.ConfigProblem;
import mai.launcher.core.config.ConfigValue;
import mai.launcher.core.config.TextPosition;
import mai.launcher.core.config.TomlDocument;
import mai.launcher.core.config.TomlPath;
import mai.launcher.core.config.TomlValidator;

/** Invalid texts give line, column and a plain sentence; edits that would break a file are refused. */
class ValidationTest {

    private static final String BOT = TestData.read(TestData.BOT_0123);

    /** Breaks the real template in one place and returns the first problem. */
    private static ConfigProblem brokenBot(String original, String broken) {
        assertTrue(BOT.contains(original), original);
        List<ConfigProblem> problems = TomlValidator.validate(BOT.replace(original, broken));
        assertTrue(!problems.isEmpty(), "should be invalid: " + broken);
        return problems.get(0);
    }

    private static void assertProblem(int line, int column, String message, ConfigProblem p) {
        assertEquals(new TextPosition(line, column), p.position());
        assertEquals(message, p.message());
    }

    @Test
    void validFilesHaveNoProblems() {
        assertEquals(List.of(), TomlValidator.validate(BOT));
        assertEquals(List.of(), TomlValidator.validate(("\uFEFF" + BOT).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void missingValue() {
        assertProblem(1, 5, "Line 1, column 5: the value is missing after '='. Write a value such as \"text\", 123 or true.",
                TomlValidator.validate("a = \n").get(0));
        assertProblem(106, 21, "Line 106, column 21: the value is missing after '='. Write a value such as \"text\", 123 or true.",
                brokenBot("max_context_size = 30 # 上下文长度", "max_context_size =  # 上下文长度"));
    }

    @Test
    void unterminatedString() {
        assertProblem(20, 23, "Line 20, column 23: a text value is not closed. Add the missing \" at its end.",
                brokenBot("nickname = \"麦麦\" # 麦麦的昵称", "nickname = \"麦麦 # 麦麦的昵称"));
        assertProblem(2, 1, "Line 2, column 1: a text value is not closed. Add the missing ''' at its end.",
                TomlValidator.validate("a = '''abc\n").get(0));
    }

    @Test
    void duplicateKeyAndTable() {
        assertProblem(22, 1, "Line 22, column 1: the setting \"nickname\" is already set on line 20. Keep only one of them.",
                brokenBot("alias_names = [\"麦叠\", \"牢麦\"] # 麦麦的别名", "alias_names = [\"麦叠\", \"牢麦\"] # 麦麦的别名\nnickname = \"x\""));
        assertProblem(160, 1, "Line 160, column 1: the section [bot] appears twice (first on line 14). Put all its settings under one header.",
                brokenBot("[tool]", "[bot]"));
    }

    @Test
    void invalidEscapeInRegex() {
        assertProblem(220, 24, "Line 220, column 24: \"\\S\" is not allowed inside double quotes. Write \\\\ for a backslash, "
                + "or put the text in single quotes ('like this') to keep backslashes as they are, e.g. for regular expressions.",
                brokenBot("\"^(?P<n>\\\\S{1,20})是这样的$\"", "\"^(?P<n>\\S{1,20})是这样的$\""));
    }

    @Test
    void badNumbers() {
        String tail = " is not a valid number. Write whole numbers like 42 and decimals like 3.14, without units, letters, commas or leading zeros.";
        assertProblem(106, 22, "Line 106, column 22: \"30s\"" + tail, brokenBot("max_context_size = 30 #", "max_context_size = 30s #"));
        assertProblem(106, 20, "Line 106, column 20: \"030\"" + tail, brokenBot("max_context_size = 30 #", "max_context_size = 030 #"));
        assertProblem(106, 21, "Line 106, column 21: \"1,5\"" + tail, brokenBot("max_context_size = 30 #", "max_context_size = 1,5 #"));
    }

    @Test
    void otherCommonMistakes() {
        assertProblem(280, 8, "Line 280, column 8: \"production\" is not a valid value. Put text in double quotes, "
                + "for example \"hello\"; numbers, true and false need no quotes.",
                brokenBot("mode = \"production\"", "mode = production"));
        assertProblem(161, 13, "Line 161, column 13: an '=' is missing between the setting name and its value. Write it like name = \"value\".",
                brokenBot("enable_tool = true # 是否启用工具", "enable_tool true"));
        assertProblem(104, 16, "Line 104, column 16: unexpected \"2\" after the value. Put each setting on its own line and start comments with #.",
                brokenBot("talk_value = 1 # 聊天频率，越小越沉默，范围0-1", "talk_value = 1 2"));
        assertProblem(160, 6, "Line 160, column 6: the section header is not closed. Add the missing ] at the end of the name.",
                brokenBot("[tool]", "[tool"));
        assertProblem(2, 1, "Line 2, column 1: the list that starts on line 1 is not closed. Add the missing ] at its end.",
                TomlValidator.validate("a = [1, 2\n").get(0));
    }

    @Test
    void unknownErrorsFallBackToTomljText() {
        // TOML 1.1 syntax is refused because MaiBot's Python side reads TOML 1.0.
        assertProblem(1, 9, "Line 1, column 9: A trailing comma is not allowed in an inline table (TOML versions before 1.1.0)",
                TomlValidator.validate("a = {x=1,}\n").get(0));
        assertProblem(1, 8, "Line 1, column 8: Unexpected ',', expected ], a value, or a newline",
                TomlValidator.validate("a = [1,,2]\n").get(0));
    }

    @Test
    void notUtf8() {
        List<ConfigProblem> p = TomlValidator.validate(new byte[] {'a', ' ', '=', ' ', '"', (byte) 0xff, '"', '\n'});
        assertProblem(1, 6, "The file is not UTF-8 text (first bad byte: number 6). Save it with UTF-8 encoding.", p.get(0));
    }

    @Test
    void parseRefusesInvalidTextWithPosition() {
        ConfigException e = assertThrows(ConfigException.class, () -> TomlDocument.parse("[a]\nx = \n"));
        assertEquals(new TextPosition(2, 5), e.position().orElseThrow());
        assertTrue(e.getMessage().startsWith("Line 2, column 5: the value is missing"));
    }

    @Test
    void editsThatWouldBreakTheFileAreRefusedAndChangeNothing() throws Exception {
        TomlDocument doc = TomlDocument.parse(BOT);
        // java.time can hold what TOML cannot write: a year past 9999, an offset with seconds.
        ConfigException e = assertThrows(ConfigException.class, () -> doc.set(TomlPath.of("bot", "nickname"),
                new ConfigValue.LocalDateValue(LocalDate.of(12345, 1, 1))));
        assertTrue(e.getMessage().startsWith("The change was not made because the file would become invalid: Line 20"),
                e.getMessage());
        assertEquals(20, e.position().orElseThrow().line());
        assertThrows(ConfigException.class, () -> doc.addKey(TomlPath.of("bot"), "when",
                new ConfigValue.OffsetDateTimeValue(OffsetDateTime.of(2024, 1, 1, 0, 0, 0, 0,
                        ZoneOffset.ofHoursMinutesSeconds(5, 30, 15)))));
        assertEquals(BOT, doc.toString());

        assertEquals("There is no setting bot.missing.",
                assertThrows(ConfigException.class, () -> doc.set(TomlPath.of("bot", "missing"), ConfigValue.of(1))).getMessage());
        assertEquals("bot.nickname already exists; change its value instead of adding it.",
                assertThrows(ConfigException.class, () -> doc.addKey(TomlPath.of("bot"), "nickname", ConfigValue.of(""))).getMessage());
        assertEquals("bot is a section, not a single setting; change or remove the settings inside it.",
                assertThrows(ConfigException.class, () -> doc.set(TomlPath.of("bot"), ConfigValue.of(1))).getMessage());
        assertEquals("The section [bot] already exists.",
                assertThrows(ConfigException.class, () -> doc.addTable(TomlPath.of("bot"))).getMessage());
        assertEquals("bot is not a list of [[sections]].",
                assertThrows(ConfigException.class, () -> doc.removeTableArrayElement(TomlPath.of("bot"), 0)).getMessage());
        assertEquals(BOT, doc.toString());
    }
}
