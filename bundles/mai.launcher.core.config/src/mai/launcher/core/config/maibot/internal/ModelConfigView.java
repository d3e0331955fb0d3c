package mai.launcher.core.config.maibot.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import mai.launcher.core.config.ConfigValue;
import mai.launcher.core.config.TomlDocument;
import mai.launcher.core.config.TomlPath;

/** Read helpers over {@code model_config.toml}: providers, models and task model lists. */
public final class ModelConfigView {

    /** {@code api_providers}. */
    public static final TomlPath PROVIDERS = TomlPath.of("api_providers"); //$NON-NLS-1$
    /** {@code models}. */
    public static final TomlPath MODELS = TomlPath.of("models"); //$NON-NLS-1$
    /** {@code model_task_config}. */
    public static final TomlPath TASKS = TomlPath.of("model_task_config"); //$NON-NLS-1$

    private ModelConfigView() {
    }

    /**
     * Reads a string key of a table.
     *
     * @param table the table
     * @param key   the key
     * @return the string, or empty when absent or not a string
     */
    public static Optional<String> string(ConfigValue.TableValue table, String key) {
        return table.get(key).filter(ConfigValue.StringValue.class::isInstance)
                .map(v -> ((ConfigValue.StringValue) v).value());
    }

    /**
     * Lists the {@code name} of each element of an array of tables ("" when missing).
     *
     * @param doc   the document
     * @param array {@link #PROVIDERS} or {@link #MODELS}
     * @return the names in order
     */
    public static List<String> names(TomlDocument doc, TomlPath array) {
        List<String> out = new ArrayList<>();
        doc.tableArray(array).forEach(t -> out.add(string(t, "name").orElse(""))); //$NON-NLS-1$ //$NON-NLS-2$
        return out;
    }

    /**
     * Finds an element by name.
     *
     * @param doc   the document
     * @param array the array
     * @param name  the name
     * @return the element number, or -1
     */
    public static int indexOf(TomlDocument doc, TomlPath array, String name) {
        return names(doc, array).indexOf(name);
    }

    /**
     * Reads every task's {@code model_list}.
     *
     * @param doc the document
     * @return task name to the model names it lists, in file order
     */
    public static Map<String, List<String>> taskModels(TomlDocument doc) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        Optional<ConfigValue> tasks = doc.get(TASKS);
        if (tasks.isEmpty() || !(tasks.get() instanceof ConfigValue.TableValue table)) {
            return out;
        }
        table.entries().forEach((task, v) -> {
            if (v instanceof ConfigValue.TableValue t && t.get("model_list").orElse(null) //$NON-NLS-1$
                    instanceof ConfigValue.ArrayValue list) {
                out.put(task, list.elements().stream().map(e -> ValueCodec.text(e).orElse("")).toList()); //$NON-NLS-1$
            }
        });
        return out;
    }
}
