package mai.launcher.core.config.maibot;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import mai.launcher.core.config.TomlDocument;
import mai.launcher.core.config.maibot.internal.ModelChecker;

/**
 * Checks {@code model_config.toml} against the rules MaiBot enforces when it loads the file, so a
 * launcher can refuse to save a file MaiBot would reject (MaiBot hot-reloads its configuration).
 *
 * <ul>
 * <li>{@code [[api_providers]]} and {@code [[models]]} are not empty;</li>
 * <li>provider names and model names are unique;</li>
 * <li>every {@code models.api_provider} names a provider;</li>
 * <li>every {@code model_task_config.<task>.model_list} entry names a model (an empty list is
 * allowed: 1.x falls back to another task's models);</li>
 * <li>{@code client_type} is {@code openai}, {@code openai_responses} or {@code gemini} (a
 * warning only: MaiBot 1.x plugins may add client types).</li>
 * </ul>
 *
 * @since 0.1
 */
public final class ModelRules {

    /** The client types MaiBot has built in. */
    public static final Set<String> CLIENT_TYPES = Set.of("openai", //$NON-NLS-1$
            "openai_responses", "gemini"); //$NON-NLS-1$ //$NON-NLS-2$

    private ModelRules() {
    }

    /**
     * Checks a parsed {@code model_config.toml}.
     *
     * @param document the file
     * @return the problems in file order of the rules above; empty when the file is fine
     */
    public static List<ModelProblem> check(TomlDocument document) {
        return new ModelChecker(Objects.requireNonNull(document, "document")).run(); //$NON-NLS-1$
    }

    /**
     * Tells whether a list of problems holds an error (warnings do not stop MaiBot).
     *
     * @param problems the result of {@link #check(TomlDocument)}
     * @return true when MaiBot would refuse the file
     */
    public static boolean hasErrors(List<ModelProblem> problems) {
        return problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
    }
}
