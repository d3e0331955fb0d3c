package mai.launcher.core.docker.internal;

import java.util.Locale;

import org.eclipse.osgi.util.NLS;

/** The sentence for an engine that cannot be reached: what is missing and how to get it on this system. */
final class Unreachable {

    private Unreachable() {
    }

    static String sentence(String endpoint, Throwable cause) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT); //$NON-NLS-1$ //$NON-NLS-2$
        String fix = os.startsWith("windows") ? Messages.engineFixWindows //$NON-NLS-1$
                : os.startsWith("mac") ? Messages.engineFixMac : Messages.engineFixLinux; //$NON-NLS-1$
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String reason = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return NLS.bind(Messages.engineUnreachable, new Object[] { endpoint, reason, fix });
    }
}
