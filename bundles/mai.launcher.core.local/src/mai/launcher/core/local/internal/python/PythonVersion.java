package mai.launcher.core.local.internal.python;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Python version, e.g. 3.11.7.
 *
 * @param major the major version
 * @param minor the minor version
 * @param micro the micro version
 */
public record PythonVersion(int major, int minor, int micro) implements Comparable<PythonVersion> {

    private static final Pattern FORM = Pattern.compile("(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?.*"); //$NON-NLS-1$

    /**
     * @param text a version such as {@code 3.12}, {@code 3.11.7} or {@code 3.13.0rc1}
     * @return it, if it is one
     */
    public static Optional<PythonVersion> parse(String text) {
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new PythonVersion(Integer.parseInt(m.group(1)), number(m.group(2)), number(m.group(3))));
    }

    private static int number(String group) {
        return group == null ? 0 : Integer.parseInt(group);
    }

    @Override
    public int compareTo(PythonVersion other) {
        int c = Integer.compare(major, other.major);
        if (c == 0) {
            c = Integer.compare(minor, other.minor);
        }
        return c != 0 ? c : Integer.compare(micro, other.micro);
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + micro; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
