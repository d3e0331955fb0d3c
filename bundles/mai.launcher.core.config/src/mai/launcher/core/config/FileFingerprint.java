package mai.launcher.core.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

/**
 * What a file looked like when it was loaded or saved: size, modification time and a SHA-256 of
 * the content. Comparing with the disk tells whether another program changed the file, so a UI
 * can ask "reload or keep". The hash decides; size is a quick first check, and the time is kept
 * for display (a touch without a content change is not reported as a change).
 *
 * @param size         size in bytes
 * @param lastModified modification time
 * @param sha256       lower-case hex SHA-256 of the content
 */
public record FileFingerprint(long size, Instant lastModified, String sha256) {

    /**
     * Creates a fingerprint.
     *
     * @param size         size in bytes
     * @param lastModified modification time
     * @param sha256       hex SHA-256
     */
    public FileFingerprint {
        Objects.requireNonNull(lastModified, "lastModified");
        Objects.requireNonNull(sha256, "sha256");
    }

    /**
     * Takes the fingerprint of a file.
     *
     * @param file the file
     * @return its fingerprint
     * @throws IOException when the file cannot be read
     */
    public static FileFingerprint of(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        // Time first, content second: if the file changes in between, the hash is the newer one
        // and the next comparison still sees the content it was compared against.
        BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
        byte[] content = Files.readAllBytes(file);
        return new FileFingerprint(content.length, attrs.lastModifiedTime().toInstant(), sha256(content));
    }

    /**
     * Tells whether the file on disk is different from this fingerprint.
     *
     * @param file the file
     * @return true when the file is gone or its content differs
     * @throws IOException when the file exists but cannot be read
     */
    public boolean differsFrom(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        if (!Files.isRegularFile(file)) {
            return true;
        }
        if (Files.size(file) != size) {
            return true;
        }
        return !sha256(Files.readAllBytes(file)).equals(sha256);
    }

    /**
     * Computes a SHA-256.
     *
     * @param content bytes
     * @return lower-case hex digest
     */
    public static String sha256(byte[] content) {
        Objects.requireNonNull(content, "content");
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
