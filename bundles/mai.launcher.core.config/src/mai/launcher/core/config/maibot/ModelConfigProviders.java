package mai.launcher.core.config.maibot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import mai.launcher.core.config.ConfigException;
import mai.launcher.core.config.ConfigValue;
import mai.launcher.core.config.TomlDocument;
import mai.launcher.core.config.TomlPath;
import mai.launcher.core.config.maibot.internal.Messages;
import mai.launcher.core.config.maibot.internal.ModelConfigView;

/**
 * The {@code [[api_providers]]} of a {@code model_config.toml}: list, add, change, remove and
 * rename them. Every change is a {@link TomlDocument} edit that keeps the rest of the file byte
 * for byte. A key is added to an existing entry only when the change needs it ({@code client_type}
 * or {@code api_key} left out because MaiBot's default applied).
 *
 * <p>API keys are never returned or put into messages, except by {@link #revealApiKey(String)}.
 *
 * <p>Not thread-safe, like the document it edits.
 *
 * @since 0.1
 */
public final class ModelConfigProviders {

    private static final String NAME = "name"; //$NON-NLS-1$
    private static final String BASE_URL = "base_url"; //$NON-NLS-1$
    private static final String API_KEY = "api_key"; //$NON-NLS-1$
    private static final String CLIENT_TYPE = "client_type"; //$NON-NLS-1$
    private static final String API_PROVIDER = "api_provider"; //$NON-NLS-1$

    private final TomlDocument document;

    /**
     * Wraps a parsed {@code model_config.toml}.
     *
     * @param document the document, edited in place
     */
    public ModelConfigProviders(TomlDocument document) {
        this.document = Objects.requireNonNull(document, "document"); //$NON-NLS-1$
    }

    /**
     * Lists the providers in file order.
     *
     * @return the providers (without their keys)
     */
    public List<ProviderEntry> list() {
        List<ProviderEntry> out = new ArrayList<>();
        List<ConfigValue.TableValue> elements = document.tableArray(ModelConfigView.PROVIDERS);
        for (int i = 0; i < elements.size(); i++) {
            ConfigValue.TableValue t = elements.get(i);
            out.add(new ProviderEntry(ModelConfigView.string(t, NAME).orElse(""), //$NON-NLS-1$
                    ModelConfigView.string(t, BASE_URL).orElse(""), //$NON-NLS-1$
                    ModelConfigView.string(t, CLIENT_TYPE).orElse("openai"), //$NON-NLS-1$
                    !ModelConfigView.string(t, API_KEY).orElse("").isEmpty(), i)); //$NON-NLS-1$
        }
        return out;
    }

