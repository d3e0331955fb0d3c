package mai.launcher.core.config.providers.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.equinox.security.storage.provider.IProviderHints;

/**
 * API keys in Eclipse secure storage, in the data folder ({@code data/secure/secure_storage}), so they move with it.
 * The storage is encrypted with a random master password made on first use and kept beside it in
 * {@code master.key}, readable by the user only; the launcher never asks for a password, so the command line and
 * the workbench can both use the keys.
 */
final class SecureKeys {

    private static final String NODE = "mai.launcher/api-keys"; //$NON-NLS-1$

    private final ISecurePreferences keys;

    private SecureKeys(ISecurePreferences root) {
        this.keys = root.node(NODE);
    }

    /**
     * @param folder where the storage and its master key are
     * @return the keys
     * @throws IOException if the folder or the master key cannot be made, or the storage cannot be opened
     */
    static SecureKeys open(Path folder) throws IOException {
        Files.createDirectories(folder);
        Map<Object, Object> options = new HashMap<>();
        options.put(IProviderHints.PROMPT_USER, Boolean.FALSE);
        options.put(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec(masterPassword(folder.resolve("master.key")))); //$NON-NLS-1$
        return new SecureKeys(SecurePreferencesFactory.open(folder.resolve("secure_storage").toUri().toURL(), options)); //$NON-NLS-1$
    }

    /** Made whole in a temporary file first, so another process never reads half of it. */
    private static char[] masterPassword(Path file) throws IOException {
        if (!Files.exists(file)) {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            Path draft = file.getFileSystem().supportedFileAttributeViews().contains("posix") //$NON-NLS-1$
                    ? Files.createTempFile(file.getParent(), "master", ".tmp", //$NON-NLS-1$ //$NON-NLS-2$
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))) //$NON-NLS-1$
                    : Files.createTempFile(file.getParent(), "master", ".tmp"); //$NON-NLS-1$ //$NON-NLS-2$
            try {
                Files.writeString(draft, Base64.getEncoder().encodeToString(random), StandardCharsets.US_ASCII);
                Files.move(draft, file);
            } catch (FileAlreadyExistsException e) {
                // another process made it first: use theirs
            } finally {
                Files.deleteIfExists(draft);
            }
        }
        return Files.readString(file, StandardCharsets.US_ASCII).strip().toCharArray();
    }

    void put(long providerId, String key) throws StorageException, IOException {
        keys.put(String.valueOf(providerId), key, true);
        keys.flush();
    }

    Optional<String> get(long providerId) throws StorageException {
        return Optional.ofNullable(keys.get(String.valueOf(providerId), null)).filter(k -> !k.isEmpty());
    }

    void remove(long providerId) throws IOException {
        keys.remove(String.valueOf(providerId));
        keys.flush();
    }
}
