package mai.launcher.cli.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.ServiceTracker;

import mai.launcher.cli.internal.CommandLine.Session;
import mai.launcher.core.ErrorCode;
import mai.launcher.core.LauncherException;
import mai.launcher.core.LauncherPaths;

/**
 * The real session: the data folder chosen from {@code --data-dir}, the environment or the program's folder,
 * registered as a service so that the launcher's services come up on it, as they do in the workbench.
 */
public final class OsgiSession implements Session {

    private static final long SERVICE_TIMEOUT_MILLIS = 10_000;

    private final LauncherPaths paths;
    private final ServiceRegistration<LauncherPaths> registration;
    private final BundleContext context;
    private final Map<Class<?>, ServiceTracker<?, ?>> trackers = new ConcurrentHashMap<>();

    private OsgiSession(BundleContext context, LauncherPaths paths) {
        this.context = context;
        this.paths = paths;
        this.registration = context.registerService(LauncherPaths.class, paths, null);
    }

    /**
     * Chooses the data folder from the arguments and the environment, prepares it and registers it.
     *
     * @param args the command line
     * @return the session; close it to unregister the folder
     * @throws LauncherException if the folder cannot be used
     */
    public static Session open(List<String> args) throws LauncherException {
        LauncherPaths paths = LauncherPaths.choose(args, System::getenv, LauncherPaths.installFolder());
        paths.prepare();
        return new OsgiSession(FrameworkUtil.getBundle(OsgiSession.class).getBundleContext(), paths);
    }

    @Override
    public LauncherPaths paths() {
        return paths;
    }

    @Override
    public <T> T service(Class<T> type) throws LauncherException {
        ServiceTracker<?, ?> tracker = trackers.computeIfAbsent(type, t -> {
            ServiceTracker<?, ?> created = new ServiceTracker<>(context, t.getName(), null);
            created.open();
            return created;
        });
        try {
            Object service = tracker.waitForService(SERVICE_TIMEOUT_MILLIS);
            if (service == null) {
                throw new LauncherException(ErrorCode.INTERNAL, NLS.bind(Messages.serviceMissing, type.getSimpleName()));
            }
            return type.cast(service);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException(ErrorCode.INTERNAL, NLS.bind(Messages.serviceMissing, type.getSimpleName()), e);
        }
    }

    @Override
    public void close() {
        trackers.values().forEach(ServiceTracker::close);
        registration.unregister();
    }
}
