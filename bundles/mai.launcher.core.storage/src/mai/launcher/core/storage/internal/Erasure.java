package mai.launcher.core.storage.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Removes a column's values for good: {@code secure_delete} zeroes the old content of the pages it rewrites, the
 * write-ahead log is checkpointed and truncated, and {@code VACUUM} rebuilds the file without free pages.
 */
final class Erasure {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*"); //$NON-NLS-1$

    private Erasure() {
    }

    static void erase(Connection c, String table, String column) throws SQLException {
        if (!NAME.matcher(table).matches() || !NAME.matcher(column).matches()) {
            throw new IllegalArgumentException(table + "." + column); //$NON-NLS-1$
        }
        if (!hasColumn(c, table, column)) {
            return;
        }
        try (Statement statement = c.createStatement()) {
            statement.execute("PRAGMA secure_delete = ON"); //$NON-NLS-1$
            statement.executeUpdate("UPDATE " + table + " SET " + column + " = NULL WHERE " + column //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + " IS NOT NULL"); //$NON-NLS-1$
            statement.execute("PRAGMA wal_checkpoint(TRUNCATE)"); //$NON-NLS-1$
            statement.execute("VACUUM"); //$NON-NLS-1$
            statement.execute("PRAGMA wal_checkpoint(TRUNCATE)"); //$NON-NLS-1$
        }
    }

    private static boolean hasColumn(Connection c, String table, String column) throws SQLException {
        try (Statement statement = c.createStatement();
                ResultSet rows = statement.executeQuery("PRAGMA table_info(" + table + ")")) { //$NON-NLS-1$ //$NON-NLS-2$
            while (rows.next()) {
                if (column.equalsIgnoreCase(rows.getString("name"))) { //$NON-NLS-1$
                    return true;
                }
            }
        }
        return false;
    }

    /** The copies written before migrations. */
    static List<Path> backups(Path folder) throws SQLException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".db")).sorted().toList(); //$NON-NLS-1$
        } catch (IOException e) {
            throw new SQLException(e.getMessage(), e);
        }
    }
}
