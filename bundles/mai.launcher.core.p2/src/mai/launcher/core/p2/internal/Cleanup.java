package mai.launcher.core.p2.internal;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.engine.IProfile;

/**
 * Deletes the jars of old bundle versions. p2's garbage collector runs only when asked, and must not run while the
 * old bundles are still in use (Windows locks them): so a successful change leaves a marker in the installation's p2
 * folder, and the next start collects the garbage and removes the marker.
 */
final class Cleanup {

    private static final String MARKER = "mai.launcher.gc-pending"; //$NON-NLS-1$
    /** p2 registers its garbage collector as an agent service under this name (its class is internal to p2). */
    private static final String GARBAGE_COLLECTOR = "org.eclipse.equinox.internal.p2.garbagecollector.GarbageCollector"; //$NON-NLS-1$

    private Cleanup() {
    }

    /** @return the marker's path in this installation, when the installation is known */
    static Optional<Path> marker() {
        String area = System.getProperty("osgi.install.area"); //$NON-NLS-1$
        if (area == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(new URL(area).toURI()).resolve("p2").resolve(MARKER)); //$NON-NLS-1$
        } catch (IOException | URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Asks the next start to collect the garbage. */
    static void markPending() {
        marker().filter(m -> Files.isDirectory(m.getParent())).ifPresent(m -> {
            try {
                Files.writeString(m, "old bundle versions to delete at the next start\n"); //$NON-NLS-1$
            } catch (IOException e) {
                ILog.of(Cleanup.class).log(Status.warning(e.getMessage(), e));
            }
        });
    }

    /** @return whether a collection is pending */
    static boolean pending() {
        return marker().map(Files::exists).orElse(false);
    }

    /**
     * Collects the garbage of the profile now and removes the marker.
     *
     * @param agent   the running installation's agent
     * @param profile its profile
     */
    static void collect(IProvisioningAgent agent, IProfile profile) {
        Object collector = agent.getService(GARBAGE_COLLECTOR);
        if (collector == null) {
            return;
        }
        try {
            collector.getClass().getMethod("runGC", IProfile.class).invoke(collector, profile); //$NON-NLS-1$
            Optional<Path> marker = marker();
            if (marker.isPresent()) {
                Files.deleteIfExists(marker.get());
            }
        } catch (ReflectiveOperationException | IOException e) {
            ILog.of(Cleanup.class).log(Status.warning(Messages.cleanupFailed, e));
        }
    }
}
