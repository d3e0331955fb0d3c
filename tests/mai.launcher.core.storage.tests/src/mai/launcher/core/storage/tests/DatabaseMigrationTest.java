package mai.launcher.core.storage.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import mai.launcher.core.LauncherException;
import mai.launcher.core.LauncherPaths;
import mai.launcher.core.storage.Database;
import mai.launcher.core.storage.internal.Migrations;
import mai.launcher.core.storage.internal.SqliteDatabase;
import mai.launcher.tests.support.OldLauncherDatabase;

/** The schema on a new file and on the old launcher's files, built here from the documented schema. */
class DatabaseMigrationTest {

    @TempDir
    Path temp;

    private SqliteDatabase open(LauncherPaths paths) throws LauncherException {
        SqliteDatabase database = new SqliteDatabase(paths);
        database.open();
        return database;
    }

    @Test
    void aNewDatabaseHasTheWholeSchemaInWalModeAndNoBackup() throws Exception {
        LauncherPaths paths = new LauncherPaths(temp);
        paths.prepare();
        try (SqliteDatabase database = open(paths)) {
            assertEquals(Migrations.latest(), database.schemaVersion());
            assertEquals("wal", database.read(c -> scalar(c.createStatement().executeQuery("PRAGMA journal_mode"))));
            assertEquals("30000", database.read(c -> scalar(c.createStatement().executeQuery("PRAGMA busy_timeout"))));
            List<String> tables = database.read(c -> column(c.createStatement().executeQuery(
                    "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")));
            for (String table : OldLauncherDatabase.TABLES) {
                assertTrue(tables.contains(table), table + " missing from " + tables);
            }
            assertTrue(tables.containsAll(List.of("schema_migrations", "container_info", "image_info")), tables.toString());
            List<String> recorded = database.read(c -> column(c.createStatement().executeQuery(
                    "SELECT version || ':' || name FROM schema_migrations ORDER BY version")));
            assertEquals(Migrations.ALL.size(), recorded.size());
            assertTrue(instanceColumns(database).containsAll(List.of("deploy_mode", "docker_compose_path",
                    "container_ids", "docker_network", "wsl_distro", "runtime_profile", "component_state")));
        }
        assertFalse(Files.exists(paths.databaseBackups()), "nothing to back up in a new database");
    }

    @ParameterizedTest(name = "rust columns: {0}")
    @ValueSource(booleans = { false, true })
    void anOldLauncherDatabaseKeepsEveryRowAndColumn(boolean rustColumns) throws Exception {
        LauncherPaths paths = new LauncherPaths(temp);
        paths.prepare();
        OldLauncherDatabase.create(paths.database(), rustColumns);
        Map<String, List<Map<String, Object>>> before = OldLauncherDatabase.snapshot(paths.database());
        for (String table : OldLauncherDatabase.TABLES) {
            assertFalse(before.get(table).isEmpty(), "the fixture has rows in " + table);
        }

        try (SqliteDatabase database = open(paths)) {
            assertEquals(Migrations.latest(), database.schemaVersion());
        }
        Map<String, List<Map<String, Object>>> after = OldLauncherDatabase.snapshot(paths.database());
        for (String table : OldLauncherDatabase.TABLES) {
            assertEquals(before.get(table), project(after.get(table), before.get(table)), table);
        }
        for (Map<String, Object> instance : after.get("instances")) {
            assertEquals("local", instance.get("deploy_mode"), "old instances become local ones");
        }

        List<Path> backups = backups(paths);
        assertEquals(1, backups.size(), "one backup before migrating");
        assertEquals(before, OldLauncherDatabase.snapshot(backups.get(0)), "the backup is the database as it was");
    }

    @Test
    void migratingIsIdempotent() throws Exception {
        LauncherPaths paths = new LauncherPaths(temp);
        paths.prepare();
        OldLauncherDatabase.create(paths.database(), true);
        try (SqliteDatabase database = open(paths)) {
            database.write(c -> c.createStatement().executeUpdate("UPDATE instances SET name = name"));
        }
        Map<String, List<Map<String, Object>>> once = OldLauncherDatabase.snapshot(paths.database());
        try (SqliteDatabase database = open(paths)) {
            assertEquals(Migrations.latest(), database.schemaVersion());
        }
        assertEquals(once, OldLauncherDatabase.snapshot(paths.database()));
        assertEquals(1, backups(paths).size(), "no backup when there is nothing to migrate");
    }

    @Test
    void tablesAndColumnsTheLauncherDoesNotKnowAreKept() throws Exception {
        LauncherPaths paths = new LauncherPaths(temp);
        paths.prepare();
        OldLauncherDatabase.create(paths.database(), false);
        try (var c = OldLauncherDatabase.connect(paths.database()); var s = c.createStatement()) {
            s.execute("CREATE TABLE plugin_state (k TEXT, v TEXT)");
            s.execute("INSERT INTO plugin_state VALUES ('x', 'y')");
            s.execute("ALTER TABLE instances ADD COLUMN favourite INTEGER DEFAULT 1");
        }
        try (SqliteDatabase database = open(paths)) {
            // opened and migrated
        }
        Map<String, List<Map<String, Object>>> after = OldLauncherDatabase.snapshot(paths.database());
        assertEquals(List.of(Map.of("k", "x", "v", "y")), after.get("plugin_state"));
        assertEquals(1, after.get("instances").get(0).get("favourite"));
    }

    @Test
    void writesRollBackWhenTheWorkFails() throws Exception {
        LauncherPaths paths = new LauncherPaths(temp);
        paths.prepare();
        try (SqliteDatabase database = open(paths)) {
            try {
                database.write(c -> {
                    c.createStatement().executeUpdate("INSERT INTO launcher_config (key, value) VALUES ('a', 'b')");
                    throw new SQLException("boom");
                });
            } catch (LauncherException expected) {
                // rolled back
            }
            assertEquals("0", database.read(c -> scalar(
                    c.createStatement().executeQuery("SELECT count(*) FROM launcher_config"))));
        }
    }

    private static List<String> instanceColumns(Database database) throws LauncherException {
        return database.read(c -> column(c.createStatement().executeQuery("SELECT name FROM pragma_table_info('instances')")));
    }

    /** The rows of {@code after}, keeping only the columns {@code before} has. */
    private static List<Map<String, Object>> project(List<Map<String, Object>> after, List<Map<String, Object>> before) {
        List<Map<String, Object>> projected = new ArrayList<>();
        for (int i = 0; i < after.size(); i++) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (String column : before.get(Math.min(i, before.size() - 1)).keySet()) {
                row.put(column, after.get(i).get(column));
            }
            projected.add(row);
        }
        return projected;
    }

    static List<Path> backups(LauncherPaths paths) throws IOException {
        if (!Files.isDirectory(paths.databaseBackups())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(paths.databaseBackups())) {
            return files.sorted().toList();
        }
    }

    static String scalar(ResultSet rows) throws SQLException {
        try (rows) {
            rows.next();
            return rows.getString(1);
        }
    }

    static List<String> column(ResultSet rows) throws SQLException {
        try (rows) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }
}
