package mai.launcher.core.p2.internal;

import java.util.concurrent.TimeUnit;

import org.eclipse.equinox.p2.core.IProvisioningAgentProvider;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.util.tracker.ServiceTracker;

/**
 * At start, deletes the old bundle versions a previous update or uninstall left behind (see {@link Cleanup}), in the
 * background; a start without a pending cleanup costs one file check. Shutting down waits for a cleanup under way, so
 * even a short command finishes it.
 */
@Component(immediate = true)
public final class StartupCleanup {

    private static final long WAIT_SECONDS = 60;

    private final Thread worker;

    /** @param context the bundle's context */
    @Activate
    public StartupCleanup(BundleContext context) {
        if (!Cleanup.pending()) {
            worker = null;
            return;
        }
        worker = Thread.ofPlatform().name("MAI Launcher: deleting old plugin versions").daemon().unstarted(() -> { //$NON-NLS-1$
            ServiceTracker<IProvisioningAgentProvider, IProvisioningAgentProvider> tracker = new ServiceTracker<>(context,
                    IProvisioningAgentProvider.class, null);
            tracker.open();
            try {
                if (tracker.waitForService(TimeUnit.SECONDS.toMillis(WAIT_SECONDS)) != null) {
                    RunningInstallation installation = new RunningInstallation(context);
                    installation.agent().ifPresent(agent -> installation.profile()
                            .ifPresent(profile -> Cleanup.collect(agent, profile)));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                tracker.close();
            }
        });
        worker.start();
    }

    /** Lets a cleanup under way finish. */
    @Deactivate
    void deactivate() throws InterruptedException {
        if (worker != null) {
            worker.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
        }
    }
}
