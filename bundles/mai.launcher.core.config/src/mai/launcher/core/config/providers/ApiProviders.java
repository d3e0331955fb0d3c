package mai.launcher.core.config.providers;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import mai.launcher.core.LauncherException;

/**
 * The API providers the user keeps in the launcher, shared by the workbench and the command line. Their keys are in
 * Eclipse secure storage inside the data folder, never in the database, in logs or in messages; the keys the old
 * launcher kept in plain text in its database are moved there the first time the service starts, leaving no copy
 * behind (backups included).
 *
 * @since 0.1
 * @noimplement
 */
public interface ApiProviders {

    /**
     * @return every provider, by priority (highest first), then name
     * @throws LauncherException if the database cannot be read
     */
    List<ApiProvider> list() throws LauncherException;

    /**
     * @param idOrName a provider's id or name
     * @return it, if it exists
     * @throws LauncherException if the database cannot be read
     */
    Optional<ApiProvider> find(String idOrName) throws LauncherException;

    /**
     * @param spec its settings
     * @param key  its API key, if known
     * @return the new provider
     * @throws LauncherException if the name is empty or taken, the URL is not http(s), or storing fails
     */
    ApiProvider add(ProviderSpec spec, Optional<String> key) throws LauncherException;

    /**
     * @param id   the provider
     * @param spec its new settings
     * @return it, changed
     * @throws LauncherException as {@link #add}, or if it does not exist
     */
    ApiProvider update(long id, ProviderSpec spec) throws LauncherException;

    /**
     * @param id  the provider
     * @param key the new key, or empty to remove it
     * @throws LauncherException if it does not exist or secure storage cannot be written
     */
    void setKey(long id, Optional<String> key) throws LauncherException;

    /**
     * The key itself, for the two uses that need it: calling the provider, and writing it into an instance's
     * model_config.toml when the user applies the provider. Do not show or log it.
     *
     * @param id the provider
     * @return its key, if one is stored
     * @throws LauncherException if secure storage cannot be read
     */
    Optional<String> key(long id) throws LauncherException;

    /**
     * Removes a provider with its key and its cached models.
     *
     * @param id the provider
     * @throws LauncherException if it does not exist or cannot be removed
     */
    void remove(long id) throws LauncherException;

    /**
     * @param id the provider
     * @return the models last fetched from it, by id
     * @throws LauncherException if the database cannot be read
     */
    List<ModelInfo> models(long id) throws LauncherException;

    /**
     * Asks the provider for its models with the stored key ({@code GET {base_url}/models}), and keeps the list.
     * Blocks for up to the timeout: call it from a job or the command line.
     *
     * @param id      the provider
     * @param timeout how long to wait for the answer
     * @return its models
     * @throws LauncherException with the provider's answer in words (key refused, wrong address, no answer...)
     */
    List<ModelInfo> fetchModels(long id, Duration timeout) throws LauncherException;

    /**
     * Asks the provider for the account's balance, where it has a known way to tell, and keeps it.
     *
     * @param id      the provider
     * @param timeout how long to wait for the answer
     * @return the balance; empty when the provider has no balance endpoint the launcher knows
     * @throws LauncherException with the provider's answer in words
     */
    Optional<Balance> fetchBalance(long id, Duration timeout) throws LauncherException;
}
