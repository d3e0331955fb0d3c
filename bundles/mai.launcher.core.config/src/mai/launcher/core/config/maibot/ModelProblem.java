package mai.launcher.core.config.maibot;

import java.util.Objects;
import java.util.OptionalInt;

import mai.launcher.core.config.TomlPath;

/**
 * One broken rule of {@code model_config.toml}, with where it is and what to change.
 *
 * @param rule     which rule
 * @param severity {@link Severity#ERROR} when MaiBot would fail, else {@link Severity#WARNING}
 * @param path     the TOML path of the offending value, e.g. {@code models[2].api_provider}
 * @param line     the 1-based line in the file, or empty when the problem is about something absent
 * @param message  a sentence for people in their language, naming the line and the change to make
 * @since 0.1
 */
public record ModelProblem(Rule rule, Severity severity, TomlPath path, OptionalInt line, String message) {

    /** The rules MaiBot applies when it loads {@code model_config.toml}. */
    public enum Rule {
        /** There is no {@code [[api_providers]]} entry. */
        NO_PROVIDERS,
        /** There is no {@code [[models]]} entry. */
        NO_MODELS,
        /** A provider or model has no {@code name}. */
        MISSING_NAME,
        /** Two providers have the same name. */
        DUPLICATE_PROVIDER,
        /** Two models have the same name. */
        DUPLICATE_MODEL,
        /** A model has no {@code api_provider}. */
        MISSING_PROVIDER,
        /** A model's {@code api_provider} names no provider. */
        UNKNOWN_PROVIDER,
        /** A task's {@code model_list} names no model. */
        UNKNOWN_MODEL,
        /** A provider's {@code client_type} is not one MaiBot has built in. */
        UNKNOWN_CLIENT_TYPE
    }

    /**
     * Creates a problem.
     *
     * @param rule     which rule
     * @param severity how serious
     * @param path     where
     * @param line     the line, if any
     * @param message  the sentence
     */
    public ModelProblem {
        Objects.requireNonNull(rule, "rule"); //$NON-NLS-1$
        Objects.requireNonNull(severity, "severity"); //$NON-NLS-1$
        Objects.requireNonNull(path, "path"); //$NON-NLS-1$
        Objects.requireNonNull(line, "line"); //$NON-NLS-1$
        Objects.requireNonNull(message, "message"); //$NON-NLS-1$
    }
}
