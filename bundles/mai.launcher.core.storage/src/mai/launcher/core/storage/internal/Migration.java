package mai.launcher.core.storage.internal;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * One numbered step of the schema. Steps run in order, inside one transaction, and each is recorded in
 * {@code schema_migrations}. A step must work on every database the launcher may meet: a new one, the old
 * launcher's (Python or Rust era), and one that an earlier step already brought up to date.
 *
 * @param version the step's number, counted from 1 without gaps
 * @param name    what the step does, recorded with it
 * @param step    the statements
 */
public record Migration(int version, String name, Step step) {

    /** The statements of a migration. */
    @FunctionalInterface
    public interface Step {
        /**
         * @param connection the connection, inside the migration's transaction
         * @throws SQLException on failure; the whole migration is rolled back
         */
        void apply(Connection connection) throws SQLException;
    }
}
