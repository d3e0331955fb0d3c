package mai.launcher.core.local.internal.steps;

import java.io.IOException;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;

import mai.launcher.core.local.internal.Layout;
import mai.launcher.core.local.internal.Messages;
import mai.launcher.core.config.maibot.Terms;
import mai.launcher.core.config.maibot.Terms.Document;
import mai.launcher.deployment.api.DeployContext;
import mai.launcher.deployment.api.DeployException;
import mai.launcher.deployment.api.DeployRequest;
import mai.launcher.deployment.api.DeployStep;

/**
 * Records the user's acceptance of MaiBot's terms, so it starts without asking. Without acceptance the deployment
 * stops here and says where the terms are; when the user was shown a text (the wizard passes its MD5), the text on
 * disk must be the one accepted.
 */
public final class TermsStep implements DeployStep {

    private final Layout layout;

    /**
     * @param layout the instance's folders
     */
    public TermsStep(Layout layout) {
        this.layout = layout;
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
        try {
            if (Terms.confirmed(layout.maibot())) {
                context.info(Messages.termsAlreadyAccepted);
                return;
            }
            if (!context.request().option(DeployRequest.ACCEPT_EULA).map(Boolean::parseBoolean).orElse(false)) {
                throw new DeployException(NLS.bind(Messages.termsNotAccepted,
                        Document.EULA.file(layout.maibot()), Document.PRIVACY.file(layout.maibot())));
            }
            accept(context, Document.EULA, DeployRequest.EULA_MD5);
            accept(context, Document.PRIVACY, DeployRequest.PRIVACY_MD5);
        } catch (IOException e) {
            throw new DeployException(NLS.bind(Messages.termsUnreadable, layout.maibot(), e.getMessage()), e);
        }
    }

    private void accept(DeployContext context, Document document, String shownOption)
            throws IOException, DeployException {
        try {
            Terms.accept(layout.maibot(), document, context.request().option(shownOption)).ifPresent(
                    md5 -> context.info(NLS.bind(Messages.termsAccepted, document.file(layout.maibot()), md5)));
        } catch (Terms.TextChangedException e) {
            throw new DeployException(NLS.bind(Messages.termsChanged, e.file()), e);
        }
    }
}
