package mai.launcher.core.storage;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Timestamps as the old launcher stores them: naive local time, {@code yyyy-MM-dd HH:mm:ss}, as SQLite's
 * {@code datetime('now','localtime')} writes them.
 *
 * @since 0.1
 */
public final class SqlTimestamps {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"); //$NON-NLS-1$

    private SqlTimestamps() {
    }

    /** @return the current local time in the stored format */
    public static String now() {
        return format(LocalDateTime.now());
    }

    /**
     * @param time a local time
     * @return it in the stored format, to the second
     */
    public static String format(LocalDateTime time) {
        return time.truncatedTo(ChronoUnit.SECONDS).format(FORMAT);
    }

    /**
     * Parses a stored timestamp. Accepts the stored format and ISO forms ({@code T} separator, fractions of a
     * second) that other writers used.
     *
     * @param text the stored text, possibly {@code null}
     * @return the time, or empty if there is none or it cannot be read
     */
    public static Optional<LocalDateTime> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String iso = text.strip().replace(' ', 'T');
        try {
            return Optional.of(LocalDateTime.parse(iso));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
