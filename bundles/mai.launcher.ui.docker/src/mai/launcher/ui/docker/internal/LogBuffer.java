package mai.launcher.ui.docker.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * The lines the Logs view holds, oldest first, at most a fixed number (the oldest go first); and which of them pass
 * the view's filters. Used on the UI thread only.
 */
final class LogBuffer {

    /** A line of a container's output. */
    record Line(String service, boolean stderr, String text) {
    }

    /** What to show: one service or all ({@code null}), stdout, stderr or both. */
    record Filter(String service, boolean stdout, boolean stderr) {
        static final Filter ALL = new Filter(null, true, true);

        boolean accepts(Line line) {
            return (service == null || service.equals(line.service())) && (line.stderr() ? stderr : stdout);
        }
    }

    private final int capacity;
    private final Deque<Line> lines = new ArrayDeque<>();

    /** @param capacity how many lines to keep */
    LogBuffer(int capacity) {
        this.capacity = capacity;
    }

    /**
     * @param line a new line
     * @return whether an old line was dropped to make room
     */
    boolean add(Line line) {
        lines.addLast(line);
        if (lines.size() > capacity) {
            lines.removeFirst();
            return true;
        }
        return false;
    }

    /** Forgets every line. */
    void clear() {
        lines.clear();
    }

    /** @return how many lines it holds */
    int size() {
        return lines.size();
    }

    /**
     * @param filter what to show
     * @return the lines that pass it, oldest first
     */
    List<Line> matching(Filter filter) {
        List<Line> matching = new ArrayList<>();
        for (Line line : lines) {
            if (filter.accepts(line)) {
                matching.add(line);
            }
        }
        return matching;
    }

    /**
     * @param text  a line as shown
     * @param query what the user searches for, ignoring case
     * @return the start of each match in the text
     */
    static List<Integer> matches(String text, String query) {
        List<Integer> starts = new ArrayList<>();
        if (query.isEmpty()) {
            return starts;
        }
        String haystack = text.toLowerCase(Locale.ROOT);
        String needle = query.toLowerCase(Locale.ROOT);
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length())) {
            starts.add(i);
        }
        return starts;
    }
}
