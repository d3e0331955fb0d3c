package mai.launcher.core.storage.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.osgi.util.NLS;

import mai.launcher.core.ErrorCode;
import mai.launcher.core.LauncherException;

/** Checks, without opening it through SQLite (which could write to it), that a file is a SQLite database. */
final class DatabaseFile {

    private static final byte[] HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII); //$NON-NLS-1$

    private DatabaseFile() {
    }

    /**
     * @return {@code true} if the file exists with content, {@code false} if it is missing or empty (a new database)
     * @throws LauncherException if the file exists but is not a SQLite database
     */
    static boolean checkExisting(Path file, Path backups) throws LauncherException {
        if (!Files.exists(file)) {
            return false;
        }
        try {
            if (Files.isDirectory(file) || Files.size(file) > 0 && !hasHeader(file)) {
                throw new LauncherException(ErrorCode.DATABASE_CORRUPT, NLS.bind(Messages.notSqlite, file, backups));
            }
            return Files.size(file) > 0;
        } catch (IOException e) {
            throw new LauncherException(ErrorCode.IO_ERROR, NLS.bind(Messages.databaseError, file, e.getMessage()), e);
        }
    }

    private static boolean hasHeader(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(HEADER.length), HEADER);
        }
    }
}
