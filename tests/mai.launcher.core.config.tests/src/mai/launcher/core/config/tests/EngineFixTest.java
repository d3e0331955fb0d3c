package mai.launcher.core.config.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.junit.jupiter.api.Test;

import mai.launcher.core.config.ConfigException;
import mai.launcher.core.config.ConfigValue;
import mai.launcher.core.config.TomlDocument;
import mai.launcher.core.config.TomlPath;

/**
 * One minimal case for each engine bug found by the tomllib-checked edit tests (the write
 * failures are in {@link WriteFailureTest}).
 */
class EngineFixTest {

    /** addKey on a table made by dotted keys that also has a [sub.table] crashed (IndexOutOfBounds). */
    @Test
    void addKeyToDottedTableWithSubTableHeader() throws Exception {
        TomlDocument d = TomlDocument.parse("a.x = 1\n[a.b]\ny = 2\n");
        d.addKey(TomlPath.of("a"), "z", ConfigValue.of(3L));
        assertEquals("a.x = 1\na.z = 3\n[a.b]\ny = 2\n", d.toString());
    }

    /** A table made of dotted keys inside an inline table could be read but not extended. */
    @Test
    void addKeyToTableOfDottedInlineKeys() throws Exception {
        TomlDocument d = TomlDocument.parse("animal = { type.name = \"pug\" }\n");
        d.addKey(TomlPath.of("animal", "type"), "age", ConfigValue.of(3L));
        assertEquals("animal = { type.name = \"pug\", type.age = 3 }\n", d.toString());
        ConfigException e = assertThrows(ConfigException.class,
                () -> d.addKey(TomlPath.of("animal", "type"), "age", ConfigValue.of(4L)));
        assertEquals("animal.type.age already exists; change its value instead of adding it.", e.getMessage());
    }

    /** ...and its entries could be added but not removed again. */
    @Test
    void removeEntryOfDottedInlineKey() throws Exception {
        TomlDocument d = TomlDocument.parse("animal = { type.name = \"pug\", type.age = 3 }\n");
        d.removeKey(TomlPath.of("animal", "type", "age"));
        assertEquals("animal = { type.name = \"pug\" }\n", d.toString());
    }

    /** Replacing such a table as a whole said "There is no setting", although get() finds it. */
    @Test
    void tableOfDottedInlineKeysIsRefusedClearly() throws Exception {
        TomlDocument d = TomlDocument.parse("animal = { type.name = \"pug\" }\n");
        ConfigException e = assertThrows(ConfigException.class,
                () -> d.set(TomlPath.of("animal", "type"), ConfigValue.of("x")));
        assertEquals("animal.type is written as dotted keys inside animal, so it cannot be changed or removed "
                + "as a whole; change its settings one by one.", e.getMessage());
        assertThrows(ConfigException.class, () -> d.removeKey(TomlPath.of("animal", "type")));
        assertEquals("animal = { type.name = \"pug\" }\n", d.toString());
    }

    /** removeTableWithSubTables left a sub-table that stands above the table's own header. */
    @Test
    void subTableAboveItsTableIsNotLeftBehind() throws Exception {
        String text = "[x.y]\nz = 1\n\n[x]\nw = 2\n";
        TomlDocument d = TomlDocument.parse(text);
        ConfigException e = assertThrows(ConfigException.class, () -> d.removeTableWithSubTables(TomlPath.of("x")));
        assertEquals("Part of x is further up the file (line 1), above its own header. "
                + "Move it directly below its section first.", e.getMessage());
        assertEquals(text, d.toString());
    }

    /** A table added below a dotted-key table went to the end of the file, splitting its family. */
    @Test
    void tableBelowDottedTableStaysWithItsFamily() throws Exception {
        TomlDocument d = TomlDocument.parse("[tbl]\na.b = 1\n\n[other]\nk = 2\n");
        d.addTable(TomlPath.of("tbl", "a", "c"), Map.of("d", ConfigValue.of(true)));
        assertEquals("[tbl]\na.b = 1\n\n[tbl.a.c]\nd = true\n\n[other]\nk = 2\n", d.toString());
        d.removeTableWithSubTables(TomlPath.of("tbl"));
        assertEquals("[other]\nk = 2\n", d.toString());
    }

    /** Removing the last key of a text without final newline added one (blank lines above it stayed). */
    @Test
    void removingTheLastLineKeepsTheMissingFinalNewline() throws Exception {
        TomlDocument d = TomlDocument.parse("a = 1\n\nb = 2");
        d.removeKey(TomlPath.of("b"));
        assertEquals("a = 1", d.toString());
    }

    /** A CRLF text that lost its last line break wrote later lines with LF. */
    @Test
    void crlfIsKeptWhenNoLineBreakIsLeft() throws Exception {
        TomlDocument d = TomlDocument.parse("a = 1\r\nb = 2");
        d.removeKey(TomlPath.of("b"));
        assertEquals("a = 1", d.toString());
        assertEquals("\r\n", d.lineEnding());
        d.addKey(TomlPath.ROOT, "c", ConfigValue.of(3L));
        assertEquals("a = 1\r\nc = 3", d.toString());
    }
}
