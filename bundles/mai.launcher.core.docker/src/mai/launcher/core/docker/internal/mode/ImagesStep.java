package mai.launcher.core.docker.internal.mode;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
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
 * Makes sure Docker has the instance's images: one it has is used as it is (deploying works offline); a missing one is
 * pulled, through the registry mirror when one is set, and given its Docker Hub name; option {@code pull=true} pulls
 * them all. Docker is this machine's engine, or Docker inside WSL (the Windows fragment gives its own
 * {@link ImageStore}).
 */
public final class ImagesStep implements DeployStep {

    /** Where the images are kept: the same three operations on the engine or through {@code wsl.exe}. */
    public interface ImageStore {
        /**
         * @param reference an image reference
         * @return whether Docker has it
         * @throws LauncherException when Docker cannot be reached
         */
        boolean has(String reference) throws LauncherException;

        /**
         * @param reference the image to pull
         * @param log       receives lines for the deployment's log
         * @param monitor   progress and cancellation
         * @throws LauncherException when it cannot be pulled, with what to do
         */
        void pull(String reference, Consumer<String> log, IProgressMonitor monitor) throws LauncherException;

        /**
         * @param image  an image Docker has
         * @param target its second name
         * @throws LauncherException when it cannot be tagged
         */
        void tag(String image, String target) throws LauncherException;
    }

    private final ImageStore store;
    private final Function<String, Optional<String>> settings;

    /**
     * @param store    where the images are kept
     * @param settings reads a setting (the images, the registry mirror)
     */
    public ImagesStep(ImageStore store, Function<String, Optional<String>> settings) {
        this.store = store;
        this.settings = settings;
    }

    /**
     * @param engine this machine's Docker engine
     * @return its images
     */
    static ImageStore of(DockerEngine engine) {
        return new ImageStore() {
            @Override
            public boolean has(String reference) throws LauncherException {
                return engine.hasImage(reference);
            }

            @Override
            public void pull(String reference, Consumer<String> log, IProgressMonitor monitor)
                    throws LauncherException {
                engine.pull(reference, log, monitor);
            }

            @Override
            public void tag(String image, String target) throws LauncherException {
                engine.tag(image, target);
            }
        };
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
                if (!force && store.has(image)) {
                    context.info(NLS.bind(Messages.imagePresent, image));
                    progress.worked(1);
                    continue;
                }
                String from = images.pullReference(image);
                context.info(from.equals(image) ? NLS.bind(Messages.imagePulling, image)
                        : NLS.bind(Messages.imagePullingMirror, image, from));
                store.pull(from, context::info, progress.split(1));
                if (!from.equals(image)) {
                    store.tag(from, image);
                }
            }
        } catch (LauncherException e) {
            throw EngineStep.failure(e);
        }
    }
}
