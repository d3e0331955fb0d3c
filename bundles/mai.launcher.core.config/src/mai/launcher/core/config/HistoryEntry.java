package mai.launcher.core.config;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * One saved earlier version of a configuration file in its history folder.
 *
 * @param file    the stored copy, {@code <dir>/.history/<name>/<timestamp>.toml}
 * @param savedAt when that version was replaced by a newer one
 * @param size    the copy's size in bytes
 */
public record HistoryEntry(Path file, Instant savedAt, long size) {

    /**
     * Creates an entry.
     *
     * @param file    the stored copy
     * @param savedAt when it was archived
     * @param size    its size in bytes
     */
    public HistoryEntry {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(savedAt, "savedAt");
    }
}
