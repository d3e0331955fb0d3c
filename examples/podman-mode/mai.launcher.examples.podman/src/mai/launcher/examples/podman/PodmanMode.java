package mai.launcher.examples.podman;

import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Component;

import mai.launcher.deployment.api.Availability;
import mai.launcher.deployment.api.ComponentRuntime;
import mai.launcher.deployment.api.DeployException;
import mai.launcher.deployment.api.DeployMode;
import mai.launcher.deployment.api.DeployRequest;
import mai.launcher.deployment.api.DeployStep;
import mai.launcher.deployment.api.InstanceRef;

/**
 * Runs MaiBot in a Podman container: rootless, daemonless, and the engine many Linux distributions ship instead of
 * Docker. A whole deploy mode in a few small classes, registered as an OSGi service with its id: once the plugin is
 * installed, the launcher offers it in the New Instance wizard and in {@code mai-launcher instance create --mode}.
 */
@Component(service = DeployMode.class, property = DeployMode.ID_PROPERTY + "=" + PodmanMode.ID)
public final class PodmanMode implements DeployMode {

    /** The mode's id, stored with each instance. */
    public static final String ID = "podman"; //$NON-NLS-1$

    private final Podman podman;
    private final PodmanRuntime runtime;

    /** The mode as the service registry makes it: the {@code podman} on the PATH. */
    public PodmanMode() {
        this(new Podman("podman")); //$NON-NLS-1$
    }

    PodmanMode(Podman podman) {
        this.podman = podman;
        this.runtime = new PodmanRuntime(podman);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label(Locale locale) {
        return Texts.of(locale, "Podman", "Podman"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Override
    public String description(Locale locale) {
        return Texts.of(locale, "MaiBot in a rootless Podman container on this machine; no Docker daemon needed.", //$NON-NLS-1$
                "在本机无需 root 的 Podman 容器中运行 MaiBot；不需要 Docker 守护进程。"); //$NON-NLS-1$
    }

    @Override
    public Availability availability() {
        Podman.Result version = podman.run(10, "--version"); //$NON-NLS-1$
        if (version.ok()) {
            return Availability.ok();
        }
        return Availability.unavailable(
                Texts.of("Podman was not found on this machine.", "本机没有找到 Podman。"), //$NON-NLS-1$ //$NON-NLS-2$
                Texts.of("Install it (for example: sudo apt install podman), then check again.", //$NON-NLS-1$
                        "请先安装它（例如：sudo apt install podman），然后再检查。")); //$NON-NLS-1$
    }

    @Override
    public List<DeployStep> plan(DeployRequest request) throws DeployException {
        PodmanInstance instance = new PodmanInstance(request.instance());
        return List.of(new PodmanSteps.CheckEngine(podman), new PodmanSteps.PullImage(podman, instance),
                new PodmanSteps.CreateContainer(podman, instance));
    }

    @Override
    public List<mai.launcher.deployment.api.Component> components(InstanceRef instance) {
        return List.of(new mai.launcher.deployment.api.Component(mai.launcher.deployment.api.Component.MAIBOT,
                "MaiBot", List.of(new PodmanInstance(instance).port()))); //$NON-NLS-1$
    }

    @Override
    public ComponentRuntime runtime() {
        return runtime;
    }
}
