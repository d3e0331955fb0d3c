package mai.launcher.core.config.providers;

import java.util.Objects;

/**
 * What the user sets for a provider.
 *
 * @param name       unique, non-empty
 * @param baseUrl    http or https URL
 * @param clientType how MaiBot talks to it
 * @param enabled    whether it is offered
 * @param priority   order among providers, higher first
 * @since 0.1
 */
public record ProviderSpec(String name, String baseUrl, ClientType clientType, boolean enabled, int priority) {

    /** Checks for {@code null}s. */
    public ProviderSpec {
        Objects.requireNonNull(name, "name"); //$NON-NLS-1$
        Objects.requireNonNull(baseUrl, "baseUrl"); //$NON-NLS-1$
        Objects.requireNonNull(clientType, "clientType"); //$NON-NLS-1$
    }

    /**
     * @param name    the name
     * @param baseUrl the address
     * @return an enabled OpenAI-compatible provider
     */
    public static ProviderSpec openAi(String name, String baseUrl) {
        return new ProviderSpec(name, baseUrl, ClientType.OPENAI, true, 0);
    }
}
