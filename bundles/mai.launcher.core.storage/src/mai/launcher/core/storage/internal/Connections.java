package mai.launcher.core.storage.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.eclipse.osgi.util.NLS;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

import mai.launcher.core.ErrorCode;
import mai.launcher.core.LauncherException;

/** Opens connections configured the way the launcher (and the old launcher) use the database. */
final class Connections {

    /** The old launcher's busy timeout: how long a write waits for another process's transaction. */
    static final int BUSY_TIMEOUT_MILLIS = 30_000;

    private Connections() {
    }

    /**
     * Opens without changing the file: the journal mode is set only after migrations had their chance to back the
     * file up.
     */
    static Connection open(Path file) throws LauncherException {
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new LauncherException(ErrorCode.DATA_FOLDER_NOT_WRITABLE,
                    NLS.bind(Messages.databaseNotWritable, file), e);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        // DriverManager does not see the driver inside OSGi; the data source loads it with our class loader.
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl("jdbc:sqlite:" + file); //$NON-NLS-1$
        try {
            return source.getConnection();
        } catch (SQLException e) {
            throw SqlErrors.translate(file, e);
        }
    }

    /** Switches to WAL, which lets readers and one writer in other processes work at the same time. */
    static void useWal(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("PRAGMA journal_mode = WAL")) { //$NON-NLS-1$
            rows.next();
        }
    }

    static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // closing is all that was left to do
        }
    }
}
