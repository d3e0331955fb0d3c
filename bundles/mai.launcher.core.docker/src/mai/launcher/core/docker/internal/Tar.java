package mai.launcher.core.docker.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Reads the first regular file of a tar stream (what the engine sends for one file copied out of a container). */
final class Tar {

    private static final int BLOCK = 512;

    private Tar() {
    }

    static Optional<byte[]> firstFile(InputStream in) throws IOException {
        while (true) {
            byte[] header = in.readNBytes(BLOCK);
            if (header.length < BLOCK || header[0] == 0) {
                return Optional.empty();
            }
            long size = Long.parseLong(field(header, 124, 12).isEmpty() ? "0" : field(header, 124, 12), 8); //$NON-NLS-1$
            byte type = header[156];
            byte[] content = in.readNBytes((int) size);
            long padding = (BLOCK - size % BLOCK) % BLOCK;
            in.skipNBytes(padding);
            if (type == '0' || type == 0) {
                return Optional.of(content);
            }
        }
    }

    private static String field(byte[] header, int offset, int length) {
        int end = offset;
        while (end < offset + length && header[end] != 0) {
            end++;
        }
        return new String(header, offset, end - offset, StandardCharsets.US_ASCII).strip();
    }
}
