package mai.launcher.core.p2;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;

import mai.launcher.core.LauncherException;

/**
 * A change of the installation, resolved but not yet made: what it installs, updates and removes. Apply it once.
 *
 * @since 0.1
 * @noimplement
 */
public interface ProvisioningPlan {

    /** @return the features the plan installs, updates or removes */
    List<Change> changes();

    /** @return whether there is nothing to do */
    default boolean isEmpty() {
        return changes().isEmpty();
    }

    /**
     * Downloads what the plan needs and checks it: every artifact must be signed by a trusted signer.
     *
     * @param monitor progress and cancellation
     * @return the content that is unsigned or whose signer is not trusted; empty when everything is trusted
     * @throws LauncherException when a download fails
     */
    List<UntrustedContent> checkTrust(IProgressMonitor monitor) throws LauncherException;

    /**
     * Makes the change. Content that {@link #checkTrust} reported is installed only when {@code trustUnsigned} is
     * true. On failure the installation is left as it was. The new bundles run after a restart (see
     * {@link Provisioning#applyWithoutRestart()}); old versions are deleted at the next start.
     *
     * @param trustUnsigned the user saw the untrusted content and accepted it
     * @param monitor       progress and cancellation
     * @throws LauncherException when untrusted content was not accepted, or the change failed (the installation is
     *                           unchanged)
     */
    void apply(boolean trustUnsigned, IProgressMonitor monitor) throws LauncherException;
}