    /**
     * Finds a provider by name.
     *
     * @param name the provider's name
     * @return the provider, or empty
     */
    public Optional<ProviderEntry> find(String name) {
        Objects.requireNonNull(name, "name"); //$NON-NLS-1$
        return list().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /**
     * Returns a provider's API key. The only method that does: call it only to show the key on an
     * explicit request of the person, never for logging.
     *
     * @param name the provider's name
     * @return the key text, or empty when the provider has none or does not exist
     */
    public Optional<String> revealApiKey(String name) {
        int i = ModelConfigView.indexOf(document, ModelConfigView.PROVIDERS, Objects.requireNonNull(name, "name")); //$NON-NLS-1$
        return i < 0 ? Optional.empty()
                : ModelConfigView.string(document.tableArray(ModelConfigView.PROVIDERS).get(i), API_KEY);
    }

    /**
     * Lists the models that use a provider.
     *
     * @param name the provider's name
     * @return the model names, in file order
     */
    public List<String> modelsUsing(String name) {
        Objects.requireNonNull(name, "name"); //$NON-NLS-1$
        List<String> out = new ArrayList<>();
        for (ConfigValue.TableValue m : document.tableArray(ModelConfigView.MODELS)) {
            if (name.equals(ModelConfigView.string(m, API_PROVIDER).orElse(null))) {
                out.add(ModelConfigView.string(m, NAME).orElse("?")); //$NON-NLS-1$
            }
        }
        return out;
    }

    /**
     * Appends a provider after the last {@code [[api_providers]]} entry, with the keys in the
     * order MaiBot's own files use; MaiBot fills in the other keys (retries, timeouts) with its
     * defaults.
     *
     * @param name       a new, unique name
     * @param baseUrl    an {@code http://} or {@code https://} URL
     * @param clientType one of {@link ModelRules#CLIENT_TYPES}
     * @param apiKey     the key (may be empty for endpoints without authentication)
     * @throws ConfigException when a value is not acceptable or the name is taken
     */
    public void add(String name, String baseUrl, String clientType, String apiKey) throws ConfigException {
        checkNewName(name);
        checkUrl(baseUrl);
        checkClientType(clientType);
        Objects.requireNonNull(apiKey, "apiKey"); //$NON-NLS-1$
        Map<String, ConfigValue> keys = new LinkedHashMap<>();
        keys.put(NAME, ConfigValue.of(name));
        keys.put(BASE_URL, ConfigValue.of(baseUrl.strip()));
        keys.put(API_KEY, ConfigValue.of(apiKey));
        keys.put(CLIENT_TYPE, ConfigValue.of(clientType));
        document.appendTableArrayElement(ModelConfigView.PROVIDERS, keys);
    }

    /**
     * Changes a provider's {@code base_url}.
     *
     * @param name    the provider's name
     * @param baseUrl an {@code http://} or {@code https://} URL
     * @throws ConfigException when there is no such provider or the URL is not acceptable
     */
    public void setBaseUrl(String name, String baseUrl) throws ConfigException {
        checkUrl(baseUrl);
        put(indexOrFail(name), BASE_URL, baseUrl.strip());
    }

    /**
     * Changes a provider's {@code client_type} (added when the entry left it out).
     *
     * @param name       the provider's name
     * @param clientType one of {@link ModelRules#CLIENT_TYPES}
     * @throws ConfigException when there is no such provider or the type is unknown
     */
    public void setClientType(String name, String clientType) throws ConfigException {
        checkClientType(clientType);
        put(indexOrFail(name), CLIENT_TYPE, clientType);
    }

    /**
     * Changes a provider's {@code api_key} (added when the entry left it out).
     *
     * @param name   the provider's name
     * @param apiKey the new key
     * @throws ConfigException when there is no such provider
     */
    public void setApiKey(String name, String apiKey) throws ConfigException {
        Objects.requireNonNull(apiKey, "apiKey"); //$NON-NLS-1$
        put(indexOrFail(name), API_KEY, apiKey);
    }

    /**
     * Removes a provider with its lines; refused while models use it.
     *
     * @param name the provider's name
     * @throws ConfigException when there is no such provider, or models use it (they are named)
     */
    public void remove(String name) throws ConfigException {
        int i = indexOrFail(name);
        List<String> users = modelsUsing(name);
        if (!users.isEmpty()) {
            throw new ConfigException(Messages.format(Messages.provider_inUse, name, String.join(", ", users))); //$NON-NLS-1$
        }
        document.removeTableArrayElement(ModelConfigView.PROVIDERS, i);
    }

    /**
     * Renames a provider and every {@code models.api_provider} that names it.
     *
     * @param oldName the current name
     * @param newName a new, unique name
     * @throws ConfigException when there is no such provider or the new name is taken
     */
    public void rename(String oldName, String newName) throws ConfigException {
        int i = indexOrFail(oldName);
        if (oldName.equals(newName)) {
            return;
        }
        checkNewName(newName);
        document.set(ModelConfigView.PROVIDERS.child(i).child(NAME), ConfigValue.of(newName));
        List<ConfigValue.TableValue> models = document.tableArray(ModelConfigView.MODELS);
        for (int m = 0; m < models.size(); m++) {
            if (oldName.equals(ModelConfigView.string(models.get(m), API_PROVIDER).orElse(null))) {
                document.set(ModelConfigView.MODELS.child(m).child(API_PROVIDER), ConfigValue.of(newName));
            }
        }
    }

    private void put(int index, String key, String value) throws ConfigException {
        TomlPath element = ModelConfigView.PROVIDERS.child(index);
        if (document.get(element.child(key)).isPresent()) {
            document.set(element.child(key), ConfigValue.of(value));
        } else {
            document.addKey(element, key, ConfigValue.of(value));
        }
    }

    private int indexOrFail(String name) throws ConfigException {
        int i = ModelConfigView.indexOf(document, ModelConfigView.PROVIDERS, Objects.requireNonNull(name, "name")); //$NON-NLS-1$
        if (i < 0) {
            List<String> names = ModelConfigView.names(document, ModelConfigView.PROVIDERS);
            throw new ConfigException(Messages.format(Messages.provider_notFound, name, String.join(", ", names))); //$NON-NLS-1$
        }
        return i;
    }

    private void checkNewName(String name) throws ConfigException {
        if (Objects.requireNonNull(name, "name").isBlank()) { //$NON-NLS-1$
            throw new ConfigException(Messages.provider_emptyName);
        }
        if (ModelConfigView.indexOf(document, ModelConfigView.PROVIDERS, name) >= 0) {
            throw new ConfigException(Messages.format(Messages.provider_nameTaken, name));
        }
    }

    private static void checkUrl(String url) throws ConfigException {
        String u = Objects.requireNonNull(url, "baseUrl").strip(); //$NON-NLS-1$
        if (!u.matches("(?i)https?://\\S+")) { //$NON-NLS-1$
            throw new ConfigException(Messages.format(Messages.provider_badUrl, url));
        }
    }

    private static void checkClientType(String type) throws ConfigException {
        if (!ModelRules.CLIENT_TYPES.contains(Objects.requireNonNull(type, "clientType"))) { //$NON-NLS-1$
            throw new ConfigException(Messages.format(Messages.provider_badClientType, type));
        }
    }
}
