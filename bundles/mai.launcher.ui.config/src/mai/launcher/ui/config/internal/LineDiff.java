package mai.launcher.ui.config.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines two texts have in common and those only one has, in order: what the history shows between an earlier
 * version and the text now. Common lines at both ends are taken off first, so the usual small change costs little;
 * a middle part too big to compare line by line is shown as removed and added whole.
 */
final class LineDiff {

    /** A line of the comparison. */
    record Line(Kind kind, String text) {
    }

    /** Whether a line is in both texts, only the old one, or only the new one. */
    enum Kind {
        SAME, REMOVED, ADDED
    }

    private static final long MAX_CELLS = 4_000_000;

    private LineDiff() {
    }

    static List<Line> of(String before, String after) {
        String[] a = before.split("\r?\n", -1); //$NON-NLS-1$
        String[] b = after.split("\r?\n", -1); //$NON-NLS-1$
        int start = 0;
        while (start < a.length && start < b.length && a[start].equals(b[start])) {
            start++;
        }
        int endA = a.length;
        int endB = b.length;
        while (endA > start && endB > start && a[endA - 1].equals(b[endB - 1])) {
            endA--;
            endB--;
        }
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < start; i++) {
            lines.add(new Line(Kind.SAME, a[i]));
        }
        middle(a, start, endA, b, start, endB, lines);
        for (int i = endA; i < a.length; i++) {
            lines.add(new Line(Kind.SAME, a[i]));
        }
        return lines;
    }

    /** The longest common subsequence of the middle parts, by dynamic programming. */
    private static void middle(String[] a, int fromA, int toA, String[] b, int fromB, int toB, List<Line> out) {
        int n = toA - fromA;
        int m = toB - fromB;
        if ((long) n * m > MAX_CELLS) {
            for (int i = fromA; i < toA; i++) {
                out.add(new Line(Kind.REMOVED, a[i]));
            }
            for (int j = fromB; j < toB; j++) {
                out.add(new Line(Kind.ADDED, b[j]));
            }
            return;
        }
        int[][] common = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                common[i][j] = a[fromA + i].equals(b[fromB + j]) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a[fromA + i].equals(b[fromB + j])) {
                out.add(new Line(Kind.SAME, a[fromA + i]));
                i++;
                j++;
            } else if (j < m && (i == n || common[i][j + 1] >= common[i + 1][j])) {
                out.add(new Line(Kind.ADDED, b[fromB + j]));
                j++;
            } else {
                out.add(new Line(Kind.REMOVED, a[fromA + i]));
                i++;
            }
        }
    }
}
