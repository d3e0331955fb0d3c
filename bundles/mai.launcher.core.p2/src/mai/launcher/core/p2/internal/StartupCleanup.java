package mai.launcher.core.p2.internal;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.equinox.p2.core.IProvisioningAgentProvider;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.Constants;
import org.osgi.framework.SynchronousBundleListener;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.util.tracker.ServiceTracker;

/**
 * At start, deletes the old bundle versions a previous update or uninstall left behind (see {@link Cleanup}), in the
 * background once the framework has started; a start without a pending cleanup costs one file check. A short command
 * may end before the cleanup does: the framework's shutdown then waits for it before p2's bundles stop.
 */
@Component(immediate = true)
public final class StartupCleanup {

    private static final long WAIT_SECONDS = 60;
    private static final long POLL_MILLIS = 50;
    private static final long SETTLE_SECONDS = 10;

    private final BundleContext context;
    private final Thread worker;
    private final SynchronousBundleListener shutdown;

    /** @param context the bundle's context */
    @Activate
    public StartupCleanup(BundleContext context) {
        this.context = context;
        if (!Cleanup.pending()) {
            worker = null;
            shutdown = null;
            return;
        }
        worker = Thread.ofPlatform().name("MAI Launcher: deleting old plugin versions").daemon() //$NON-NLS-1$
                .unstarted(this::collect);
        shutdown = event -> {
            if (event.getBundle().getBundleId() == 0 && event.getType() == BundleEvent.STOPPING) {
                join();
            }
        };
        context.addBundleListener(shutdown);
        worker.start();
    }

    private void collect() {
        ServiceTracker<IProvisioningAgentProvider, IProvisioningAgentProvider> tracker = new ServiceTracker<>(context,
                IProvisioningAgentProvider.class, null);
        tracker.open();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
            Bundle system = context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION);
            // Until the framework has started, the simpleconfigurator may still be installing and uninstalling.
            while (system.getState() == Bundle.STARTING && System.nanoTime() < deadline) {
                Thread.sleep(POLL_MILLIS);
            }
            // STOPPING: a short command ended, and the shutdown waits for this (see the constructor).
            boolean stopping = system.getState() == Bundle.STOPPING;
            if (system.getState() != Bundle.ACTIVE && !stopping
                    || tracker.waitForService(TimeUnit.SECONDS.toMillis(WAIT_SECONDS)) == null) {
                return;
            }
            if (!stopping) {
                settle();
            }
            RunningInstallation installation = new RunningInstallation(context);
            installation.agent()
                    .ifPresent(agent -> installation.profile().ifPresent(profile -> Cleanup.collect(agent, profile)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IllegalStateException e) {
            // the framework stopped first: the marker stays, the next start collects
        } finally {
            tracker.close();
        }
    }

    /**
     * Waits until the bundles the simpleconfigurator uninstalled at this start are really gone: until then they count
     * as running, and p2's collector keeps their jars.
     */
    private void settle() throws InterruptedException {
        FrameworkWiring wiring = context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION).adapt(FrameworkWiring.class);
        if (wiring == null || wiring.getRemovalPendingBundles().isEmpty()) {
            return;
        }
        CountDownLatch refreshed = new CountDownLatch(1);
        wiring.refreshBundles(null, event -> refreshed.countDown());
        refreshed.await(SETTLE_SECONDS, TimeUnit.SECONDS);
    }

    private void join() {
        try {
            worker.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Lets a cleanup under way finish. */
    @Deactivate
    void deactivate() {
        if (worker != null) {
            context.removeBundleListener(shutdown);
            join();
        }
    }
}
