package mai.launcher.core.storage.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.SafeRunner;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import mai.launcher.core.LauncherException;
import mai.launcher.core.LauncherPaths;
import mai.launcher.core.storage.Database;
import mai.launcher.core.storage.SqlWork;

/**
 * The database on one SQLite connection. The component exists once the application has registered the data
 * folder ({@link LauncherPaths}); the file is opened on first use.
 */
@Component(service = Database.class)
public final class SqliteDatabase implements Database, AutoCloseable {

    private final Path file;
    private final Path backups;
    private final List<Migration> migrations;
    private final ReentrantLock lock = new ReentrantLock();
    private final List<Runnable> externalChangeListeners = new CopyOnWriteArrayList<>();
    private Connection connection; // guarded by lock
    private int schemaVersion; // guarded by lock
    private long dataVersion = -1; // guarded by lock
    private ChangeWatcher watcher; // guarded by lock

    @Activate
    public SqliteDatabase(@Reference LauncherPaths paths) {
        this(paths.database(), paths.databaseBackups(), Migrations.ALL);
    }

    /**
     * @param file       the database file
     * @param backups    the folder for copies made before migrations
     * @param migrations the schema steps
     */
    public SqliteDatabase(Path file, Path backups, List<Migration> migrations) {
        this.file = Objects.requireNonNull(file).toAbsolutePath();
        this.backups = Objects.requireNonNull(backups).toAbsolutePath();
        this.migrations = List.copyOf(migrations);
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public void open() throws LauncherException {
        lock.lock();
        try {
            connection();
        } finally {
            lock.unlock();
        }
    }

    private Connection connection() throws LauncherException {
        if (connection == null) {
            boolean hadContent = DatabaseFile.checkExisting(file, backups);
            Connection opened = Connections.open(file);
            try {
                schemaVersion = new MigrationRunner(file, backups, migrations).migrate(opened, hadContent);
                Connections.useWal(opened);
            } catch (SQLException e) {
                Connections.closeQuietly(opened);
                throw SqlErrors.translate(file, e);
            } catch (LauncherException | RuntimeException e) {
                Connections.closeQuietly(opened);
                throw e;
            }
            connection = opened;
        }
        return connection;
    }

    @Override
    public <T> T read(SqlWork<T> work) throws LauncherException {
        lock.lock();
        try {
            return work.run(connection());
        } catch (SQLException e) {
            throw SqlErrors.translate(file, e);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public <T> T write(SqlWork<T> work) throws LauncherException {
        lock.lock();
        try {
            Connection c = connection();
            c.setAutoCommit(false); // the first statement begins an IMMEDIATE transaction
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | LauncherException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw SqlErrors.translate(file, e);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void eraseColumn(String table, String column) throws LauncherException {
        lock.lock();
        try {
            Erasure.erase(connection(), table, column);
            for (Path backup : Erasure.backups(backups)) {
                Connection copy = Connections.open(backup);
                try {
                    Erasure.erase(copy, table, column);
                } finally {
                    Connections.closeQuietly(copy);
                }
            }
        } catch (SQLException e) {
            throw SqlErrors.translate(file, e);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public int schemaVersion() throws LauncherException {
        lock.lock();
        try {
            connection();
            return schemaVersion;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public AutoCloseable onExternalChange(Runnable listener) {
        Objects.requireNonNull(listener);
        lock.lock();
        try {
            externalChangeListeners.add(listener);
            if (watcher == null) {
                dataVersion = currentDataVersion();
                watcher = new ChangeWatcher(file, this::checkExternalChange);
                watcher.start();
            }
        } finally {
            lock.unlock();
        }
        return () -> externalChangeListeners.remove(listener);
    }

    /** {@code PRAGMA data_version} changes on this connection only when another connection commits. */
    private void checkExternalChange() {
        boolean changed;
        lock.lock();
        try {
            long current = currentDataVersion();
            changed = current != dataVersion && current != -1;
            dataVersion = current;
        } finally {
            lock.unlock();
        }
        if (changed) {
            for (Runnable listener : externalChangeListeners) {
                SafeRunner.run(listener::run);
            }
        }
    }

    private long currentDataVersion() {
        try (Statement statement = connection().createStatement();
                ResultSet rows = statement.executeQuery("PRAGMA data_version")) { //$NON-NLS-1$
            return rows.next() ? rows.getLong(1) : -1;
        } catch (SQLException | LauncherException e) {
            ILog.of(getClass()).warn("Cannot read the data version of " + file, e); //$NON-NLS-1$
            return -1;
        }
    }

    @Override
    @Deactivate
    public void close() {
        lock.lock();
        try {
            if (watcher != null) {
                watcher.close();
                watcher = null;
            }
            if (connection != null) {
                Connections.closeQuietly(connection);
                connection = null;
            }
        } finally {
            lock.unlock();
        }
    }
}
