package mai.launcher.core;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.DosFileAttributeView;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Deletes folder trees the way a user expects: links are removed, never followed; read-only files go too (git marks
 * its objects read-only, which Windows refuses to delete).
 *
 * @since 0.1
 */
public final class FileTrees {

    private FileTrees() {
    }

    /**
     * @param root    the folder or file; nothing happens if it does not exist
     * @param monitor progress (one unit per file) and cancellation; may be {@code null}
     * @throws IOException if something cannot be deleted
     */
    public static void deleteRecursively(Path root, IProgressMonitor monitor) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        SubMonitor progress = SubMonitor.convert(monitor, count(root));
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                delete(file);
                progress.split(1);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static int count(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return (int) Math.min(Integer.MAX_VALUE, files.count());
        }
    }

    /** Git marks its object files read-only; Windows refuses to delete those until the flag is cleared. */
    private static void delete(Path path) throws IOException {
        try {
            Files.delete(path);
        } catch (AccessDeniedException e) {
            DosFileAttributeView dos = Files.getFileAttributeView(path, DosFileAttributeView.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (dos == null) {
                throw e;
            }
            dos.setReadOnly(false);
            Files.delete(path);
        }
    }
}
