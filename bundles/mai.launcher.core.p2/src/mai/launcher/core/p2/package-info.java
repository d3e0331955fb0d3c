/**
 * Plugins and updates of the running installation, headless: the update sites, the features installed, installing a
 * feature from a repository, uninstalling it, and updating everything. No p2 type appears here; the implementation
 * drives p2's planner and engine on the installation's own profile.
 *
 * <p>
 * Every change is planned first ({@link mai.launcher.core.p2.ProvisioningPlan}) so that a caller can show what will
 * change and what is unsigned or untrusted before anything is applied. Repositories are loaded before anything is
 * planned, so an unreachable or malformed repository is an error naming it, never "nothing to update".
 * </p>
 *
 * @since 0.1
 */
package mai.launcher.core.p2;
