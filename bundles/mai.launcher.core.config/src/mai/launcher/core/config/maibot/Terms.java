package mai.launcher.core.config.maibot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import mai.launcher.core.AtomicWrite;

/**
 * MaiBot's terms: {@code EULA.md} and {@code PRIVACY.md}. MaiBot starts without asking once {@code eula.confirmed}
 * and {@code privacy.confirmed} hold the MD5 of the text of each (read as text, so line endings do not count). The
 * launcher shows the texts, asks, and writes the files with the hashes of what it showed; no hash is built in.
 */
public final class Terms {

    /** The two documents. */
    public enum Document {
        /** The end-user licence. */
        EULA("EULA.md", "eula.confirmed"), //$NON-NLS-1$ //$NON-NLS-2$
        /** The privacy terms. */
        PRIVACY("PRIVACY.md", "privacy.confirmed"); //$NON-NLS-1$ //$NON-NLS-2$

        private final String text;
        private final String confirmation;

        Document(String text, String confirmation) {
            this.text = text;
            this.confirmation = confirmation;
        }

        /**
         * @param maibot the MaiBot folder
         * @return the document's file
         */
        public Path file(Path maibot) {
            return maibot.resolve(text);
        }

        Path confirmation(Path maibot) {
            return maibot.resolve(confirmation);
        }
    }

    private Terms() {
    }

    /**
     * @param maibot   the MaiBot folder
     * @param document which document
     * @return the MD5 of its text, as MaiBot computes it; empty when the file does not exist
     * @throws IOException if it cannot be read
     */
    public static Optional<String> md5(Path maibot, Document document) throws IOException {
        Path file = document.file(maibot);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(md5(Files.readString(file, StandardCharsets.UTF_8)));
    }

    /**
     * @param text a text
     * @return the MD5 of it with universal newlines, as Python's text mode reads it
     */
    public static String md5(String text) {
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n'); //$NON-NLS-1$ //$NON-NLS-2$
        if (normalised.startsWith("\uFEFF")) { //$NON-NLS-1$
            normalised = normalised.substring(1);
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5") //$NON-NLS-1$
                    .digest(normalised.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param maibot the MaiBot folder
     * @return whether both documents are confirmed in their current versions (or do not exist)
     * @throws IOException if a file cannot be read
     */
    public static boolean confirmed(Path maibot) throws IOException {
        for (Document document : Document.values()) {
            Optional<String> hash = md5(maibot, document);
            Path confirmation = document.confirmation(maibot);
            if (hash.isPresent() && (!Files.isRegularFile(confirmation)
                    || !Files.readString(confirmation).strip().equals(hash.get()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Writes the confirmation of a document's current text.
     *
     * @param maibot   the MaiBot folder
     * @param document which document
     * @param hash     the MD5 of the text the user accepted
     * @throws IOException if it cannot be written
     */
    public static void confirm(Path maibot, Document document, String hash) throws IOException {
        AtomicWrite.string(document.confirmation(maibot), hash);
    }

    /**
     * A document whose current text the user has yet to accept.
     *
     * @param document which document
     * @param file     its file
     * @param md5      the MD5 of its text now
     */
    public record Pending(Document document, Path file, String md5) {
    }

    /**
     * @param folder the folder holding the documents and their confirmations
     * @return the documents that exist and are not confirmed in their current versions; none once all are
     * @throws IOException if a file cannot be read
     */
    public static List<Pending> pending(Path folder) throws IOException {
        List<Pending> pending = new ArrayList<>();
        if (confirmed(folder)) {
            return pending;
        }
        for (Document document : Document.values()) {
            Optional<String> hash = md5(folder, document);
            if (hash.isPresent()) {
                pending.add(new Pending(document, document.file(folder), hash.get()));
            }
        }
        return pending;
    }

    /**
     * Confirms a document's current text, after checking it is the text the user was shown.
     *
     * @param folder the folder holding the document
     * @param document which document
     * @param shown  the MD5 of the text the user was shown, when known
     * @return the MD5 confirmed; empty when the document does not exist
     * @throws IOException          if it cannot be read or the confirmation written
     * @throws TextChangedException when the text on disk is not the one shown
     */
    public static Optional<String> accept(Path folder, Document document, Optional<String> shown)
            throws IOException, TextChangedException {
        Optional<String> current = md5(folder, document);
        if (current.isEmpty()) {
            return current;
        }
        if (shown.isPresent() && !shown.get().equalsIgnoreCase(current.get())) {
            throw new TextChangedException(document.file(folder));
        }
        confirm(folder, document, current.get());
        return current;
    }

    /** The text of a document changed after the user was shown it. */
    public static final class TextChangedException extends Exception {

        private static final long serialVersionUID = 1L;

        private final transient Path file;

        TextChangedException(Path file) {
            super(file.toString());
            this.file = file;
        }

        /** @return the document whose text changed */
        public Path file() {
            return file;
        }
    }
}
