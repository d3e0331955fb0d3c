package mai.launcher.core.config;

import java.util.Objects;

/**
 * One problem found in a TOML text, ready to show to a person.
 *
 * @param position where the problem is
 * @param message  a full sentence in the user's language, already naming line and column
 */
public record ConfigProblem(TextPosition position, String message) {

    /**
     * Creates a problem.
     *
     * @param position where the problem is
     * @param message  the sentence to show
     */
    public ConfigProblem {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(message, "message");
    }
}
