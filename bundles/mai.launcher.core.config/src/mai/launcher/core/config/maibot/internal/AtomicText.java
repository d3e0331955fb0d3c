package mai.launcher.core.config.maibot.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.Arrays;

/**
 * Writes non-TOML files ({@code .env}, NapCat's JSON) so that a crash leaves the old or the new
 * file, never half of one: temporary file in the same folder, forced to disk, renamed over the
 * target. (TOML goes through the engine's {@code AtomicFiles}, which also keeps a history.)
 */
public final class AtomicText {

    private AtomicText() {
    }

    /**
     * Replaces a file's content; writing the content it already has does nothing.
     *
     * @param target  the file
     * @param content the new bytes
     * @throws IOException when writing fails; the old file then stays
     */
    public static void write(Path target, byte[] content) throws IOException {
        Path abs = target.toAbsolutePath();
        if (Files.isRegularFile(abs) && Arrays.equals(Files.readAllBytes(abs), content)) {
            return;
        }
        Path dir = abs.getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        try {
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buf = ByteBuffer.wrap(content);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            copyPermissions(abs, temp);
            try {
                Files.move(temp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Temporary files are created owner-only; the replaced file keeps its own permissions. */
    private static void copyPermissions(Path from, Path to) throws IOException {
        if (Files.isRegularFile(from) && Files.getFileAttributeView(from, PosixFileAttributeView.class) != null) {
            Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
        }
    }
}
