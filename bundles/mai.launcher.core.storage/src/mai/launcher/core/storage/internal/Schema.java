package mai.launcher.core.storage.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Small helpers for schema steps that must be safe to run on any of the databases the launcher meets. */
final class Schema {

    private Schema() {
    }

    static void execute(Connection connection, String... statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    static Set<String> columns(Connection connection, String table) throws SQLException {
        Set<String> columns = new HashSet<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("PRAGMA table_info(\"" + table + "\")")) { //$NON-NLS-1$ //$NON-NLS-2$
            while (rows.next()) {
                columns.add(rows.getString("name").toLowerCase(Locale.ROOT)); //$NON-NLS-1$
            }
        }
        return columns;
    }

    /** Adds a column unless the table has it already (ALTER TABLE has no IF NOT EXISTS in SQLite). */
    static void addColumn(Connection connection, String table, String column, String definition) throws SQLException {
        if (!columns(connection, table).contains(column.toLowerCase(Locale.ROOT))) {
            execute(connection, "ALTER TABLE " + table + " ADD COLUMN " + column + " " + definition); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
    }

    static boolean hasTable(Connection connection, String table) throws SQLException {
        try (var statement = connection.prepareStatement(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")) { //$NON-NLS-1$
            statement.setString(1, table);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }
}
