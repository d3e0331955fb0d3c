package mai.launcher.core.config;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

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
     * @throws IOException     when writing fails; the old file then stays untouched
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
        if (Files.isRegularFile(abs)) {
            if (Arrays.equals(Files.readAllBytes(abs), content)) {
                return; // nothing changed: no write, and no duplicate in the history
            }
            HistoryStore.archive(abs, historyLimit);
        }
        replace(abs, content);
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

    /** Temp file in the same folder (so the rename stays on one file system), fsync, rename. */
    private static void replace(Path target, byte[] content) throws IOException {
        Path dir = target.getParent();
        Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buf = ByteBuffer.wrap(content);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            HistoryStore.copyPermissions(target, temp);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            HistoryStore.syncDirectory(dir);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
