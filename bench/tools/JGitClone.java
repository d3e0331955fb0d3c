import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.NullProgressMonitor;

/**
 * Clones a repository with JGit, as the launcher's local mode does, several times in one JVM, and prints the time
 * of each clone (the JVM's start is not counted: the launcher is already running when it clones).
 * Usage: java -cp JGIT_JARS JGitClone.java URL RUNS DEPTH(0 = full)
 */
public class JGitClone {
    public static void main(String[] args) throws Exception {
        String url = args[0];
        int runs = Integer.parseInt(args[1]);
        int depth = Integer.parseInt(args[2]);
        for (int run = 1; run <= runs; run++) {
            Path target = Files.createTempDirectory("jgit-clone-");
            long start = System.nanoTime();
            var clone = Git.cloneRepository().setURI(url).setDirectory(target.toFile())
                    .setProgressMonitor(NullProgressMonitor.INSTANCE);
            if (depth > 0) {
                clone.setDepth(depth);
            }
            try (Git git = clone.call()) {
                // checked out
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.println("jgit " + millis);
            try (var walk = Files.walk(target)) {
                walk.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }
}
