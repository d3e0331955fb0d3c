package mai.launcher.core.storage.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mai.launcher.core.LauncherPaths;
import mai.launcher.core.storage.internal.SqliteDatabase;

/**
 * Changes committed through another connection (here a second {@link SqliteDatabase} on the same file, as another
 * process has) are reported; the database's own changes are not.
 */
class ExternalChangeTest {

    @TempDir
    Path temp;

    @Test
    void anotherConnectionsCommitIsReportedOwnCommitsAreNot() throws Exception {
        LauncherPaths paths = new LauncherPaths(temp);
        paths.prepare();
        Semaphore changes = new Semaphore(0);
        try (SqliteDatabase watched = new SqliteDatabase(paths); SqliteDatabase other = new SqliteDatabase(paths)) {
            watched.open();
            try (AutoCloseable subscription = watched.onExternalChange(changes::release)) {
                watched.write(c -> c.createStatement().executeUpdate(
                        "INSERT INTO launcher_config (key, value) VALUES ('own', '1')"));
                assertEquals(false, changes.tryAcquire(1, TimeUnit.SECONDS), "own commit reported");

                other.write(c -> c.createStatement().executeUpdate(
                        "INSERT INTO launcher_config (key, value) VALUES ('other', '1')"));
                assertTrue(changes.tryAcquire(2, TimeUnit.SECONDS), "another connection's commit not reported");
            }
        }
    }
}
