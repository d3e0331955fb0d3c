package mai.launcher.core.local.internal.run;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * A component's output on disk: {@code logs/<component>.log}, moved to {@code .1} when it reaches its size limit
 * (older ones to {@code .2}, {@code .3}; the oldest is dropped).
 */
final class RotatingLog implements AutoCloseable {

    static final long MAX_BYTES = 5L * 1024 * 1024;
    static final int KEPT = 3;

    private final Path file;
    private OutputStream out;
    private long size;

    RotatingLog(Path file) throws IOException {
        this.file = file;
        Files.createDirectories(file.getParent());
        open();
    }

    private void open() throws IOException {
        out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        size = Files.size(file);
    }

    synchronized void write(byte[] bytes, int offset, int length) throws IOException {
        if (size + length > MAX_BYTES) {
            rotate();
        }
        out.write(bytes, offset, length);
        out.flush();
        size += length;
    }

    private void rotate() throws IOException {
        out.close();
        for (int i = KEPT; i >= 1; i--) {
            Path from = i == 1 ? file : rotated(file, i - 1);
            if (Files.exists(from)) {
                Files.move(from, rotated(file, i), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        open();
    }

    static Path rotated(Path file, int index) {
        return file.resolveSibling(file.getFileName() + "." + index); //$NON-NLS-1$
    }

    /**
     * @param file a component's log file
     * @return it and its rotated predecessors, newest first
     */
    static List<Path> files(Path file) {
        List<Path> files = new ArrayList<>();
        files.add(file);
        for (int i = 1; i <= KEPT; i++) {
            files.add(rotated(file, i));
        }
        return files;
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }
}
