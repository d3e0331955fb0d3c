package mai.launcher.core.storage.internal;

import java.nio.file.Path;
import java.sql.SQLException;

import org.eclipse.osgi.util.NLS;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import mai.launcher.core.ErrorCode;
import mai.launcher.core.LauncherException;

/** Turns SQLite failures into launcher errors whose message names the file and what to do. */
final class SqlErrors {

    private SqlErrors() {
    }

    static LauncherException translate(Path file, SQLException e) {
        SQLiteErrorCode code = e instanceof SQLiteException sqlite ? sqlite.getResultCode() : null;
        int primary = code == null ? e.getErrorCode() : code.code & 0xff;
        return switch (primary) {
            case 5, 6 -> // SQLITE_BUSY, SQLITE_LOCKED
                new LauncherException(ErrorCode.DATABASE_BUSY, NLS.bind(Messages.databaseBusy, file), e);
            case 11, 26 -> // SQLITE_CORRUPT, SQLITE_NOTADB
                new LauncherException(ErrorCode.DATABASE_CORRUPT, NLS.bind(Messages.databaseCorrupt, file), e);
            case 8, 14, 23 -> // SQLITE_READONLY, SQLITE_CANTOPEN, SQLITE_AUTH
                new LauncherException(ErrorCode.DATA_FOLDER_NOT_WRITABLE,
                        NLS.bind(Messages.databaseNotWritable, file), e);
            case 13 -> // SQLITE_FULL
                new LauncherException(ErrorCode.IO_ERROR, NLS.bind(Messages.diskFull, file), e);
            default -> new LauncherException(ErrorCode.DATABASE_ERROR,
                    NLS.bind(Messages.databaseError, file, e.getMessage()), e);
        };
    }
}
