package mai.launcher.core.instance;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import mai.launcher.core.instance.internal.Messages;

/**
 * The rules for instance names. A name also names the instance's folder under {@code deployments/}, on every
 * system the data folder may move to, so it must be a valid folder name on Windows, macOS and Linux. These checks
 * need no I/O and can run as the user types; uniqueness is checked by the registry.
 *
 * @since 0.1
 */
public final class InstanceNames {

    /** The longest name accepted, in characters. */
    public static final int MAX_LENGTH = 64;

    private static final String FORBIDDEN = "/\\<>:\"|?*"; //$NON-NLS-1$
    private static final Set<String> RESERVED = Set.of("CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
            "COM5", "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$
            "LPT9"); //$NON-NLS-1$

    private InstanceNames() {
    }

    /**
     * @param name a name as typed
     * @return the name as stored: without surrounding white space
     */
    public static String normalize(String name) {
        return name == null ? "" : name.strip(); //$NON-NLS-1$
    }

    /**
     * Checks a name, after {@link #normalize(String)}.
     *
     * @param name a name as typed
     * @return a sentence saying what is wrong and what to change, or empty if the name is acceptable
     */
    public static Optional<String> problem(String name) {
        String n = normalize(name);
        if (n.isEmpty()) {
            return Optional.of(Messages.nameEmpty);
        }
        int length = n.codePointCount(0, n.length());
        if (length > MAX_LENGTH) {
            return Optional.of(NLS.bind(Messages.nameTooLong, length, MAX_LENGTH));
        }
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                    || Character.getType(c) == Character.LINE_SEPARATOR
                    || Character.getType(c) == Character.PARAGRAPH_SEPARATOR) {
                return Optional.of(Messages.nameControlCharacter);
            }
            if (FORBIDDEN.indexOf(c) >= 0) {
                return Optional.of(NLS.bind(Messages.nameForbiddenCharacter, String.valueOf(c)));
            }
        }
        if (n.equals(".") || n.equals("..") || n.endsWith(".")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            return Optional.of(Messages.nameEndsWithDot);
        }
        int dot = n.indexOf('.');
        String stem = (dot < 0 ? n : n.substring(0, dot)).strip().toUpperCase(Locale.ROOT);
        if (RESERVED.contains(stem)) {
            return Optional.of(NLS.bind(Messages.nameReserved, n));
        }
        return Optional.empty();
    }

    /**
     * @param a a name
     * @param b another name
     * @return whether the two name the same instance: names are unique ignoring case, as folders are on Windows
     */
    public static boolean same(String a, String b) {
        return normalize(a).toLowerCase(Locale.ROOT).equals(normalize(b).toLowerCase(Locale.ROOT));
    }
}
