package mai.launcher.core.config.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.function.Predicate;

/** The shapes an edit may give the text (see the span rule in {@link Edit}); null means fine. */
final class Spans {

    private Spans() {
    }

    /** Only {@code b[from, to)} was replaced. */
    static String replacedWithin(String b, String a, int from, int to) {
        int tail = b.length() - to;
        if (a.length() >= from + tail && a.startsWith(b.substring(0, from)) && a.endsWith(b.substring(to))) {
            return null;
        }
        return "text outside the value span [" + from + ", " + to + ") changed; " + firstChange(b, a);
    }

    /** Exactly {@code b[from, to)} was removed. */
    static String removedExactly(String b, String a, int from, int to) {
        if (a.equals(b.substring(0, from) + b.substring(to))) {
            return null;
        }
        return "expected exactly the statement's lines [" + from + ", " + to + ") to go; " + firstChange(b, a);
    }

    /** Complete lines were inserted at one statement boundary accepted by {@code where}. */
    static String insertedLines(TextMap tm, String b, String a, IntPredicate where) {
        int d = a.length() - b.length();
        if (d <= 0) {
            return "expected an insertion, text did not grow; " + firstChange(b, a);
        }
        int cp = prefix(b, a);
        int cs = suffix(b, a);
        for (int p = Math.max(0, b.length() - cs); p <= Math.min(cp, b.length()); p++) {
            if (tm.isBoundary(p) && a.startsWith("\n", p + d - 1) && where.test(p)) {
                return null;
            }
        }
        return "expected complete lines inserted at one allowed statement boundary; " + firstChange(b, a);
    }

    /**
     * One run of complete statements was removed: it holds {@code header}, its headers are
     * accepted by {@code headerOk}, and it has no key/value line before {@code header}.
     */
    static String removedStatements(TextMap tm, String b, String a, TextMap.Stmt header,
            Predicate<List<Object>> headerOk) {
        int d = b.length() - a.length();
        if (d <= 0) {
            return "expected a removal, text did not shrink; " + firstChange(b, a);
        }
        int cp = prefix(b, a);
        int cs = suffix(b, a);
        for (int x = Math.max(0, a.length() - cs); x <= Math.min(cp, a.length()); x++) {
            int y = x + d;
            if (tm.isBoundary(x) && tm.isBoundary(y) && x <= header.start() && header.end() <= y
                    && runOk(tm, x, y, header, headerOk)) {
                return null;
            }
        }
        return "expected the removal of one run of statements holding " + header.path()
                + " and nothing else; " + firstChange(b, a);
    }

    private static boolean runOk(TextMap tm, int x, int y, TextMap.Stmt header, Predicate<List<Object>> headerOk) {
        for (TextMap.Stmt s : tm.stmts) {
            if (s.start() < x || s.start() >= y) {
                continue;
            }
            if (s.isHeader() && !headerOk.test(s.path())) {
                return false;
            }
            if (s.kind() == TextMap.Kind.KEY_VALUE && s.start() < header.start()) {
                return false;
            }
        }
        return true;
    }

    /** Only {@code b[from, to)} changed, and only by reordering its lines. */
    static String reordered(String b, String a, int from, int to) {
        int tail = b.length() - to;
        if (a.length() != b.length() || !a.startsWith(b.substring(0, from)) || !a.endsWith(b.substring(to))) {
            return "text outside the moved elements [" + from + ", " + to + ") changed; " + firstChange(b, a);
        }
        List<String> before = new ArrayList<>(LineDiff.lines(b.substring(from, to)));
        List<String> after = new ArrayList<>(LineDiff.lines(a.substring(from, a.length() - tail)));
        before.sort(null);
        after.sort(null);
        return before.equals(after) ? null : "the moved lines are not the same lines; " + firstChange(b, a);
    }

    private static int prefix(String b, String a) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    private static int suffix(String b, String a) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(a.length() - 1 - i) == b.charAt(b.length() - 1 - i)) {
            i++;
        }
        return i;
    }

    private static String firstChange(String b, String a) {
        List<String> diff = LineDiff.diff(b, a);
        return "changed lines: " + (diff.size() > 12 ? diff.subList(0, 12) + " ..." : diff);
    }
}
