package mai.launcher.core.docker.internal.mode;

import java.util.ArrayList;
import java.util.List;

/** A short account of how two versions of a text differ, line by line, for a log message. */
final class LineChanges {

    private static final int SHOWN = 6;

    private LineChanges() {
    }

    static String summary(String before, String after) {
        List<String> old = List.of(before.split("\n")); //$NON-NLS-1$
        List<String> now = List.of(after.split("\n")); //$NON-NLS-1$
        List<String> changes = new ArrayList<>();
        for (String line : old) {
            if (!now.contains(line)) {
                changes.add("- " + line.strip()); //$NON-NLS-1$
            }
        }
        for (String line : now) {
            if (!old.contains(line)) {
                changes.add("+ " + line.strip()); //$NON-NLS-1$
            }
        }
        List<String> shown = changes.subList(0, Math.min(SHOWN, changes.size()));
        return String.join("; ", shown) + (changes.size() > SHOWN ? "; ..." : ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}
