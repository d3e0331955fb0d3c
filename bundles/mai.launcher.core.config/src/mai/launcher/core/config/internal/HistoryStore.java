package mai.launcher.core.config.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;


import mai.launcher.core.config.HistoryEntry;

/**
 * The history folder {@code <dir>/.history/<name>/}. Copies are named
 * {@code yyyyMMdd-HHmmss-SSS-NN.toml} in UTC, so that name order is time order and the same
 * millisecond can hold up to 100 copies.
 */
public final class HistoryStore {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    private static final int STAMP_LENGTH = 19;

    private HistoryStore() {
    }

    /**
     * Copies the current file into its history. A copy that fails half-way is deleted again.
     *
     * @param target the configuration file (must exist)
     * @param limit  how many copies to keep; 0 or less makes no copy
     * @return the copy, or null when none was made
     * @throws IOException when copying fails
     */
    public static Path archive(Path target, int limit) throws IOException {
        if (limit <= 0) {
            return null;
        }
        Path dir = folder(target);
        Files.createDirectories(dir);
        String stamp = STAMP.format(LocalDateTime.now(ZoneOffset.UTC));
        for (int n = 0; n < 100; n++) {
            Path copy = dir.resolve(stamp + "-" + String.format("%02d", n) + ".toml");
            if (!Files.exists(copy)) {
                try {
                    Files.copy(target, copy, StandardCopyOption.COPY_ATTRIBUTES);
                } catch (IOException e) {
                    deleteQuietly(copy, e);
                    throw e;
                }
                return copy;
            }
        }
        return null;
    }

    /**
     * Drops the oldest copies beyond the limit.
     *
     * @param target the configuration file
     * @param limit  how many copies to keep
     * @throws IOException when the history folder cannot be read or a copy not deleted
     */
    public static void prune(Path target, int limit) throws IOException {
        List<HistoryEntry> all = list(target);
        for (int i = Math.max(0, limit); i < all.size(); i++) {
            Files.deleteIfExists(all.get(i).file());
        }
    }

    /**
     * Deletes a file left over by a failed write, keeping the first failure as the one reported.
     *
     * @param file    the file (may be missing)
     * @param failure the failure being reported
     */
    public static void deleteQuietly(Path file, Exception failure) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    /**
     * Lists the copies, newest first.
     *
     * @param target the configuration file
     * @return the entries
     * @throws IOException when the folder cannot be read
     */
    public static List<HistoryEntry> list(Path target) throws IOException {
        Path dir = folder(target);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<HistoryEntry> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(HistoryStore::isCopy).toList()) {
                out.add(new HistoryEntry(p, stampOf(p), Files.size(p)));
            }
        }
        out.sort(Comparator.comparing((HistoryEntry e) -> e.file().getFileName().toString()).reversed());
        return List.copyOf(out);
    }

    private static Path folder(Path target) {
        return target.getParent().resolve(".history").resolve(target.getFileName().toString());
    }

    private static boolean isCopy(Path p) {
        String n = p.getFileName().toString();
        return n.matches("\\d{8}-\\d{6}-\\d{3}-\\d{2}\\.toml");
    }

    private static Instant stampOf(Path p) {
        String n = p.getFileName().toString().substring(0, STAMP_LENGTH);
        return LocalDateTime.parse(n, STAMP).toInstant(ZoneOffset.UTC);
    }

    /**
     * Gives the new file the old one's POSIX permissions (a bot token file may be private).
     *
     * @param from the existing file (may be missing)
     * @param to   the new file
     */
    public static void copyPermissions(Path from, Path to) {
        try {
            if (Files.exists(from)) {
                Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
            }
        } catch (UnsupportedOperationException | IOException e) {
            // Not a POSIX file system (Windows): the default permissions are fine there.
        }
    }

    /**
     * Forces a folder's entries to disk so that a rename survives a power loss.
     *
     * @param dir the folder
     */
    public static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open folders as channels; NTFS renames are journaled anyway.
        }
    }
}
