package mai.launcher.ui.config.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;

import mai.launcher.core.config.AtomicFiles;
import mai.launcher.core.config.ConfigException;
import mai.launcher.core.config.ConfigProblem;
import mai.launcher.core.config.FileFingerprint;
import mai.launcher.core.config.TomlDocument;
import mai.launcher.core.config.TomlValidator;

/**
 * What an editor on one TOML file holds: the text being edited (the source of truth, shared by the text page and the
 * forms), the document parsed from it while it is valid, its problems, and what the file looked like when it was read,
 * to notice another program changing it. Forms change the text through {@link #edit}, with an engine edit that keeps
 * everything else. Used on the UI thread.
 */
final class ConfigBuffer {

    /** Told when the text was parsed again. */
    interface Listener {
        void parsed(ConfigBuffer buffer);
    }

    /** A change made on the parsed document. */
    @FunctionalInterface
    interface Edit {
        void apply(TomlDocument document) throws ConfigException;
    }

    private final Path file;
    private final IDocument text = new Document();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private FileFingerprint fingerprint;
    private String savedText;
    private boolean bom;
    private Optional<TomlDocument> parsed = Optional.empty();
    private List<ConfigProblem> problems = List.of();

    private ConfigBuffer(Path file) {
        this.file = file;
    }

    /**
     * Reads a file (off the UI thread is better for big files).
     *
     * @param file a TOML file
     * @return the buffer
     * @throws IOException if it cannot be read
     */
    static ConfigBuffer read(Path file) throws IOException {
        ConfigBuffer buffer = new ConfigBuffer(file);
        buffer.load();
        buffer.text.addDocumentListener(new IDocumentListener() {
            @Override
            public void documentAboutToBeChanged(DocumentEvent event) {
                // nothing before
            }

            @Override
            public void documentChanged(DocumentEvent event) {
                buffer.parsed = Optional.empty(); // until reparsed
            }
        });
        return buffer;
    }

    private void load() throws IOException {
        FileFingerprint print = FileFingerprint.of(file);
        String content = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        bom = content.startsWith("\ufeff"); //$NON-NLS-1$
        savedText = bom ? content.substring(1) : content;
        fingerprint = print;
        text.set(savedText);
        reparse();
    }

    /** Parses the text again and tells the listeners. */
    void reparse() {
        String current = text.get();
        problems = TomlValidator.validate(current);
        if (problems.isEmpty()) {
            try {
                parsed = Optional.of(TomlDocument.parse(current));
            } catch (ConfigException e) {
                parsed = Optional.empty();
                problems = e.problems();
            }
        } else {
            parsed = Optional.empty();
        }
        listeners.forEach(l -> l.parsed(this));
    }

    /**
     * Changes the text with an engine edit on the parsed document, replacing only the span that differs (so the
     * rest of the text, the caret and undo stay as they are).
     *
     * @param edit the change
     * @throws ConfigException when the text is not valid TOML now, or the edit is refused
     */
    void edit(Edit edit) throws ConfigException {
        TomlDocument document = TomlDocument.parse(text.get());
        edit.apply(document);
        replaceChangedSpan(document.toString().replaceFirst("^\ufeff", "")); //$NON-NLS-1$ //$NON-NLS-2$
        reparse();
    }

    private void replaceChangedSpan(String next) {
        String now = text.get();
        int start = 0;
        int max = Math.min(now.length(), next.length());
        while (start < max && now.charAt(start) == next.charAt(start)) {
            start++;
        }
        int endNow = now.length();
        int endNext = next.length();
        while (endNow > start && endNext > start && now.charAt(endNow - 1) == next.charAt(endNext - 1)) {
            endNow--;
            endNext--;
        }
        try {
            text.replace(start, endNow - start, next.substring(start, endNext));
        } catch (BadLocationException e) {
            text.set(next);
        }
    }

    /**
     * Writes the text if it is valid TOML, atomically, keeping the previous version in the file's history.
     *
     * @param overwrite whether to write even if another program changed the file since it was read
     * @throws ConfigException when the text is not valid (nothing is written)
     * @throws ChangedOnDisk   when the file changed on disk and {@code overwrite} is false (nothing is written)
     * @throws IOException     when writing fails (the file stays as it was)
     */
    void save(boolean overwrite) throws ConfigException, ChangedOnDisk, IOException {
        reparse();
        if (!problems.isEmpty()) {
            throw new ConfigException(problems.get(0).message(), problems);
        }
        if (!overwrite && changedOnDisk()) {
            throw new ChangedOnDisk();
        }
        String content = text.get();
        AtomicFiles.write(file, (bom ? "\ufeff" + content : content).getBytes(StandardCharsets.UTF_8), //$NON-NLS-1$
                AtomicFiles.DEFAULT_HISTORY_LIMIT);
        fingerprint = FileFingerprint.of(file);
        savedText = content;
    }

    /** The file changed on disk since it was read or saved. */
    static final class ChangedOnDisk extends Exception {
        private static final long serialVersionUID = 1L;

        ChangedOnDisk() {
            super(Messages.changedOnDisk);
        }
    }

    /** Reads the file again, dropping the edits. */
    void reload() throws IOException {
        load();
    }

    boolean changedOnDisk() throws IOException {
        return fingerprint.differsFrom(file);
    }

    boolean dirty() {
        return !text.get().equals(savedText);
    }

    Path file() {
        return file;
    }

    IDocument text() {
        return text;
    }

    /** @return the parsed document while the text is valid TOML (do not edit it: use {@link #edit}) */
    Optional<TomlDocument> document() {
        if (parsed.isEmpty() && problems.isEmpty()) {
            reparse();
        }
        return parsed;
    }

    List<ConfigProblem> problems() {
        return problems;
    }

    AutoCloseable addListener(Listener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
