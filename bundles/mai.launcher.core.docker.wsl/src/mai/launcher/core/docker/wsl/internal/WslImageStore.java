package mai.launcher.core.docker.wsl.internal;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;

import mai.launcher.core.CommandRunner;
import mai.launcher.core.ErrorCode;
import mai.launcher.core.LauncherException;
import mai.launcher.core.docker.internal.Messages;
import mai.launcher.core.docker.internal.mode.ImagesStep;

/**
 * The images of Docker inside WSL, which this launcher reaches only through its command line: {@code docker image
 * inspect}, {@code docker pull} and {@code docker tag} in the instance's distribution.
 */
final class WslImageStore implements ImagesStep.ImageStore {

    private final Wsl wsl;
    private final WslDockerDeployMode.Target target;

    WslImageStore(Wsl wsl, WslDockerDeployMode.Target target) {
        this.wsl = wsl;
        this.target = target;
    }

    @Override
    public boolean has(String reference) throws LauncherException {
        try {
            return wsl.run(target.distribution(),
                    List.of("docker", "image", "inspect", "--format", "{{.Id}}", reference)).exitCode() == 0; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        } catch (IOException e) {
            throw failed(reference, e.getMessage(), e);
        }
    }

    @Override
    public void pull(String reference, Consumer<String> log, IProgressMonitor monitor) throws LauncherException {
        docker(List.of("docker", "pull", reference), reference, log, monitor); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Override
    public void tag(String image, String name) throws LauncherException {
        docker(List.of("docker", "tag", image, name), name, line -> { }, null); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private void docker(List<String> command, String image, Consumer<String> log, IProgressMonitor monitor)
            throws LauncherException {
        try {
            CommandRunner.Result result = CommandRunner.run(wsl.command(target.distribution(), null, command), null,
                    Map.of(), log, monitor);
            if (result.exitCode() != 0) {
                throw failed(image, result.lastLines(), null);
            }
        } catch (IOException e) {
            throw failed(image, e.getMessage(), e);
        }
    }

    private static LauncherException failed(String image, String why, Exception cause) {
        return new LauncherException(ErrorCode.FAILED, NLS.bind(Messages.pullFailed, image, why), cause);
    }
}
