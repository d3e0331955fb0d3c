package mai.launcher.core.p2.internal;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.equinox.p2.engine.IEngine;
import org.eclipse.equinox.p2.engine.IProvisioningPlan;
import org.eclipse.equinox.p2.engine.PhaseSetFactory;
import org.eclipse.osgi.util.NLS;

import mai.launcher.core.ErrorCode;
import mai.launcher.core.LauncherException;
import mai.launcher.core.p2.Change;
import mai.launcher.core.p2.ProvisioningPlan;
import mai.launcher.core.p2.UntrustedContent;

/**
 * A resolved p2 plan. The download comes first (the collect phase alone), then the trust check on the downloaded
 * files, and only then the engine's full run, which p2 rolls back as a whole when a phase fails.
 */
final class Plan implements ProvisioningPlan {

    /** Checks the downloaded artifacts of a plan. */
    @FunctionalInterface
    interface Checker {
        List<UntrustedContent> check(IProvisioningPlan plan, IProgressMonitor monitor) throws LauncherException;
    }

    private final IEngine engine;
    private final IProvisioningPlan plan;
    private final List<Change> changes;
    private final Checker checker;
    private final Runnable discard;
    private List<UntrustedContent> untrusted;
    private boolean applied;

    /**
     * @param discard deletes downloaded artifacts no profile uses (after a refusal or a failed download)
     */
    Plan(IEngine engine, IProvisioningPlan plan, List<Change> changes, Checker checker, Runnable discard) {
        this.discard = discard;
        this.engine = engine;
        this.plan = plan;
        this.changes = List.copyOf(changes);
        this.checker = checker;
    }

    @Override
    public List<Change> changes() {
        return changes;
    }

    @Override
    public synchronized List<UntrustedContent> checkTrust(IProgressMonitor monitor) throws LauncherException {
        if (untrusted == null) {
            SubMonitor progress = SubMonitor.convert(monitor, 10);
            IStatus downloaded = engine.perform(plan,
                    PhaseSetFactory.createPhaseSetIncluding(new String[] { PhaseSetFactory.PHASE_COLLECT }),
                    progress.split(9));
            if (downloaded.matches(IStatus.ERROR | IStatus.CANCEL)) {
                discard.run(); // what was downloaded is not used
                throw new LauncherException(ErrorCode.FAILED,
                        NLS.bind(Messages.downloadFailed, Statuses.describe(downloaded)));
            }
            try {
                untrusted = List.copyOf(checker.check(plan, progress.split(1)));
            } catch (LauncherException e) {
                discard.run(); // the check could not be made: nothing of it stays on disk
                throw e;
            }
        }
        return untrusted;
    }

    @Override
    public synchronized void apply(boolean trustUnsigned, IProgressMonitor monitor) throws LauncherException {
        if (applied) {
            throw new IllegalStateException("a plan is applied once"); //$NON-NLS-1$
        }
        if (isEmpty() && plan.isEmpty()) {
            return;
        }
        SubMonitor progress = SubMonitor.convert(monitor, Messages.applying, 100);
        List<UntrustedContent> found = checkTrust(progress.split(50));
        if (!found.isEmpty() && !trustUnsigned) {
            discard.run(); // nothing of it stays on disk
            throw new LauncherException(ErrorCode.INVALID_INPUT, NLS.bind(Messages.untrustedRefused,
                    found.stream().map(u -> u.id() + " " + u.version() + " (" + u.reason() + ")") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                            .collect(Collectors.joining(", ")))); //$NON-NLS-1$
        }
        IStatus result = engine.perform(plan, PhaseSetFactory.createDefaultPhaseSet(), progress.split(50));
        applied = true;
        Cleanup.markPending();
        if (result.matches(IStatus.ERROR | IStatus.CANCEL)) {
            throw new LauncherException(ErrorCode.FAILED, NLS.bind(Messages.applyFailed, Statuses.describe(result)));
        }
    }
}
