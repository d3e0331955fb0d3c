package mai.launcher.core.docker.wsl.internal;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import org.eclipse.core.runtime.ILog;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import mai.launcher.core.ErrorCode;
import mai.launcher.core.LauncherException;
import mai.launcher.core.docker.internal.mode.ComposeStep;
import mai.launcher.core.docker.internal.mode.DockerDeployMode;
import mai.launcher.core.docker.internal.mode.ImagesStep;
import mai.launcher.core.docker.internal.mode.TermsStep;
import mai.launcher.core.docker.internal.mode.UpStep;
import mai.launcher.core.storage.Settings;
import mai.launcher.deployment.api.Availability;
import mai.launcher.deployment.api.ComponentRuntime;
import mai.launcher.deployment.api.ConsentDocument;
import mai.launcher.deployment.api.DeployMode;
import mai.launcher.deployment.api.DeployRequest;
import mai.launcher.deployment.api.DeployStep;
import mai.launcher.deployment.api.InstanceRef;

/**
 * The Docker mode on Windows without Docker Desktop: the same compose project per instance, run by the Docker engine
 * inside a WSL 2 distribution through {@code wsl.exe -d DISTRO --cd /mnt/... -- docker compose ...}. The Docker
 * mode's terms, compose and up steps are reused; checking and pulling go through the Docker command line in WSL.
 */
@Component(service = DeployMode.class, property = DeployMode.ID_PROPERTY + "=" + WslDockerDeployMode.ID)
public final class WslDockerDeployMode implements DeployMode {

    /** The mode's id. */
    public static final String ID = "wsl2_docker"; //$NON-NLS-1$
    /** The option naming the WSL distribution an instance runs in, remembered by its first deployment. */
    public static final String DISTRIBUTION = "wsl-distribution"; //$NON-NLS-1$

    private final Wsl wsl;
    private final WslDocker docker;
    private final Function<String, Optional<String>> settings;
    private final boolean windows;
    private final WslRuntime runtime;

    /** @param settings the launcher's settings (images, mirror, distribution) */
    @Activate
    public WslDockerDeployMode(@Reference Settings settings) {
        this(Wsl.system(), key -> read(settings, key), System.getProperty("os.name", "").startsWith("Windows")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /**
     * @param wsl      runs {@code wsl.exe} (tests give a fake)
     * @param settings reads a setting
     * @param windows  whether this is Windows
     */
    WslDockerDeployMode(Wsl wsl, Function<String, Optional<String>> settings, boolean windows) {
        this.wsl = wsl;
        this.docker = new WslDocker(wsl);
        this.settings = settings;
        this.windows = windows;
        this.runtime = new WslRuntime(new WslCompose(wsl, this::distribution));
    }

    private static Optional<String> read(Settings settings, String key) {
        try {
            return settings.get(key).filter(v -> !v.isBlank());
        } catch (LauncherException e) {
            ILog.of(WslDockerDeployMode.class).warn(e.getMessage(), e);
            return Optional.empty();
        }
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label(Locale locale) {
        return Messages.modeLabel;
    }

    @Override
    public String description(Locale locale) {
        return Messages.modeDescription;
    }

    @Override
    public Availability availability() {
        if (!windows) {
            return Availability.unavailable(Messages.notWindows, Messages.notWindowsFix);
        }
        try {
            docker.check(settings.apply(WslSettings.DISTRIBUTION));
            return Availability.ok();
        } catch (WslProblem e) {
            return Availability.unavailable(e.getMessage(), e.fix());
        }
    }

    @Override
    public List<DeployStep> plan(DeployRequest request) {
        Target target = new Target(request);
        WslCompose compose = new WslCompose(wsl, instance -> target.distribution());
        return List.of(new WslCheckStep(docker, target), new ImagesStep(new WslImageStore(wsl, target), settings),
                new TermsStep((image, path) -> fileInImage(target.distribution(), image, path), settings),
                new ComposeStep(compose, settings), new UpStep(compose));
    }

    @Override
    public List<mai.launcher.deployment.api.Component> components(InstanceRef instance) {
        return DockerDeployMode.componentsOf(instance);
    }

    @Override
    public ComponentRuntime runtime() {
        return runtime;
    }

    @Override
    public List<ConsentDocument> consentNeeded(InstanceRef instance) {
        return DockerDeployMode.consentOf(instance);
    }

    /** An instance's distribution: the one its deployment remembered, else the one chosen now. */
    private String distribution(InstanceRef instance) throws LauncherException {
        Optional<String> remembered = Optional.ofNullable(instance.options().get(DISTRIBUTION))
                .filter(d -> !d.isBlank());
        return remembered.isPresent() ? remembered.get() : find(settings.apply(WslSettings.DISTRIBUTION));
    }

    private String find(Optional<String> wanted) throws LauncherException {
        try {
            return WslDocker.choose(docker.distributions(), wanted).name();
        } catch (WslProblem e) {
            throw new LauncherException(ErrorCode.UNAVAILABLE, e.getMessage() + " " + e.fix(), e); //$NON-NLS-1$
        }
    }

    /** Reads a file out of an image inside WSL by running {@code cat} in a throw-away container. */
    private Optional<byte[]> fileInImage(String distribution, String image, String path) throws LauncherException {
        try {
            Wsl.Result result = wsl.run(distribution, List.of("docker", "run", "--rm", "--entrypoint", "cat", image, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                    path));
            if (result.exitCode() == 0) {
                return Optional.of(result.stdout());
            }
            if (result.exitCode() == 1) { // cat: no such file
                return Optional.empty();
            }
            throw new LauncherException(ErrorCode.FAILED,
                    NLS.bind(Messages.imageFileFailed, new Object[] { path, image, result.text() }));
        } catch (IOException e) {
            throw new LauncherException(ErrorCode.UNAVAILABLE, NLS.bind(Messages.wslMissing, e.getMessage()), e);
        }
    }

    /**
     * The distribution one deployment runs in: the one asked for (the request's option, the instance's remembered
     * one, the setting) or else WSL's default; found by the check step, or by the first step that needs it when a
     * resumed deployment skips the check.
     */
    final class Target {

        private final DeployRequest request;
        private String found;

        Target(DeployRequest request) {
            this.request = request;
        }

        /** @return the distribution asked for, if any */
        Optional<String> wanted() {
            return Stream.of(request.option(DISTRIBUTION),
                    Optional.ofNullable(request.instance().options().get(DISTRIBUTION)).filter(d -> !d.isBlank()),
                    settings.apply(WslSettings.DISTRIBUTION)).flatMap(Optional::stream).findFirst();
        }

        synchronized void found(String distribution) {
            found = distribution;
        }

        synchronized String distribution() throws LauncherException {
            if (found == null) {
                found = find(wanted());
            }
            return found;
        }
    }
}
