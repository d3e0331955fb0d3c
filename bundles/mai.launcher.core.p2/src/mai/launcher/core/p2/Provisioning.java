package mai.launcher.core.p2;

import java.net.URI;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;

import mai.launcher.core.LauncherException;

/**
 * Plugins and updates of the running installation (an OSGi service). Methods that reach repositories do I/O: call
 * them from a background thread (a Job), never from the UI thread.
 *
 * @since 0.1
 * @noimplement
 */
public interface Provisioning {

    /**
     * @return whether this installation can change itself: it was installed by p2 (the product's archive) and its
     *         profile is found; a development run or a test runtime is not
     */
    boolean isManaged();

    /**
     * @return the features installed as roots of the installation: the product's own ones and the plugins the user
     *         added, by name
     * @throws LauncherException {@code UNAVAILABLE} when the installation is not managed
     */
    List<InstalledFeature> installed() throws LauncherException;

    /**
     * Lists the features a repository offers, by category.
     *
     * @param repository the repository's URL ({@code https:} or {@code file:}; {@code http:} only when allowed)
     * @param allowHttp  whether a plain-http repository may be used
     * @param monitor    progress and cancellation
     * @return its features, newest version of each
     * @throws LauncherException when the repository is refused, unreachable or malformed, with its URL
     */
    List<AvailableFeature> available(URI repository, boolean allowHttp, IProgressMonitor monitor)
            throws LauncherException;

    /**
     * Plans installing a feature and what it needs.
     *
     * @param repository the repository holding it
     * @param featureId  the feature's id, with or without {@code .feature.group}
     * @param allowHttp  whether a plain-http repository may be used
     * @param monitor    progress and cancellation
     * @return the plan, to show and then apply
     * @throws LauncherException when the repository cannot be used, the feature is not in it, or it cannot be
     *                           installed here (with p2's reason)
     */
    ProvisioningPlan planInstall(URI repository, String featureId, boolean allowHttp, IProgressMonitor monitor)
            throws LauncherException;

    /**
     * Plans removing a plugin the user installed.
     *
     * @param featureId the feature's id
     * @param monitor   progress and cancellation
     * @return the plan
     * @throws LauncherException {@code NOT_FOUND} when no such plugin is installed; {@code INVALID_INPUT} for a
     *                           feature of the product itself
     */
    ProvisioningPlan planUninstall(String featureId, IProgressMonitor monitor) throws LauncherException;

    /**
     * Plans updating every installed feature to the newest version the repositories offer.
     *
     * @param repositories the update sites to look in
     * @param allowHttp    whether plain-http repositories may be used
     * @param monitor      progress and cancellation
     * @return the plan; {@link ProvisioningPlan#isEmpty()} when everything is up to date
     * @throws LauncherException when a repository cannot be used (each is named) or the update cannot be resolved
     */
    ProvisioningPlan planUpdate(List<URI> repositories, boolean allowHttp, IProgressMonitor monitor)
            throws LauncherException;

    /**
     * Starts what the last applied plan installed and stops what it removed, without a restart, where the bundles
     * allow it (a deploy mode contributed as a service appears at once).
     *
     * @return whether the running system now matches the installation
     */
    boolean applyWithoutRestart();
}
