package mai.launcher.tests.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.ServiceTracker;

import mai.launcher.core.LauncherPaths;

/**
 * A temporary data folder registered as the {@link LauncherPaths} service, the way the applications register the
 * real one, so the launcher's DS services (database, instances) come up on it. Closing unregisters it (the services
 * deactivate and close the database) and deletes the folder.
 */
public final class DataFolderFixture implements AutoCloseable {

    private final Path root;
    private final LauncherPaths paths;
    private final ServiceRegistration<LauncherPaths> registration;
    private boolean closed;

    private DataFolderFixture(Path root) {
        this.root = root;
        this.paths = new LauncherPaths(root);
        try {
            paths.prepare(); // as the applications do before they register the folder
        } catch (mai.launcher.core.LauncherException e) {
            throw new IllegalStateException(e);
        }
        this.registration = context().registerService(LauncherPaths.class, paths, null);
    }

    /** @return a fixture on a new empty folder */
    public static DataFolderFixture create() {
        try {
            return new DataFolderFixture(Files.createTempDirectory("mai-launcher-test-")); //$NON-NLS-1$
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param root an existing or new folder; it is deleted on close
     * @return a fixture on that folder
     */
    public static DataFolderFixture at(Path root) {
        return new DataFolderFixture(root);
    }

    /** @return the data folder's paths */
    public LauncherPaths paths() {
        return paths;
    }

    /** @return the data folder */
    public Path root() {
        return root;
    }

    /**
     * Waits up to ten seconds for a service and returns it.
     *
     * @param <T>  the service type
     * @param type the service interface
     * @return the service
     */
    public static <T> T service(Class<T> type) {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context(), type, null);
        tracker.open();
        try {
            T service = tracker.waitForService(10_000);
            if (service == null) {
                throw new AssertionError("No " + type.getName() + " service within 10 s"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            return service;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } finally {
            tracker.close();
        }
    }

    /** @return this bundle's context, starting the bundle if needed */
    static BundleContext context() {
        Bundle bundle = FrameworkUtil.getBundle(DataFolderFixture.class);
        if (bundle.getBundleContext() == null) {
            try {
                bundle.start(Bundle.START_TRANSIENT);
            } catch (BundleException e) {
                throw new IllegalStateException(e);
            }
        }
        return bundle.getBundleContext();
    }

    /** Unregisters the folder and deletes it; does nothing the second time. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        registration.unregister();
        deleteRecursively(root);
    }

    /**
     * Deletes a folder tree, making read-only folders writable first.
     *
     * @param folder the folder
     */
    public static void deleteRecursively(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                p.toFile().setWritable(true);
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
