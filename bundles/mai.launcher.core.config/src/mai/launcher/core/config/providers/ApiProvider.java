package mai.launcher.core.config.providers;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * An API provider the user keeps in the launcher (table {@code api_providers}), to apply to instances' model
 * configs. Its key is not part of it: keys live in secure storage ({@link ApiProviders#key}).
 *
 * @param id              the row's id
 * @param name            unique name, as {@code [[api_providers]] name} in MaiBot's model_config.toml
 * @param baseUrl         the API's base URL
 * @param clientType      how MaiBot talks to it
 * @param enabled         whether it is offered
 * @param priority        order among providers, higher first
 * @param hasKey          whether a key is stored for it
 * @param balance         the last balance fetched, if any
 * @param balanceCurrency its currency
 * @param balanceUpdated  when it was fetched
 * @param modelsUpdated   when the model list was last fetched
 * @since 0.1
 */
public record ApiProvider(long id, String name, String baseUrl, ClientType clientType, boolean enabled, int priority,
        boolean hasKey, Optional<BigDecimal> balance, Optional<String> balanceCurrency,
        Optional<LocalDateTime> balanceUpdated, Optional<LocalDateTime> modelsUpdated) {

    /** Checks for {@code null}s. */
    public ApiProvider {
        Objects.requireNonNull(name, "name"); //$NON-NLS-1$
        Objects.requireNonNull(baseUrl, "baseUrl"); //$NON-NLS-1$
        Objects.requireNonNull(clientType, "clientType"); //$NON-NLS-1$
        Objects.requireNonNull(balance, "balance"); //$NON-NLS-1$
        Objects.requireNonNull(balanceCurrency, "balanceCurrency"); //$NON-NLS-1$
        Objects.requireNonNull(balanceUpdated, "balanceUpdated"); //$NON-NLS-1$
        Objects.requireNonNull(modelsUpdated, "modelsUpdated"); //$NON-NLS-1$
    }

    /** @return what the user sets: name, address, client type, enabled, priority */
    public ProviderSpec spec() {
        return new ProviderSpec(name, baseUrl, clientType, enabled, priority);
    }
}
