package mai.launcher.core.storage;

import java.nio.file.Path;

import mai.launcher.core.LauncherException;

/**
 * The launcher's SQLite database, {@code data/database/mailauncher.db}, shared with the old launcher's layout. It is
 * opened on first use: its schema is migrated to the current version (after a backup copy is written), it runs in
 * WAL mode with a busy timeout, so the workbench and command-line processes can use one file at the same time.
 * <p>
 * Work runs on one connection, one piece of work at a time; keep each piece short. Writes run in an immediate
 * transaction that commits when the work returns and rolls back when it throws.
 *
 * @since 0.1
 * @noimplement
 */
public interface Database {

    /** @return the database file */
    Path file();

    /**
     * Opens the database if it is not open yet, migrating its schema. Idempotent. Calling it early lets an
     * application report a damaged or unwritable database before it shows anything else.
     *
     * @throws LauncherException if the file is not a SQLite database, is damaged, is newer than this launcher, or
     *                           cannot be opened; the message names the file and what to do
     */
    void open() throws LauncherException;

    /**
     * Runs read-only work.
     *
     * @param <T>  the result type
     * @param work the work
     * @return what the work returns
     * @throws LauncherException if the database cannot be opened or the work fails
     */
    <T> T read(SqlWork<T> work) throws LauncherException;

    /**
     * Runs work in a write transaction ({@code BEGIN IMMEDIATE}), committed when the work returns.
     *
     * @param <T>  the result type
     * @param work the work
     * @return what the work returns
     * @throws LauncherException if the database cannot be opened, stays locked by another process longer than the
     *                           busy timeout, or the work fails; nothing of the work is kept then
     */
    <T> T write(SqlWork<T> work) throws LauncherException;

    /**
     * Empties a column in the database and in every backup copy the launcher made of it, then rewrites the files so
     * the old values are gone from them too (deleted content zeroed, write-ahead log truncated, free pages dropped).
     * For secrets moved elsewhere, such as the API keys the old launcher kept in plain text.
     *
     * @param table  a table
     * @param column a column of it; nothing happens where the table or column does not exist
     * @throws LauncherException if the database or a backup cannot be written
     */
    void eraseColumn(String table, String column) throws LauncherException;

    /** @return the schema version the database is at once opened */
    int schemaVersion() throws LauncherException;

    /**
     * Calls the listener (on a background thread) when another process commits a change to the database. The file
     * system is watched; nothing is polled while nothing changes.
     *
     * @param listener called after each change by another process
     * @return closes the subscription
     */
    AutoCloseable onExternalChange(Runnable listener);
}
