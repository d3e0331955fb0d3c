package mai.launcher.core.storage.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mai.launcher.core.ErrorCode;
import mai.launcher.core.LauncherException;
import mai.launcher.core.LauncherPaths;
import mai.launcher.core.storage.internal.SqliteDatabase;
import mai.launcher.tests.support.OldLauncherDatabase;

/** A database file that cannot be used is named in the error and left exactly as it was. */
class BadDatabaseTest {

    @TempDir
    Path temp;
    LauncherPaths paths;

    @BeforeEach
    void prepare() throws LauncherException {
        paths = new LauncherPaths(temp);
        paths.prepare();
    }

    @Test
    void aTextFileIsNotOpened() throws Exception {
        byte[] content = "These are my notes, not a database.\n".getBytes(StandardCharsets.UTF_8);
        assertRefusedAndUntouched(content, ErrorCode.DATABASE_CORRUPT, "is not a SQLite database");
    }

    @Test
    void randomBytesAreNotOpened() throws Exception {
        byte[] content = new byte[8192];
        new Random(42).nextBytes(content);
        assertRefusedAndUntouched(content, ErrorCode.DATABASE_CORRUPT, "is not a SQLite database");
    }

    @Test
    void aDamagedSqliteFileIsNotChanged() throws Exception {
        OldLauncherDatabase.create(paths.database(), false);
        try (var c = OldLauncherDatabase.connect(paths.database()); var s = c.createStatement()) {
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        Files.deleteIfExists(Path.of(paths.database() + "-wal"));
        Files.deleteIfExists(Path.of(paths.database() + "-shm"));
        byte[] content = Files.readAllBytes(paths.database());
        // Keep the header, scribble over the schema and the pages.
        Arrays.fill(content, 100, content.length, (byte) 0x5a);
        assertRefusedAndUntouched(content, ErrorCode.DATABASE_CORRUPT, "is damaged");
    }

    @Test
    void aDatabaseFromANewerLauncherIsNotChanged() throws Exception {
        try (var c = OldLauncherDatabase.connect(paths.database()); var s = c.createStatement()) {
            s.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMP NOT NULL)");
            s.execute("INSERT INTO schema_migrations VALUES (99, 'from the future', '2030-01-01 00:00:00')");
        }
        byte[] content = Files.readAllBytes(paths.database());
        assertRefusedAndUntouched(content, ErrorCode.DATABASE_TOO_NEW, "newer MAI Launcher");
    }

    private void assertRefusedAndUntouched(byte[] content, ErrorCode code, String phrase) throws Exception {
        Files.write(paths.database(), content);
        long modified = Files.getLastModifiedTime(paths.database()).toMillis();
        try (SqliteDatabase database = new SqliteDatabase(paths)) {
            LauncherException e = assertThrows(LauncherException.class, database::open);
            assertEquals(code, e.code(), e.getMessage());
            assertTrue(e.getMessage().contains(paths.database().toString()), e.getMessage());
            assertTrue(e.getMessage().contains(phrase), e.getMessage());
            // Every later use reports the same, without touching the file.
            assertThrows(LauncherException.class, () -> database.read(c -> null));
        }
        assertArrayEquals(content, Files.readAllBytes(paths.database()));
        assertEquals(modified, Files.getLastModifiedTime(paths.database()).toMillis());
        assertFalse(Files.exists(Path.of(paths.database() + "-wal")) && Files.size(Path.of(paths.database() + "-wal")) > 0,
                "no WAL written");
        assertFalse(Files.exists(paths.databaseBackups()) && Files.list(paths.databaseBackups()).findAny().isPresent(),
                "no backup of a file that cannot be opened");
    }
}
