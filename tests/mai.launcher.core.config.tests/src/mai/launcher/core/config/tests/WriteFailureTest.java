package mai.launcher.core.config.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mai.launcher.core.config.AtomicFiles;
import mai.launcher.core.config.ConfigFile;
import mai.launcher.core.config.ConfigValue;
import mai.launcher.core.config.FileFingerprint;
import mai.launcher.core.config.TomlPath;

/**
 * Saving must fail safely: a read-only file, a read-only folder and a full disk each give an
 * {@link IOException} whose message is a sentence naming the file and the cause, the file keeps
 * its old bytes, and neither a temporary file nor a history copy is left behind.
 *
 * <p>A read-only folder and a full disk need a real file system that behaves so. As a normal user
 * the folder is made read-only with its permissions. Root ignores permissions, so there the tests
 * mount a small tmpfs (read-only, or 64 KiB and filled up); where mounting is not allowed (no root,
 * no CAP_SYS_ADMIN) those tests are skipped with that note.
 */
class WriteFailureTest {

    private static final byte[] OLD = "# keep me\nport = 8080\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] NEW = "# keep me\nport = 9090\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path tmp;

    @Test
    void readOnlyFileIsNotReplaced() throws Exception {
        Path file = tmp.resolve("bot_config.toml");
        Files.write(file, OLD);
        AtomicFiles.write(file, "# keep me\nport = 8081\n".getBytes(StandardCharsets.UTF_8), 20); // one history entry
        Files.write(file, OLD);
        int history = AtomicFiles.history(file).size();
        makeReadOnly(file);
        try {
            IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(file, NEW, 20));
            assertClear(e, "bot_config.toml", "read-only");
            assertUntouched(file, OLD, history);

            ConfigFile config = ConfigFile.load(file);
            FileFingerprint print = config.fingerprint();
            config.document().set(TomlPath.of("port"), ConfigValue.of(9090L));
            String edited = config.document().toString();
            assertThrows(IOException.class, config::save);
            assertEquals(edited, config.document().toString(), "the edit stays in the document");
            assertEquals(print, config.fingerprint());
            assertFalse(config.changedOnDisk());
            assertUntouched(file, OLD, history);
        } finally {
            makeWritable(file);
        }
    }

    @Test
    void readOnlyFolderLeavesNothingBehind() throws Exception {
        Path dir = tmp.resolve("ro");
        Files.createDirectories(dir);
        Path file = dir.resolve("model_config.toml");
        Files.write(file, OLD);
        boolean mounted = false;
        if (isRoot()) {
            Assumptions.assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", dir.toString()),
                    "skipped: running as root, and a read-only tmpfs cannot be mounted here (root ignores "
                            + "folder permissions, so only a read-only mount can show this case)");
            mounted = true;
            Files.write(file, OLD);
            assertTrue(run("mount", "-o", "remount,ro", dir.toString()), "remount read-only");
        } else {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
        }
        try {
            IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(file, NEW, 20));
            assertClear(e, "model_config.toml", mounted ? "read-only" : "permission");
            assertUntouched(file, OLD, 0);
            ConfigFile config = ConfigFile.load(file);
            config.document().set(TomlPath.of("port"), ConfigValue.of(9090L));
            assertThrows(IOException.class, config::save);
            assertFalse(config.changedOnDisk());
            assertUntouched(file, OLD, 0);
        } finally {
            if (mounted) {
                run("umount", dir.toString());
            } else {
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
    }

    /** The new content does not fit: the temporary file cannot be written. */
    @Test
    void fullDiskKeepsTheOldFile() throws Exception {
        Path dir = mountTinyDisk();
        try {
            Path file = dir.resolve("bot_config.toml");
            Files.write(file, OLD);
            AtomicFiles.write(file, NEW, 20); // one history entry
            Files.write(file, OLD);
            byte[] big = TestData.bytes(TestData.BOT_0123);
            fill(dir, big.length / 2);
            IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(file, big, 20));
            assertUntouched(file, OLD, 1); // no history copy of a save that failed
            assertClear(e, "bot_config.toml", "full");

            ConfigFile config = ConfigFile.load(file);
            FileFingerprint print = config.fingerprint();
            config.document().addKey(TomlPath.ROOT, "prompt", ConfigValue.of(new String(big, StandardCharsets.UTF_8)));
            assertThrows(IOException.class, config::save);
            assertEquals(print, config.fingerprint());
            assertUntouched(file, OLD, 1);

            Files.delete(dir.resolve("filler"));
            config.save(); // with space again, the same save works
            assertEquals(config.document().toString(), Files.readString(file));
            assertEquals(2, AtomicFiles.history(file).size());
            assertNoTempFiles(dir);
        } finally {
            run("umount", dir.toString());
        }
    }

    /** The new content fits, but the copy of the old file for the history does not. */
    @Test
    void fullDiskWhileKeepingHistoryKeepsTheOldFile() throws Exception {
        Path dir = mountTinyDisk();
        try {
            Path file = dir.resolve("model_config.toml");
            byte[] big = TestData.bytes(TestData.MODEL_0123);
            Files.write(file, big);
            fill(dir, big.length + 3000);
            IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(file, NEW, 20));
            assertUntouched(file, big, 0); // no half-written history copy
            assertClear(e, "model_config.toml", "full");
        } finally {
            run("umount", dir.toString());
        }
    }

    // ---- helpers

    private static void assertClear(IOException e, String fileName, String cause) {
        String m = e.getMessage();
        assertTrue(m != null && m.contains(fileName) && m.toLowerCase().contains(cause) && !m.contains(".tmp"),
                "not a clear message (file name and '" + cause + "' expected, no temp file): " + m);
    }

    private static void assertUntouched(Path file, byte[] content, int historyEntries) throws IOException {
        assertArrayEquals(content, Files.readAllBytes(file), "the file changed");
        assertEquals(historyEntries, AtomicFiles.history(file).size(), "history entries");
        assertNoTempFiles(file.getParent());
    }

    private static void assertNoTempFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> temps = files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
            assertEquals(List.of(), temps, "temporary files left behind");
        }
    }

    private static void makeReadOnly(Path file) throws IOException {
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        } else {
            Files.setAttribute(file, "dos:readonly", true);
        }
    }

    private static void makeWritable(Path file) throws IOException {
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        } else {
            Files.setAttribute(file, "dos:readonly", false);
        }
    }

    private Path mountTinyDisk() throws IOException {
        Path dir = tmp.resolve("tiny");
        Files.createDirectories(dir);
        Assumptions.assumeTrue(isRoot() && run("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", dir.toString()),
                "skipped: a full disk is simulated with a 64 KiB tmpfs, which needs root with CAP_SYS_ADMIN");
        return dir;
    }

    /** Fills the disk, leaving about {@code free} bytes. */
    private static void fill(Path dir, long free) throws IOException {
        long usable = Files.getFileStore(dir).getUsableSpace();
        Files.write(dir.resolve("filler"), new byte[(int) Math.max(0, usable - free)]);
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static boolean run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
