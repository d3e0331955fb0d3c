package mai.launcher.core.instance.internal;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** Instance ids in the old launcher's format: {@code inst_} followed by 12 lower-case hex digits. */
public final class InstanceIds {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern FORMAT = Pattern.compile("inst_[0-9a-f]{12}"); //$NON-NLS-1$

    private InstanceIds() {
    }

    /** @return a new random id */
    public static String next() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return "inst_" + HexFormat.of().formatHex(bytes); //$NON-NLS-1$
    }

    /**
     * @param id a string
     * @return whether it has the format of an instance id
     */
    public static boolean isWellFormed(String id) {
        return id != null && FORMAT.matcher(id).matches();
    }
}
