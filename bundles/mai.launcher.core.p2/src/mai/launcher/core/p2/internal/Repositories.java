package mai.launcher.core.p2.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.eclipse.osgi.util.NLS;

import mai.launcher.core.ErrorCode;
import mai.launcher.core.LauncherException;

/**
 * Loads repositories before anything is planned, so that a failure is reported as it is, with the repository's URL
 * and what to do: p2's operations would swallow it and answer "nothing to update". Plain http is refused unless
 * allowed (p2 would otherwise quietly turn it into https, or fetch it unprotected).
 */
final class Repositories {

    /** p2's rule for http URLs: {@code allow}, {@code redirect} (to https) or {@code block}. */
    private static final String HTTP_RULE = "p2.httpRule"; //$NON-NLS-1$

    private final RunningInstallation installation;

    Repositories(RunningInstallation installation) {
        this.installation = installation;
    }

    /**
     * @param uri       a repository's URL
     * @param allowHttp whether plain http may be used
     * @throws LauncherException {@code INVALID_INPUT} when it is refused
     */
    static void checkAllowed(URI uri, boolean allowHttp) throws LauncherException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT); //$NON-NLS-1$
        if (scheme.equals("http")) { //$NON-NLS-1$
            if (!allowHttp) {
                throw new LauncherException(ErrorCode.INVALID_INPUT, NLS.bind(Messages.httpRefused, uri));
            }
            if (System.getProperty(HTTP_RULE) == null) {
                // The user allowed http for this repository: keep p2 from rewriting it to https.
                System.setProperty(HTTP_RULE, "allow"); //$NON-NLS-1$
            }
        } else if (!scheme.equals("https") && !scheme.equals("file") && !scheme.equals("jar")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            throw new LauncherException(ErrorCode.INVALID_INPUT, NLS.bind(Messages.schemeRefused, uri));
        }
    }

    /**
     * Loads the metadata and the artifacts of each repository.
     *
     * @param uris      the repositories
     * @param allowHttp whether plain http may be used
     * @param monitor   progress and cancellation
     * @return their metadata
     * @throws LauncherException naming every repository that failed, with the reason
     */
    List<IMetadataRepository> load(List<URI> uris, boolean allowHttp, IProgressMonitor monitor)
            throws LauncherException {
        for (URI uri : uris) {
            checkAllowed(uri, allowHttp);
        }
        IMetadataRepositoryManager metadata = installation.service(IMetadataRepositoryManager.class);
        IArtifactRepositoryManager artifacts = installation.service(IArtifactRepositoryManager.class);
        SubMonitor progress = SubMonitor.convert(monitor, Messages.loadingRepositories, 2 * uris.size());
        List<IMetadataRepository> loaded = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (URI uri : uris) {
            progress.subTask(uri.toString());
            try {
                loaded.add(metadata.loadRepository(uri, progress.split(1)));
                artifacts.loadRepository(uri, progress.split(1));
            } catch (ProvisionException e) {
                failures.add(explain(uri, e));
            } catch (OperationCanceledException e) {
                throw e;
            }
        }
        if (failures.size() == 1) {
            throw new LauncherException(ErrorCode.UNAVAILABLE, failures.get(0));
        }
        if (!failures.isEmpty()) {
            throw new LauncherException(ErrorCode.UNAVAILABLE, String.join(" ", failures)); //$NON-NLS-1$
        }
        return loaded;
    }

    /** One sentence on why a repository could not be loaded, and what to do. */
    static String explain(URI uri, ProvisionException e) {
        String reason = reason(e);
        if (unreachable(e)) {
            return NLS.bind(Messages.repositoryUnreachable, uri, reason);
        }
        return switch (e.getStatus().getCode()) {
            case ProvisionException.REPOSITORY_NOT_FOUND -> NLS.bind(Messages.repositoryNotFound, uri, reason);
            case ProvisionException.REPOSITORY_FAILED_READ -> NLS.bind(Messages.repositoryMalformed, uri, reason);
            case ProvisionException.REPOSITORY_FAILED_AUTHENTICATION -> NLS.bind(Messages.repositoryAuthentication,
                    uri, reason);
            default -> NLS.bind(Messages.repositoryFailed, uri, reason);
        };
    }

    /** Whether the failure is the network's: no connection, an unknown host, a timeout. */
    private static boolean unreachable(ProvisionException e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.net.ConnectException || t instanceof java.net.UnknownHostException
                    || t instanceof java.net.SocketTimeoutException || t instanceof java.net.NoRouteToHostException) {
                return true;
            }
            if (t instanceof ProvisionException p && p.getStatus().getException() != null
                    && p.getStatus().getException() != t && unreachableCause(p.getStatus().getException())) {
                return true;
            }
        }
        String text = String.valueOf(e.getMessage()) + reason(e);
        return text.contains("Connection refused") || text.contains("Unable to connect"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static boolean unreachableCause(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof java.net.ConnectException || c instanceof java.net.UnknownHostException
                    || c instanceof java.net.SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }

    /** The deepest message p2 gives, which names the real cause (connection refused, unknown host, bad XML). */
    private static String reason(ProvisionException e) {
        String message = e.getMessage();
        Throwable cause = e.getCause() != null ? e.getCause() : e.getStatus().getException();
        IStatus status = e.getStatus();
        while (status.isMultiStatus() && status.getChildren().length > 0) {
            status = status.getChildren()[0];
        }
        if (status.getMessage() != null && !status.getMessage().isBlank()) {
            message = status.getMessage();
        }
        for (Throwable t = cause; t != null && t != t.getCause(); t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank() && t.getCause() == null) {
                message = message.strip().replaceAll("\\.$", "") + " (" + t.getMessage() + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            }
        }
        return message == null ? e.toString() : message.strip().replaceAll("\\.$", ""); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
