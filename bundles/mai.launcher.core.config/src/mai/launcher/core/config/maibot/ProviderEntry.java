package mai.launcher.core.config.maibot;

import java.util.Objects;

/**
 * An {@code [[api_providers]]} entry of {@code model_config.toml}, as listed to people. The API
 * key itself is deliberately not part of it (so it cannot leak through logs or
 * {@link #toString()}); {@link ModelConfigProviders#revealApiKey(String)} returns it on request.
 *
 * @param name       the provider's name, which {@code [[models]]} refer to
 * @param baseUrl    its {@code base_url} ("" when missing)
 * @param clientType its {@code client_type}, {@code openai} when the file leaves it out (MaiBot's
 *                   default)
 * @param hasApiKey  whether {@code api_key} is set to a non-empty text
 * @param index      the element number in {@code [[api_providers]]}
 * @since 0.1
 */
public record ProviderEntry(String name, String baseUrl, String clientType, boolean hasApiKey, int index) {

    /**
     * Creates an entry.
     *
     * @param name       the name
     * @param baseUrl    the base URL
     * @param clientType the client type
     * @param hasApiKey  whether a key is set
     * @param index      the element number
     */
    public ProviderEntry {
        Objects.requireNonNull(name, "name"); //$NON-NLS-1$
        Objects.requireNonNull(baseUrl, "baseUrl"); //$NON-NLS-1$
        Objects.requireNonNull(clientType, "clientType"); //$NON-NLS-1$
    }
}
