package mai.launcher.ui.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

import mai.launcher.core.ErrorCode;
import mai.launcher.core.LauncherException;
import mai.launcher.core.deployment.Deployment;
import mai.launcher.core.deployment.DeploymentService;
import mai.launcher.core.deployment.DeploymentStatus;
import mai.launcher.deployment.api.ConsentDocument;
import mai.launcher.ui.LauncherJobs;
import mai.launcher.ui.internal.dialogs.TermsDialog;

/**
 * Deploys an instance in a job the Progress view shows: continues its last unfinished deployment if it has one,
 * and when the mode stops for terms the user has to accept, shows them and continues once they are accepted.
 */
public final class DeployFlow {

    private DeployFlow() {
    }

    /**
     * @param instanceId   the instance
     * @param instanceName its name, for the job's title
     * @param options      the user's choices for this deployment
     * @return the scheduled job
     */
    public static Job deploy(String instanceId, String instanceName, Map<String, String> options) {
        return LauncherJobs.schedule(NLS.bind(Messages.jobDeploy, instanceName),
                monitor -> run(instanceId, instanceName, options, monitor));
    }

    private static void run(String instanceId, String name, Map<String, String> options, IProgressMonitor monitor)
            throws LauncherException {
        DeploymentService deployments = Services.get(DeploymentService.class);
        List<Deployment> earlier = deployments.deployments(instanceId);
        Deployment result = !earlier.isEmpty() && earlier.get(0).status().retryable()
                ? deployments.retry(earlier.get(0).id(), options, monitor)
                : deployments.deploy(instanceId, options, monitor);
        if (result.status() == DeploymentStatus.COMPLETED) {
            return;
        }
        if (result.status() == DeploymentStatus.CANCELLED) {
            throw new OperationCanceledException();
        }
        List<ConsentDocument> documents = deployments.consentNeeded(instanceId);
        if (documents.isEmpty()) {
            throw new LauncherException(ErrorCode.FAILED, result.error().orElse(Messages.deployFailed));
        }
        Map<ConsentDocument, String> texts = read(documents);
        Display.getDefault().asyncExec(() -> askConsent(instanceId, name, texts));
    }

    private static Map<ConsentDocument, String> read(List<ConsentDocument> documents) throws LauncherException {
        Map<ConsentDocument, String> texts = new LinkedHashMap<>();
        for (ConsentDocument document : documents) {
            try {
                texts.put(document, Files.readString(document.file(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new LauncherException(ErrorCode.IO_ERROR, NLS.bind(Messages.termsUnreadable, document.file(),
                        e.getMessage()), e);
            }
        }
        return texts;
    }

    /** On the UI thread: shows the terms; accepting them continues the deployment with their fingerprints. */
    private static void askConsent(String instanceId, String name, Map<ConsentDocument, String> texts) {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        TermsDialog dialog = new TermsDialog(Display.getDefault().getActiveShell(), name, texts);
        if (dialog.open() != TermsDialog.OK) {
            return;
        }
        Map<String, String> consent = new LinkedHashMap<>();
        for (ConsentDocument document : texts.keySet()) {
            consent.put(document.acceptOption(), "true"); //$NON-NLS-1$
            consent.put(document.fingerprintOption(), document.fingerprint());
        }
        deploy(instanceId, name, consent);
    }
}
