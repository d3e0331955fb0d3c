package mai.launcher.core.config.maibot.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import mai.launcher.core.config.ConfigValue;
import mai.launcher.core.config.TomlDocument;
import mai.launcher.core.config.TomlPath;
import mai.launcher.core.config.maibot.ModelProblem;
import mai.launcher.core.config.maibot.ModelProblem.Rule;
import mai.launcher.core.config.maibot.ModelRules;
import mai.launcher.core.config.maibot.Severity;

/** One run of {@link ModelRules} over a document. */
public final class ModelChecker {

    private final TomlDocument doc;
    private final TextLocator locator;
    private final List<ModelProblem> problems = new ArrayList<>();

    /**
     * Prepares a check.
     *
     * @param doc the {@code model_config.toml} document
     */
    public ModelChecker(TomlDocument doc) {
        this.doc = doc;
        this.locator = new TextLocator(doc.toString());
    }

    /**
     * Runs all rules.
     *
     * @return the problems found
     */
    public List<ModelProblem> run() {
        List<String> providers = ModelConfigView.names(doc, ModelConfigView.PROVIDERS);
        List<String> models = ModelConfigView.names(doc, ModelConfigView.MODELS);
        if (providers.isEmpty()) {
            add(Rule.NO_PROVIDERS, ModelConfigView.PROVIDERS, Messages.model_noProviders);
        }
        if (models.isEmpty()) {
            add(Rule.NO_MODELS, ModelConfigView.MODELS, Messages.model_noModels);
        }
        checkProviders(providers);
        checkModels(models, providers);
        checkTasks(models);
        return List.copyOf(problems);
    }

    private void checkProviders(List<String> names) {
        uniqueNames(ModelConfigView.PROVIDERS, names, Rule.DUPLICATE_PROVIDER, Messages.model_duplicateProvider);
        List<ConfigValue.TableValue> elements = doc.tableArray(ModelConfigView.PROVIDERS);
        for (int i = 0; i < elements.size(); i++) {
            String type = ModelConfigView.string(elements.get(i), "client_type").orElse(null); //$NON-NLS-1$
            if (type != null && !ModelRules.CLIENT_TYPES.contains(type)) {
                TomlPath p = ModelConfigView.PROVIDERS.child(i).child("client_type"); //$NON-NLS-1$
                problems.add(problem(Rule.UNKNOWN_CLIENT_TYPE, Severity.WARNING, p,
                        Messages.model_unknownClientType, names.get(i), type));
            }
        }
    }

    private void checkModels(List<String> names, List<String> providers) {
        uniqueNames(ModelConfigView.MODELS, names, Rule.DUPLICATE_MODEL, Messages.model_duplicateModel);
        List<ConfigValue.TableValue> elements = doc.tableArray(ModelConfigView.MODELS);
        for (int i = 0; i < elements.size(); i++) {
            String provider = ModelConfigView.string(elements.get(i), "api_provider").orElse(""); //$NON-NLS-1$ //$NON-NLS-2$
            TomlPath p = ModelConfigView.MODELS.child(i).child("api_provider"); //$NON-NLS-1$
            if (provider.isBlank()) {
                add(Rule.MISSING_PROVIDER, ModelConfigView.MODELS.child(i), Messages.model_missingProvider,
                        names.get(i), choices(providers));
            } else if (!providers.contains(provider)) {
                add(Rule.UNKNOWN_PROVIDER, p, Messages.model_unknownProvider, names.get(i), provider,
                        choices(providers));
            }
        }
    }

    private void checkTasks(List<String> models) {
        ModelConfigView.taskModels(doc).forEach((task, list) -> {
            for (int j = 0; j < list.size(); j++) {
                if (!models.contains(list.get(j))) {
                    TomlPath p = ModelConfigView.TASKS.child(task).child("model_list").child(j); //$NON-NLS-1$
                    add(Rule.UNKNOWN_MODEL, p, Messages.model_unknownModel, task, list.get(j), choices(models));
                }
            }
        });
    }

    private void uniqueNames(TomlPath array, List<String> names, Rule rule, String message) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            TomlPath element = array.child(i);
            if (name.isBlank()) {
                add(Rule.MISSING_NAME, element, Messages.model_missingName, array.toString(),
                        Integer.toString(i + 1));
            } else if (first.containsKey(name)) {
                OptionalInt firstLine = locator.line(array.child(first.get(name)).child("name")); //$NON-NLS-1$
                add(rule, element.child("name"), message, name, //$NON-NLS-1$
                        firstLine.isPresent() ? Integer.toString(firstLine.getAsInt()) : "?"); //$NON-NLS-1$
            } else {
                first.put(name, i);
            }
        }
    }

    private static String choices(List<String> names) {
        List<String> real = names.stream().filter(n -> !n.isBlank()).distinct().toList();
        return real.isEmpty() ? Messages.model_noneYet : String.join(", ", real); //$NON-NLS-1$
    }

    private void add(Rule rule, TomlPath path, String message, Object... args) {
        problems.add(problem(rule, Severity.ERROR, path, message, args));
    }

    private ModelProblem problem(Rule rule, Severity severity, TomlPath path, String message, Object... args) {
        boolean absent = rule == Rule.NO_PROVIDERS || rule == Rule.NO_MODELS;
        OptionalInt line = absent ? OptionalInt.empty() : locator.line(path);
        return new ModelProblem(rule, severity, path, line, Messages.atLine(line, Messages.format(message, args)));
    }
}
