package mai.launcher.core.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import mai.launcher.core.config.internal.Messages;

/**
 * A configuration file opened for editing: its path, its {@link TomlDocument} and the
 * {@link FileFingerprint} of what was loaded, so that saving never silently overwrites changes
 * another program (or MaiBot itself) made in the meantime.
 *
 * <p>Not thread-safe, like the document it holds.
 */
public final class ConfigFile {

    private final Path path;
    private TomlDocument document;
    private FileFingerprint fingerprint;

    private ConfigFile(Path path, TomlDocument document, FileFingerprint fingerprint) {
        this.path = path;
        this.document = document;
        this.fingerprint = fingerprint;
    }

    /**
     * Loads a file.
     *
     * @param path the TOML file
     * @return the opened file
     * @throws ConfigException when the file is not UTF-8 TOML 1.0
     * @throws IOException     when it cannot be read
     */
    public static ConfigFile load(Path path) throws ConfigException, IOException {
        Path abs = Objects.requireNonNull(path, "path").toAbsolutePath();
        FileFingerprint print = FileFingerprint.of(abs);
        TomlDocument doc = TomlDocument.parse(Files.readAllBytes(abs));
        return new ConfigFile(abs, doc, print);
    }

    /**
     * Returns the file's absolute path.
     *
     * @return the file's absolute path
     */
    public Path path() {
        return path;
    }

    /**
     * Returns the document being edited (edit it in place).
     *
     * @return the document being edited (edit it in place)
     */
    public TomlDocument document() {
        return document;
    }

    /**
     * Returns what the file looked like when loaded or last saved.
     *
     * @return what the file looked like when loaded or last saved
     */
    public FileFingerprint fingerprint() {
        return fingerprint;
    }

    /**
     * Tells whether the file on disk differs from what was loaded or last saved.
     *
     * @return true when another program changed (or deleted) the file
     * @throws IOException when the file exists but cannot be read
     */
    public boolean changedOnDisk() throws IOException {
        return fingerprint.differsFrom(path);
    }

    /**
     * Saves the document atomically, keeping the previous version in the history.
     *
     * @throws ConfigException when the file changed on disk since it was loaded (ask the person,
     *                         then {@link #reload()} or {@link #saveOverwriting()})
     * @throws IOException     when writing fails
     */
    public void save() throws ConfigException, IOException {
        if (changedOnDisk()) {
            throw new ConfigException(Messages.format(Messages.file_changedOnDisk, path.getFileName().toString()));
        }
        saveOverwriting();
    }

    /**
     * Saves even if the file changed on disk ("keep my version"); the disk version goes to history.
     *
     * @throws ConfigException never for a parsed document, kept for symmetry
     * @throws IOException     when writing fails
     */
    public void saveOverwriting() throws ConfigException, IOException {
        AtomicFiles.write(path, document);
        fingerprint = FileFingerprint.of(path);
    }

    /**
     * Replaces the document with the file's current content ("reload"); unsaved edits are lost.
     *
     * @throws ConfigException when the file on disk is not valid TOML; the document then stays
     * @throws IOException     when it cannot be read
     */
    public void reload() throws ConfigException, IOException {
        FileFingerprint print = FileFingerprint.of(path);
        document = TomlDocument.parse(Files.readAllBytes(path));
        fingerprint = print;
    }

    /**
     * Lists earlier versions, newest first.
     *
     * @return the history
     * @throws IOException when the history folder cannot be read
     */
    public List<HistoryEntry> history() throws IOException {
        return AtomicFiles.history(path);
    }

    /**
     * Restores an earlier version on disk and reloads it.
     *
     * @param entry one of {@link #history()}
     * @throws ConfigException when the stored copy is not valid TOML
     * @throws IOException     when reading or writing fails
     */
    public void restore(HistoryEntry entry) throws ConfigException, IOException {
        AtomicFiles.restore(path, entry);
        reload();
    }
}
