package mai.launcher.core.docker.wsl.internal;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

import mai.launcher.core.ErrorCode;
import mai.launcher.core.LauncherException;
import mai.launcher.core.docker.internal.ComposeCli;
import mai.launcher.core.docker.internal.mode.ComposeAccess;
import mai.launcher.core.docker.internal.mode.DockerLayout;
import mai.launcher.deployment.api.InstanceRef;

/**
 * Compose inside WSL for the Docker mode's steps: {@code wsl.exe -d DISTRO --cd /mnt/c/... -- docker compose
 * --project-name P --file docker-compose.yml ...}, in the instance's folder as the distribution sees it. The compose
 * project is the one the Docker mode writes; its bind mounts are relative, so they resolve under {@code /mnt/c/...}.
 */
public final class WslCompose implements ComposeAccess {

    /** The distribution an instance's containers run in. */
    @FunctionalInterface
    public interface Distribution {
        /**
         * @param instance an instance
         * @return its distribution
         * @throws LauncherException when none can be found
         */
        String of(InstanceRef instance) throws LauncherException;
    }

    private final Wsl wsl;
    private final Distribution distribution;

    /**
     * @param wsl          runs {@code wsl.exe}
     * @param distribution finds an instance's distribution
     */
    public WslCompose(Wsl wsl, Distribution distribution) {
        this.wsl = wsl;
        this.distribution = distribution;
    }

    @Override
    public ComposeCli compose(InstanceRef instance) throws LauncherException {
        if (!Files.isRegularFile(new DockerLayout(instance.folder()).composeFile())) {
            throw new LauncherException(ErrorCode.NOT_FOUND,
                    NLS.bind(mai.launcher.core.docker.internal.Messages.notDeployed, instance.name()));
        }
        return compose(instance, distribution.of(instance));
    }

    /**
     * @param instance     an instance
     * @param distribution the distribution to run in
     * @return compose for its project there, whether or not it was written yet
     * @throws LauncherException when its folder cannot be reached from the distribution
     */
    public ComposeCli compose(InstanceRef instance, String distribution) throws LauncherException {
        DockerLayout layout = new DockerLayout(instance.folder());
        String folder = WslPaths.toWsl(instance.folder().toString(), distribution);
        return new ComposeCli(wsl.command(distribution, folder, List.of("docker", "compose")), Map.of(), //$NON-NLS-1$ //$NON-NLS-2$
                DockerLayout.project(instance), layout.composeFile(),
                layout.composeFile().getFileName().toString());
    }

    @Override
    public boolean ownPort(InstanceRef instance, int port) {
        try {
            List<String> lines = new ArrayList<>();
            compose(instance).run(List.of("ps", "--status", "running", "--format", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    Wsl.word("{{range .Publishers}}{{.PublishedPort}},{{end}}")), lines::add, null); //$NON-NLS-1$
            return lines.stream().flatMap(l -> Arrays.stream(l.split(","))) //$NON-NLS-1$
                    .anyMatch(p -> p.strip().equals(String.valueOf(port)));
        } catch (LauncherException e) {
            return false;
        }
    }
}
