package mai.launcher.core.config.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mai.launcher.core.config.AtomicFiles;
import mai.launcher.core.config.ConfigException;
import mai.launcher.core.config.ConfigFile;
import mai.launcher.core.config.ConfigValue;
import mai.launcher.core.config.FileFingerprint;
import mai.launcher.core.config.HistoryEntry;
import mai.launcher.core.config.TextPosition;
import mai.launcher.core.config.TomlPath;

/** Atomic writing, history, restore and external-change detection on real files. */
class AtomicFilesTest {

    @TempDir
    Path dir;

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private List<String> folderNames() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesAtomicallyAndKeepsHistory() throws Exception {
        Path target = dir.resolve("bot_config.toml");
        AtomicFiles.write(target, utf8("a = 1\n"), 20);
        assertEquals("a = 1\n", Files.readString(target));
        assertEquals(List.of(), AtomicFiles.history(target), "a new file has no history");
        assertEquals(List.of("bot_config.toml"), folderNames(), "no temp file left behind");

        AtomicFiles.write(target, utf8("a = 2\n"), 20);
        AtomicFiles.write(target, utf8("a = 3\n"), 20);
        AtomicFiles.write(target, utf8("a = 3\n"), 20); // unchanged: no new history entry
        List<HistoryEntry> history = AtomicFiles.history(target);
        assertEquals(2, history.size());
        assertEquals("a = 2\n", Files.readString(history.get(0).file()), "newest first");
        assertEquals("a = 1\n", Files.readString(history.get(1).file()));
        assertEquals(dir.resolve(".history").resolve("bot_config.toml"), history.get(0).file().getParent());
        assertTrue(history.get(0).file().getFileName().toString().matches("\\d{8}-\\d{6}-\\d{3}-\\d{2}\\.toml"));
        assertEquals(6, history.get(0).size());
        assertFalse(history.get(0).savedAt().isAfter(Instant.now()));
        assertEquals(List.of(".history", "bot_config.toml"), folderNames());
    }

    @Test
    void historyIsBounded() throws Exception {
        Path target = dir.resolve("model_config.toml");
        for (int i = 0; i < 25; i++) {
            AtomicFiles.write(target, utf8("n = " + i + "\n"), 20);
        }
        List<HistoryEntry> history = AtomicFiles.history(target);
        assertEquals(20, history.size());
        assertEquals("n = 23\n", Files.readString(history.get(0).file()));
        assertEquals("n = 4\n", Files.readString(history.get(19).file()));
    }

    @Test
    void restorePutsAnOldVersionBackAndKeepsTheCurrentOne() throws Exception {
        Path target = dir.resolve("config.toml");
        AtomicFiles.write(target, utf8("v = \"one\"\n"), 20);
        AtomicFiles.write(target, utf8("v = \"two\"\n"), 20);
        HistoryEntry one = AtomicFiles.history(target).get(0);
        AtomicFiles.restore(target, one);
        assertEquals("v = \"one\"\n", Files.readString(target));
        List<HistoryEntry> history = AtomicFiles.history(target);
        assertEquals(2, history.size());
        assertEquals("v = \"two\"\n", Files.readString(history.get(0).file()), "the replaced version is kept");
    }

    @Test
    void invalidTomlIsNeverWritten() throws Exception {
        Path target = dir.resolve("bot_config.toml");
        Files.write(target, TestData.bytes(TestData.BOT_0123));
        ConfigException e = assertThrows(ConfigException.class,
                () -> AtomicFiles.write(target, utf8("[bot]\nqq_account = \n"), 20));
        assertEquals("bot_config.toml was not saved because it is not valid TOML: Line 2, column 14: the value is missing "
                + "after '='. Write a value such as \"text\", 123 or true.", e.getMessage());
        assertEquals(new TextPosition(2, 14), e.position().orElseThrow());
        assertArrayEquals(TestData.bytes(TestData.BOT_0123), Files.readAllBytes(target));
        assertEquals(List.of(), AtomicFiles.history(target));
        assertEquals(List.of("bot_config.toml"), folderNames());
    }

    @Test
    void configFileDetectsExternalChanges() throws Exception {
        Path target = dir.resolve("bot_config.toml");
        Files.write(target, TestData.bytes(TestData.BOT_121));
        ConfigFile file = ConfigFile.load(target);
        assertFalse(file.changedOnDisk());

        // A touch without a content change is not a change.
        Files.setLastModifiedTime(target, FileTime.from(Instant.now().plusSeconds(60)));
        assertFalse(file.changedOnDisk());

        file.document().set(TomlPath.of("bot", "qq_account"), ConfigValue.of("10001"));
        file.save();
        assertFalse(file.changedOnDisk());
        assertTrue(Files.readString(target).contains("qq_account = \"10001\" # "));
        assertEquals(1, file.history().size());

        // Another program edits the file: same size, different content.
        String other = Files.readString(target).replace("10001", "20002");
        Files.writeString(target, other);
        assertTrue(file.changedOnDisk());
        file.document().set(TomlPath.of("bot", "nickname"), ConfigValue.of("小麦"));
        ConfigException e = assertThrows(ConfigException.class, file::save);
        assertEquals("bot_config.toml was changed by another program after it was opened. Reload it to see those "
                + "changes, or keep your version and save again.", e.getMessage());
        assertEquals(other, Files.readString(target), "refused save leaves the disk alone");

        file.reload();
        assertEquals(ConfigValue.of("20002"), file.document().get(TomlPath.of("bot", "qq_account")).orElseThrow());
        assertFalse(file.changedOnDisk());

        Files.delete(target);
        assertTrue(file.changedOnDisk(), "a deleted file counts as changed");
        file.saveOverwriting();
        assertEquals(other, Files.readString(target));
    }

    @Test
    void configFileKeepsBomAndRestores() throws Exception {
        Path target = dir.resolve("model_config.toml");
        byte[] original = utf8("\uFEFF" + TestData.read(TestData.MODEL_121));
        Files.write(target, original);
        ConfigFile file = ConfigFile.load(target);
        file.document().removeTableArrayElement(TomlPath.of("models"), 0);
        file.save();
        byte[] saved = Files.readAllBytes(target);
        assertEquals((byte) 0xEF, saved[0]);
        assertEquals(2, file.document().tableArray(TomlPath.of("models")).size());

        file.restore(file.history().get(0));
        assertArrayEquals(original, Files.readAllBytes(target));
        assertEquals(3, file.document().tableArray(TomlPath.of("models")).size());
        assertEquals(2, file.history().size());
    }

    @Test
    void fingerprintHashesContent() throws Exception {
        Path target = dir.resolve("a.toml");
        Files.writeString(target, "a = 1\n");
        FileFingerprint print = FileFingerprint.of(target);
        assertEquals(6, print.size());
        assertEquals(FileFingerprint.sha256(utf8("a = 1\n")), print.sha256());
        assertFalse(print.differsFrom(target));
        Files.writeString(target, "a = 2\n");
        assertTrue(print.differsFrom(target));
    }
}
