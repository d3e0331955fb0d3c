package mai.launcher.core.config;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import mai.launcher.core.config.internal.HistoryStore;
import mai.launcher.core.config.internal.Messages;

/**
 * Writes TOML files so that a crash or power loss leaves either the old or the new file, never a
 * half-written one: the content goes to a temporary file in the same folder, is forced to disk and
 * then renamed over the target. The replaced version is kept in
 * {@code <dir>/.history/<name>/<timestamp>.toml} (the newest {@value #DEFAULT_HISTORY_LIMIT} by
 * default). Invalid TOML is never written.
 */
public final class AtomicFiles {

    /** How many earlier versions are kept by default. */
    public static final int DEFAULT_HISTORY_LIMIT = 20;

    private AtomicFiles() {
    }

    /**
     * Writes a document, keeping the previous file in the history.
     *
     * @param target   the file to write
     * @param document the content
     * @throws ConfigException never for a document (it is always valid), kept for symmetry
     * @throws IOException     when writing fails; the old file then stays untouched
     */
    public static void write(Path target, TomlDocument document) throws ConfigException, IOException {
        write(target, Objects.requireNonNull(document, "document").toBytes(), DEFAULT_HISTORY_LIMIT);
    }

    /**
     * Writes TOML bytes after validating them, keeping the previous file in the history. Writing
     * the bytes the file already has does nothing.
     *
     * @param target       the file to write
     * @param content      UTF-8 TOML content
     * @param historyLimit how many earlier versions to keep (0 keeps none)
     * @throws ConfigException when the content is not valid TOML; nothing is written then
     * @throws IOException     when writing fails (the file is read-only, the folder is not writable,
     *                         the disk is full, ...), with a sentence naming the file and the cause;
     *                         the old file then stays untouched and no temporary file or new history
     *                         copy is left behind
     */
    public static void write(Path target, byte[] content, int historyLimit) throws ConfigException, IOException {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(content, "content");
        List<ConfigProblem> problems = TomlValidator.validate(content);
        if (!problems.isEmpty()) {
            throw new ConfigException(Messages.format(Messages.file_refusingInvalid,
                    target.getFileName().toString(), problems.get(0).message()), problems);
        }
        Path abs = target.toAbsolutePath();
        boolean exists = Files.isRegularFile(abs);
        if (exists) {
            if (Arrays.equals(Files.readAllBytes(abs), content)) {
                return; // nothing changed: no write, and no duplicate in the history
            }
            if (isReadOnly(abs)) {
                throw new IOException(Messages.format(Messages.file_readOnly, abs.getFileName().toString()));
            }
        }
        try {
            replace(abs, content, exists ? historyLimit : 0);
        } catch (IOException e) {
            throw explain(abs, content.length, e);
        }
    }

    /**
     * Lists the kept earlier versions of a file, newest first.
     *
     * @param target the configuration file
     * @return the versions; empty when there are none
     * @throws IOException when the history folder cannot be read
     */
    public static List<HistoryEntry> history(Path target) throws IOException {
        return HistoryStore.list(Objects.requireNonNull(target, "target").toAbsolutePath());
    }

    /**
     * Puts an earlier version back. The current file goes into the history first, so a restore
     * can itself be undone.
     *
     * @param target the configuration file
     * @param entry  one of {@link #history(Path)}
     * @throws ConfigException when the stored copy is not valid TOML
     * @throws IOException     when reading or writing fails
     */
    public static void restore(Path target, HistoryEntry entry) throws ConfigException, IOException {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(entry, "entry");
        if (!Files.isRegularFile(entry.file())) {
            throw new ConfigException(Messages.format(Messages.file_historyMissing, entry.file().toString()));
        }
        write(target, Files.readAllBytes(entry.file()), DEFAULT_HISTORY_LIMIT);
    }

    /**
     * Temp file in the same folder (so the rename stays on one file system), fsync, copy of the old
     * file into the history, rename. On any failure the temp file and the new history copy are
     * deleted again, so the folder looks as before.
     */
    private static void replace(Path target, byte[] content, int historyLimit) throws IOException {
        Path dir = target.getParent();
        Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        Path archived = null;
        try {
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buf = ByteBuffer.wrap(content);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            HistoryStore.copyPermissions(target, temp);
            archived = HistoryStore.archive(target, historyLimit);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            HistoryStore.deleteQuietly(temp, e);
            if (archived != null) {
                HistoryStore.deleteQuietly(archived, e);
            }
            throw e;
        }
        HistoryStore.syncDirectory(dir);
        if (historyLimit > 0) {
            HistoryStore.prune(target, historyLimit);
        }
    }

    /**
     * Tells whether a file is marked read-only: not writable for this user, or (as root, who may
     * write anyway) without any write permission bit.
     */
    private static boolean isReadOnly(Path file) {
        if (!Files.isWritable(file)) {
            return true;
        }
        try {
            Set<PosixFilePermission> p = Files.getPosixFilePermissions(file);
            return !p.contains(PosixFilePermission.OWNER_WRITE) && !p.contains(PosixFilePermission.GROUP_WRITE)
                    && !p.contains(PosixFilePermission.OTHERS_WRITE);
        } catch (UnsupportedOperationException | IOException e) {
            return false; // not POSIX: Files.isWritable has seen the read-only attribute
        }
    }

    /**
     * Turns a write failure into a sentence naming the file and the likely cause (the operating
     * system's own text names a temporary or history file, or no file at all).
     */
    private static IOException explain(Path target, long size, IOException e) {
        String name = target.getFileName().toString();
        Path dir = target.getParent();
        String message;
        if (isReadOnlyDrive(dir)) {
            message = Messages.format(Messages.file_readOnlyDrive, name);
        } else if (e instanceof AccessDeniedException) {
            message = Messages.format(Messages.file_noPermission, name, dir.toString());
        } else if (isNoSpace(target, size)) {
            message = Messages.format(Messages.file_diskFull, name);
        } else {
            message = Messages.format(Messages.file_writeFailed, name, String.valueOf(e.getMessage()));
        }
        return new IOException(message, e);
    }

    private static boolean isReadOnlyDrive(Path dir) {
        try {
            return Files.getFileStore(dir).isReadOnly();
        } catch (IOException e) {
            return false;
        }
    }

    /** The new content and a copy of the old file must both fit, in whole blocks, next to each other. */
    private static boolean isNoSpace(Path target, long size) {
        try {
            FileStore store = Files.getFileStore(target.getParent());
            long block;
            try {
                block = Math.max(1, store.getBlockSize());
            } catch (UnsupportedOperationException e) {
                block = 4096;
            }
            long old = Files.isRegularFile(target) ? Files.size(target) : 0;
            long need = (size + block - 1) / block * block + (old + block - 1) / block * block;
            return store.getUsableSpace() < need;
        } catch (IOException e) {
            return false;
        }
    }
}
