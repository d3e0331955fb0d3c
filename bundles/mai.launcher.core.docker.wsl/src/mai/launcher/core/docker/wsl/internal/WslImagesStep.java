package mai.launcher.core.docker.wsl.internal;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import mai.launcher.core.CommandRunner;
import mai.launcher.core.LauncherException;
import mai.launcher.core.docker.internal.Messages;
import mai.launcher.core.docker.internal.mode.DockerOptions;
import mai.launcher.core.docker.internal.mode.Images;
import mai.launcher.deployment.api.DeployContext;
import mai.launcher.deployment.api.DeployException;
import mai.launcher.deployment.api.DeployStep;

/**
 * The Docker mode's images step for the engine inside WSL, which this launcher reaches only through its command
 * line: an image the engine has is used as it is, a missing one is pulled ({@code docker pull}, through the registry
 * mirror when one is set, then tagged with its Docker Hub name); option {@code pull=true} pulls them all.
 */
final class WslImagesStep implements DeployStep {

    private final Wsl wsl;
    private final WslDockerDeployMode.Target target;
    private final Function<String, Optional<String>> settings;

    WslImagesStep(Wsl wsl, WslDockerDeployMode.Target target, Function<String, Optional<String>> settings) {
        this.wsl = wsl;
        this.target = target;
        this.settings = settings;
    }

    @Override
    public String id() {
        return "images"; //$NON-NLS-1$
    }

    @Override
    public String label(Locale locale) {
        return Messages.stepImages;
    }

    @Override
    public int weight() {
        return 20;
    }

    @Override
    public void run(DeployContext context, IProgressMonitor monitor) throws DeployException {
        DockerOptions options = DockerOptions.of(context.request().options());
        Images images = Images.of(settings, context.request().options());
        List<String> needed = images.needed(options);
        boolean force = context.request().option(DockerOptions.PULL).map(Boolean::parseBoolean).orElse(false);
        SubMonitor progress = SubMonitor.convert(monitor, needed.size());
        try {
            String distribution = target.distribution();
            for (String image : needed) {
                if (!force && wsl.run(distribution,
                        List.of("docker", "image", "inspect", "--format", "{{.Id}}", image)).exitCode() == 0) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                    context.info(NLS.bind(Messages.imagePresent, image));
                    progress.worked(1);
                    continue;
                }
                String from = images.pullReference(image);
                context.info(from.equals(image) ? NLS.bind(Messages.imagePulling, image)
                        : NLS.bind(Messages.imagePullingMirror, image, from));
                docker(distribution, List.of("docker", "pull", from), image, context, progress.split(1)); //$NON-NLS-1$ //$NON-NLS-2$
                if (!from.equals(image)) {
                    docker(distribution, List.of("docker", "tag", from, image), image, context, null); //$NON-NLS-1$ //$NON-NLS-2$
                }
            }
        } catch (LauncherException e) {
            throw new DeployException(e.getMessage(), e);
        } catch (IOException e) {
            throw new DeployException(NLS.bind(Messages.pullFailed, needed, e.getMessage()), e);
        }
    }

    private void docker(String distribution, List<String> command, String image, DeployContext context,
            IProgressMonitor monitor) throws IOException, DeployException {
        CommandRunner.Result result = CommandRunner.run(wsl.command(distribution, null, command), null, Map.of(),
                context::info, monitor);
        if (result.exitCode() != 0) {
            throw new DeployException(NLS.bind(Messages.pullFailed, image, result.lastLines()));
        }
    }
}
