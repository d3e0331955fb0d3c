package mai.launcher.core.docker.internal.mode;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;

import mai.launcher.core.AtomicWrite;
import mai.launcher.core.LauncherException;
import mai.launcher.core.config.maibot.Terms;
import mai.launcher.core.config.maibot.Terms.Document;
import mai.launcher.core.docker.internal.Messages;
import mai.launcher.deployment.api.DeployContext;
import mai.launcher.deployment.api.DeployException;
import mai.launcher.deployment.api.DeployRequest;
import mai.launcher.deployment.api.DeployStep;

/**
 * Copies MaiBot's terms out of its image into the instance's {@code terms/} folder, and records the user's acceptance
 * there, as local mode does beside {@code bot.py}. The compose file then carries the hashes of exactly these texts.
 */
public final class TermsStep implements DeployStep {

    /** Where MaiBot's image keeps its code. */
    static final String IMAGE_HOME = "/MaiMBot/"; //$NON-NLS-1$

    private final ImageFiles images;
    private final Function<String, Optional<String>> settings;

    /**
     * @param images   reads files out of images ({@link mai.launcher.core.docker.DockerEngine#fileInImage})
     * @param settings reads a setting (the images)
     */
    public TermsStep(ImageFiles images, Function<String, Optional<String>> settings) {
        this.images = images;
        this.settings = settings;
    }

    @Override
    public String id() {
        return "terms"; //$NON-NLS-1$
    }

    @Override
    public String label(Locale locale) {
        return Messages.stepTerms;
    }

    @Override
    public void run(DeployContext context, IProgressMonitor monitor) throws DeployException {
        DockerLayout layout = new DockerLayout(context.request().instance().folder());
        String image = Images.of(settings, context.request().options()).maibot();
        try {
            for (Document document : Document.values()) {
                String name = document.file(layout.terms()).getFileName().toString();
                Optional<byte[]> text = images.read(image, IMAGE_HOME + name);
                if (text.isPresent()) {
                    Files.createDirectories(layout.terms());
                    AtomicWrite.string(document.file(layout.terms()), new String(text.get(), java.nio.charset.StandardCharsets.UTF_8));
                }
            }
            if (Terms.confirmed(layout.terms())) {
                context.info(Messages.termsAlreadyAccepted);
                return;
            }
            if (!context.request().option(DeployRequest.ACCEPT_EULA).map(Boolean::parseBoolean).orElse(false)) {
                throw new DeployException(NLS.bind(Messages.termsNotAccepted, Document.EULA.file(layout.terms()),
                        Document.PRIVACY.file(layout.terms())));
            }
            for (Document document : Document.values()) {
                accept(context, layout, document,
                        document == Document.EULA ? DeployRequest.EULA_MD5 : DeployRequest.PRIVACY_MD5);
            }
        } catch (LauncherException e) {
            throw EngineStep.failure(e);
        } catch (IOException e) {
            throw new DeployException(NLS.bind(Messages.termsUnreadable, layout.terms(), e.getMessage()), e);
        }
    }

    /** Reads a file out of an image (the engine's API copies it; Docker in WSL runs {@code cat} in it). */
    @FunctionalInterface
    public interface ImageFiles {
        /**
         * @param image an image the engine has
         * @param path  the file's absolute path in the image
         * @return its bytes; empty when the image has no such file
         * @throws LauncherException when the engine cannot be reached or does not have the image
         */
        Optional<byte[]> read(String image, String path) throws LauncherException;
    }

    private static void accept(DeployContext context, DockerLayout layout, Document document, String shownOption)
            throws IOException, DeployException {
        try {
            Terms.accept(layout.terms(), document, context.request().option(shownOption)).ifPresent(
                    md5 -> context.info(NLS.bind(Messages.termsAccepted, document.file(layout.terms()), md5)));
        } catch (Terms.TextChangedException e) {
            throw new DeployException(NLS.bind(Messages.termsChanged, e.file()), e);
        }
    }
}
