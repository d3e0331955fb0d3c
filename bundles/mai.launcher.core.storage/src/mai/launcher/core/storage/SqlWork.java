package mai.launcher.core.storage;

import java.sql.Connection;
import java.sql.SQLException;

import mai.launcher.core.LauncherException;

/**
 * A piece of work against the database's connection.
 *
 * @param <T> the result
 * @since 0.1
 */
@FunctionalInterface
public interface SqlWork<T> {

    /**
     * @param connection the database's connection; do not close it or change its transaction state
     * @return the result
     * @throws SQLException       on failure; the database turns it into a {@code LauncherException}
     * @throws LauncherException to abandon the work with an error of the caller's; a write is rolled back
     */
    T run(Connection connection) throws SQLException, LauncherException;
}
