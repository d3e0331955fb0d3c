/**
 * The deploy-mode SPI of MAI Launcher: how a plugin teaches the launcher a new way to deploy and run MaiBot
 * instances (on this machine, in Docker, on a remote host, in Podman, ...).
 *
 * <h2>Writing a deploy mode</h2>
 * <ol>
 * <li>Implement {@link mai.launcher.deployment.api.DeployMode} in a class of your bundle, and register it as an OSGi
 * service with the service property {@value mai.launcher.deployment.api.DeployMode#ID_PROPERTY} set to its id, for
 * example with Declarative Services:
 *
 * <pre>
 * &#64;Component(service = DeployMode.class, property = DeployMode.ID_PROPERTY + "=podman")
 * public final class PodmanMode implements DeployMode { ... }
 * </pre>
 *
 * The launcher collects modes as a service whiteboard: as soon as your bundle starts, the mode appears in the New
 * Instance wizard and in {@code mai-launcher instance create --mode}; when it stops, the mode disappears.</li>
 * <li>{@link mai.launcher.deployment.api.DeployMode#availability()} says whether the mode can work on this machine
 * now, and if not, why and what to do. Only available modes can be chosen.</li>
 * <li>{@link mai.launcher.deployment.api.DeployMode#plan(DeployRequest)} returns the steps of a deployment. The
 * launcher runs them in order as one task, records their log and progress, and shows them. A task can be cut off (the
 * user cancels, the launcher is killed); Retry runs the whole plan again, so every
 * {@link mai.launcher.deployment.api.DeployStep} must find what an earlier run left behind and continue from there, or
 * clean it up, never fail on it.</li>
 * <li>{@link mai.launcher.deployment.api.DeployMode#runtime()} starts, stops and watches an instance's components
 * (processes, containers), gives their {@link mai.launcher.deployment.api.Console} for the terminal view, and their
 * logs.</li>
 * <li>Run the abstract contract tests ({@code mai.launcher.deployment.api.tests}, class
 * {@code DeployModeContractTest}) against your mode: subclass them and say how to make your mode.</li>
 * </ol>
 *
 * <h2>Rules</h2>
 * <ul>
 * <li>Methods that do I/O are called from background threads (Jobs), never from the UI thread; honour the
 * {@link org.eclipse.core.runtime.IProgressMonitor}'s cancellation.</li>
 * <li>Failures that the user must act on are {@link mai.launcher.deployment.api.DeployException}s whose message is one
 * sentence in the user's language saying what is wrong and what to do.</li>
 * <li>This package depends only on the JDK and {@code org.eclipse.equinox.common}. It is versioned semantically; a
 * change of its major version breaks plugins.</li>
 * </ul>
 *
 * @since 1.0
 */
package mai.launcher.deployment.api;
