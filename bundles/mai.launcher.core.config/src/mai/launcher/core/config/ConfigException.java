package mai.launcher.core.config;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A configuration file could not be read, changed or written. The message is a sentence meant for
 * the person using the launcher; when the cause is a place in the TOML text, {@link #position()}
 * tells where and {@link #problems()} lists every problem found.
 */
public final class ConfigException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<ConfigProblem> problems;

    /**
     * Creates an exception that is not tied to a place in the text.
     *
     * @param message the sentence to show
     */
    public ConfigException(String message) {
        super(Objects.requireNonNull(message, "message"));
        this.problems = List.of();
    }

    /**
     * Creates an exception that is not tied to a place in the text, keeping its technical cause.
     *
     * @param message the sentence to show
     * @param cause   the underlying failure
     */
    public ConfigException(String message, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.problems = List.of();
    }

    /**
     * Creates an exception for problems in a TOML text.
     *
     * @param message  the sentence to show (usually built from the first problem)
     * @param problems the problems, first one first; may be empty
     */
    public ConfigException(String message, List<ConfigProblem> problems) {
        super(Objects.requireNonNull(message, "message"));
        this.problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
    }

    /**
     * Tells where the (first) problem is.
     *
     * @return the position of the first problem, or empty when the failure is not about a place
     */
    public Optional<TextPosition> position() {
        return problems().isEmpty() ? Optional.empty() : Optional.of(problems().get(0).position());
    }

    /**
     * Lists all problems found in the text.
     *
     * @return the problems, possibly empty, never null
     */
    public List<ConfigProblem> problems() {
        return problems == null ? List.of() : problems;
    }
}
