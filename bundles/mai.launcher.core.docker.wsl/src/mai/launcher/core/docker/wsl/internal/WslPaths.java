package mai.launcher.core.docker.wsl.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

import mai.launcher.core.ErrorCode;
import mai.launcher.core.LauncherException;

/**
 * Maps Windows paths to the paths a WSL distribution sees: drives are mounted at {@code /mnt/<letter>} (WSL's
 * default automount root), and a distribution's own files, which Windows reaches as {@code \\wsl$\<distro>\...} or
 * {@code \\wsl.localhost\<distro>\...}, are at their Linux path. Forward slashes are accepted too.
 */
public final class WslPaths {

    /** Where WSL mounts the Windows drives, unless {@code /etc/wsl.conf} says otherwise. */
    static final String MOUNT_ROOT = "/mnt/"; //$NON-NLS-1$

    private WslPaths() {
    }

    /**
     * @param windowsPath  an absolute Windows path, e.g. {@code C:\Users\me\mai}
     * @param distribution the distribution that will use it
     * @return the path in that distribution, e.g. {@code /mnt/c/Users/me/mai}
     * @throws LauncherException {@code INVALID_INPUT} for a relative path, a network share, or a path inside another
     *                           distribution
     */
    public static String toWsl(String windowsPath, String distribution) throws LauncherException {
        String path = windowsPath.strip().replace('/', '\\');
        if (path.startsWith("\\\\?\\UNC\\")) { //$NON-NLS-1$
            path = "\\\\" + path.substring(8); //$NON-NLS-1$
        } else if (path.startsWith("\\\\?\\") || path.startsWith("\\\\.\\")) { //$NON-NLS-1$ //$NON-NLS-2$
            path = path.substring(4);
        }
        if (path.startsWith("\\\\")) { //$NON-NLS-1$
            List<String> parts = segments(path.substring(2));
            String host = parts.isEmpty() ? "" : parts.get(0).toLowerCase(Locale.ROOT); //$NON-NLS-1$
            if (!host.equals("wsl$") && !host.equals("wsl.localhost") || parts.size() < 2) { //$NON-NLS-1$ //$NON-NLS-2$
                throw invalid(NLS.bind(Messages.pathNetwork, windowsPath));
            }
            if (!parts.get(1).equalsIgnoreCase(distribution)) {
                throw invalid(NLS.bind(Messages.pathOtherDistribution,
                        new Object[] { windowsPath, parts.get(1), distribution }));
            }
            return "/" + String.join("/", parts.subList(2, parts.size())); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (path.length() >= 3 && Character.isLetter(path.charAt(0)) && path.charAt(0) < 128 && path.charAt(1) == ':'
                && path.charAt(2) == '\\') {
            List<String> rest = segments(path.substring(3));
            String drive = MOUNT_ROOT + Character.toLowerCase(path.charAt(0));
            return rest.isEmpty() ? drive : drive + "/" + String.join("/", rest); //$NON-NLS-1$ //$NON-NLS-2$
        }
        throw invalid(NLS.bind(Messages.pathRelative, windowsPath));
    }

    private static List<String> segments(String path) {
        return Arrays.stream(path.split("\\\\+")).filter(s -> !s.isEmpty()).toList(); //$NON-NLS-1$
    }

    private static LauncherException invalid(String message) {
        return new LauncherException(ErrorCode.INVALID_INPUT, message);
    }
}
