package mai.launcher.core.docker.internal.mode;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import mai.launcher.core.LauncherException;
import mai.launcher.core.docker.DockerEngine;
import mai.launcher.core.docker.internal.Messages;
import mai.launcher.deployment.api.DeployContext;
import mai.launcher.deployment.api.DeployException;
import mai.launcher.deployment.api.DeployStep;

/**
 * Makes sure the engine has the instance's images: one the engine has is used as it is (deploying works offline);
 * a missing one is pulled, through the registry mirror when one is set; option {@code pull=true} pulls them all.
 */
final class ImagesStep implements DeployStep {

    private final DockerEngine engine;
    private final Function<String, Optional<String>> settings;

    ImagesStep(DockerEngine engine, Function<String, Optional<String>> settings) {
        this.engine = engine;
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
            for (String image : needed) {
                if (!force && engine.hasImage(image)) {
                    context.info(NLS.bind(Messages.imagePresent, image));
                    progress.worked(1);
                    continue;
                }
                String from = images.pullReference(image);
                context.info(from.equals(image) ? NLS.bind(Messages.imagePulling, image)
                        : NLS.bind(Messages.imagePullingMirror, image, from));
                engine.pull(from, context::info, progress.split(1));
                if (!from.equals(image)) {
                    engine.tag(from, image);
                }
            }
        } catch (LauncherException e) {
            throw EngineStep.failure(e);
        }
    }
}
