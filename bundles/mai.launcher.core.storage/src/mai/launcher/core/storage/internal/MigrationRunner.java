package mai.launcher.core.storage.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;

import mai.launcher.core.ErrorCode;
import mai.launcher.core.LauncherException;
import mai.launcher.core.storage.SqlTimestamps;

/**
 * Brings a database to the latest schema: refuses one written by a newer launcher, writes a backup copy of a
 * database that has content before changing it, then runs the pending steps in one immediate transaction (so two
 * processes opening one new file cannot both migrate it) and records each in {@code schema_migrations}.
 */
final class MigrationRunner {

    /** How many backups made before migrations are kept. */
    static final int BACKUPS_KEPT = 10;

    private final Path file;
    private final Path backups;
    private final List<Migration> migrations;

    MigrationRunner(Path file, Path backups, List<Migration> migrations) {
        this.file = file;
        this.backups = backups;
        this.migrations = migrations;
    }

    private int latest() {
        return migrations.get(migrations.size() - 1).version();
    }

    /**
     * @param connection an open connection in auto-commit mode
     * @param hadContent whether the file had content before it was opened
     * @return the schema version reached
     */
    int migrate(Connection connection, boolean hadContent) throws LauncherException, SQLException {
        int current = currentVersion(connection);
        if (current > latest()) {
            throw new LauncherException(ErrorCode.DATABASE_TOO_NEW,
                    NLS.bind(Messages.databaseTooNew, new Object[] { file, current, latest() }));
        }
        if (current == latest()) {
            return current;
        }
        if (hadContent && hasUserTables(connection)) {
            quickCheck(connection);
            backup(connection, current);
        }
        connection.setAutoCommit(false); // BEGIN IMMEDIATE: one migrating process at a time
        try {
            Schema.execute(connection, """
                    CREATE TABLE IF NOT EXISTS schema_migrations (
                      version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMP NOT NULL)"""); //$NON-NLS-1$
            int applied = currentVersion(connection); // another process may have migrated meanwhile
            for (Migration migration : migrations) {
                if (migration.version() > applied) {
                    migration.step().apply(connection);
                    record(connection, migration);
                }
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
        return latest();
    }

    static int currentVersion(Connection connection) throws SQLException {
        if (!Schema.hasTable(connection, "schema_migrations")) { //$NON-NLS-1$
            return 0;
        }
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT coalesce(max(version), 0) FROM schema_migrations")) { //$NON-NLS-1$
            return rows.next() ? rows.getInt(1) : 0;
        }
    }

    private static boolean hasUserTables(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")) { //$NON-NLS-1$
            return rows.next() && rows.getInt(1) > 0;
        }
    }

    private void quickCheck(Connection connection) throws SQLException, LauncherException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("PRAGMA quick_check")) { //$NON-NLS-1$
            if (!rows.next() || !"ok".equalsIgnoreCase(rows.getString(1))) { //$NON-NLS-1$
                throw new LauncherException(ErrorCode.DATABASE_CORRUPT, NLS.bind(Messages.databaseCorrupt, file));
            }
        }
    }

    /** Writes a consistent copy (including what is still in the WAL) with {@code VACUUM INTO}. */
    private void backup(Connection connection, int fromVersion) throws LauncherException {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")); //$NON-NLS-1$
        Path target = backups.resolve("mailauncher-" + stamp + "-v" + fromVersion + "-before-v" + latest() + ".db"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        try {
            Files.createDirectories(backups);
            try (PreparedStatement vacuum = connection.prepareStatement("VACUUM INTO ?")) { //$NON-NLS-1$
                vacuum.setString(1, target.toString());
                vacuum.execute();
            }
            pruneBackups();
        } catch (IOException | SQLException e) {
            throw new LauncherException(ErrorCode.IO_ERROR,
                    NLS.bind(Messages.backupFailed, new Object[] { file, target, e.getMessage() }), e);
        }
    }

    private void pruneBackups() throws IOException {
        try (Stream<Path> files = Files.list(backups)) {
            List<Path> old = files.filter(p -> p.getFileName().toString().startsWith("mailauncher-")) //$NON-NLS-1$
                    .sorted(Comparator.comparing(Path::getFileName).reversed()).skip(BACKUPS_KEPT).toList();
            for (Path path : old) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static void record(Connection connection, Migration migration) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)")) { //$NON-NLS-1$
            insert.setInt(1, migration.version());
            insert.setString(2, migration.name());
            insert.setString(3, SqlTimestamps.now());
            insert.executeUpdate();
        }
    }
}
