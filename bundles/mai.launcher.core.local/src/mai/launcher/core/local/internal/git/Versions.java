package mai.launcher.core.local.internal.git;

import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Release tags (1.2.1, v0.12.3) and which is the newest. */
public final class Versions {

    private static final Pattern RELEASE = Pattern.compile("v?(\\d+)\\.(\\d+)(?:\\.(\\d+))?"); //$NON-NLS-1$

    private Versions() {
    }

    /**
     * @param tag a tag name
     * @return whether it names a release (no pre-release suffix)
     */
    public static boolean isRelease(String tag) {
        return RELEASE.matcher(tag).matches();
    }

    /**
     * @param tags tag names
     * @return the newest release among them
     */
    public static Optional<String> newest(Stream<String> tags) {
        return tags.filter(Versions::isRelease).max(Comparator.comparing(Versions::key));
    }

    /**
     * @param tag a release tag
     * @return its major version (0 for 0.12.3, 1 for v1.2.1), or -1 if it is not a release tag
     */
    public static int major(String tag) {
        Matcher m = RELEASE.matcher(tag);
        return m.matches() ? Integer.parseInt(m.group(1)) : -1;
    }

    private static long key(String tag) {
        Matcher m = RELEASE.matcher(tag);
        m.matches();
        long micro = m.group(3) == null ? 0 : Long.parseLong(m.group(3));
        return Long.parseLong(m.group(1)) * 1_000_000_000L + Long.parseLong(m.group(2)) * 100_000L + micro;
    }
}
