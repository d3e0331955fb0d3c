package mai.launcher.core.config.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;

import org.junit.jupiter.api.Test;

import mai.launcher.core.config.ConfigException;
import mai.launcher.core.config.ConfigValue;
import mai.launcher.core.config.TomlDocument;
import mai.launcher.core.config.TomlPath;
import mai.launcher.core.config.UserValueParser;
import mai.launcher.core.config.ValueType;

/** Text typed on a command line is read as the type the setting already has. */
class UserValueParserTest {

    private static ConfigValue parse(ValueType type, String text) throws ConfigException {
        return UserValueParser.parse("x.y", type, text);
    }

    private static String refusal(ValueType type, String text) {
        return assertThrows(ConfigException.class, () -> parse(type, text)).getMessage();
    }

    @Test
    void integers() throws Exception {
        assertEquals(ConfigValue.of(123L), parse(ValueType.INTEGER, "123"));
        assertEquals(ConfigValue.of(-5L), parse(ValueType.INTEGER, " -5 "));
        assertEquals(ConfigValue.of(1000L), parse(ValueType.INTEGER, "1_000"));
        assertEquals(ConfigValue.of(255L), parse(ValueType.INTEGER, "0xff"));
        assertEquals("x.y is an integer; \"abc\" is not a whole number.", refusal(ValueType.INTEGER, "abc"));
        assertEquals("x.y is an integer; \"1.5\" is not a whole number.", refusal(ValueType.INTEGER, "1.5"));
        assertEquals("x.y is an integer; \"1\nz = 2\" is not a whole number.", refusal(ValueType.INTEGER, "1\nz = 2"));
    }

    @Test
    void floats() throws Exception {
        assertEquals(ConfigValue.of(0.5), parse(ValueType.FLOAT, "0.5"));
        assertEquals(ConfigValue.of(12.0), parse(ValueType.FLOAT, "12"));
        assertEquals(ConfigValue.of(Double.POSITIVE_INFINITY), parse(ValueType.FLOAT, "inf"));
        assertEquals("x.y is a number; \"1,5\" is not a number. Write it like 0.5 or 12, with a dot for decimals.",
                refusal(ValueType.FLOAT, "1,5"));
    }

    @Test
    void booleans() throws Exception {
        assertEquals(ConfigValue.of(true), parse(ValueType.BOOLEAN, "true"));
        assertEquals(ConfigValue.of(false), parse(ValueType.BOOLEAN, "FALSE"));
        assertEquals("x.y is a yes/no switch; \"yes\" is neither true nor false.", refusal(ValueType.BOOLEAN, "yes"));
    }

    @Test
    void stringsAreTakenAsTyped() throws Exception {
        assertEquals(ConfigValue.of("he said \"hi\" \\ 123"), parse(ValueType.STRING, "he said \"hi\" \\ 123"));
        assertEquals(ConfigValue.of(""), parse(ValueType.STRING, ""));
    }

    @Test
    void arraysDatesAndTables() throws Exception {
        assertEquals(ConfigValue.array(ConfigValue.of("a"), ConfigValue.of("b")), parse(ValueType.ARRAY, "[\"a\", 'b']"));
        assertEquals(ConfigValue.array(ConfigValue.of(1), ConfigValue.of(2)), parse(ValueType.ARRAY, "[\n 1,\n 2,\n]"));
        assertEquals("x.y is a list; \"[1, 2\" is not a list. Write it like [\"a\", \"b\"] or [1, 2].",
                refusal(ValueType.ARRAY, "[1, 2"));
        assertEquals(new ConfigValue.LocalDateValue(LocalDate.of(2024, 5, 27)), parse(ValueType.LOCAL_DATE, "2024-05-27"));
        assertEquals(new ConfigValue.LocalTimeValue(LocalTime.of(7, 32)), parse(ValueType.LOCAL_TIME, "07:32:00"));
        assertEquals("x.y is a date; \"27.05.2024\" does not fit. Write it like 2024-05-27.",
                refusal(ValueType.LOCAL_DATE, "27.05.2024"));
        assertEquals(ConfigValue.inlineTable(Map.of("aiohttp", ConfigValue.of("INFO"))),
                parse(ValueType.INLINE_TABLE, "{aiohttp = \"INFO\"}"));
        assertEquals("x.y is a group of settings; \"[1]\" does not fit. Write it like {name = \"x\", size = 1}.",
                refusal(ValueType.INLINE_TABLE, "[1]"));
        assertEquals("x.y is a section with its own settings; change the settings inside it one by one.",
                refusal(ValueType.TABLE, "1"));
    }

    @Test
    void documentSetFromTextKeepsTypeAndComment() throws Exception {
        TomlDocument doc = TomlDocument.parse("[chat]\nmax = 30 # limit\nrate = 0.5\nnames = [\"a\"] # who\n");
        doc.setFromText(TomlPath.parse("chat.max"), "40");
        doc.setFromText(TomlPath.parse("chat.rate"), "1");
        doc.setFromText(TomlPath.parse("chat.names"), "[\"a\", \"b\"]");
        assertEquals("[chat]\nmax = 40 # limit\nrate = 1.0\nnames = [\"a\", \"b\"] # who\n", doc.toString());
        assertEquals("chat.max is an integer; \"forty\" is not a whole number.",
                assertThrows(ConfigException.class, () -> doc.setFromText(TomlPath.parse("chat.max"), "forty")).getMessage());
    }
}
