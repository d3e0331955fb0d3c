package mai.launcher.core.p2.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import mai.launcher.tests.support.ProductRunner;
import mai.launcher.tests.support.ProductRunner.Result;

/** A private copy of the materialized product, with its own data folder, that a test may change. */
final class Installation {

    final Path folder;
    final Path data;

    Installation(Path temp) {
        this.folder = ProductRunner.copyProduct(temp.resolve("mai-launcher")); //$NON-NLS-1$
        this.data = temp.resolve("data"); //$NON-NLS-1$
    }

    /** Runs {@code mai-launcher --data-dir DATA ARGS} from this installation, as a new process. */
    Result run(String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", data.toString())); //$NON-NLS-1$
        all.addAll(List.of(args));
        return ProductRunner.run(folder, all, Map.of());
    }

    /** @return the file names in plugins/ that start with a bundle's name and an underscore */
    List<String> plugins(String bundle) {
        try (Stream<Path> files = Files.list(folder.resolve("plugins"))) { //$NON-NLS-1$
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(bundle + "_")).sorted() //$NON-NLS-1$
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the folder names in features/ that start with a feature's id and an underscore */
    List<String> features(String feature) {
        try (Stream<Path> files = Files.list(folder.resolve("features"))) { //$NON-NLS-1$
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(feature + "_")).sorted() //$NON-NLS-1$
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the example plugin's p2 repository, built by the reactor before the tests */
    static Path exampleRepository() {
        String folder = System.getProperty("mai.example.repository"); //$NON-NLS-1$
        if (folder == null || !Files.isRegularFile(Path.of(folder, "content.xml")) //$NON-NLS-1$
                && !Files.isRegularFile(Path.of(folder, "content.jar"))) { //$NON-NLS-1$
            throw new AssertionError("The example plugin's repository is missing: mai.example.repository=" + folder //$NON-NLS-1$
                    + "; build it with ./mvnw verify (examples/ is built before the tests)"); //$NON-NLS-1$
        }
        return Path.of(folder);
    }
}
