package mai.launcher.core.config.providers.internal;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

import mai.launcher.core.config.providers.Balance;
import mai.launcher.core.config.providers.BalanceKind;
import mai.launcher.core.config.providers.Endpoint;
import mai.launcher.core.config.providers.ProviderException;

/** Reads account balances from the providers that have an endpoint for it. */
final class BalanceLookup {

    private final Fetcher fetcher;

    BalanceLookup(Fetcher fetcher) {
        this.fetcher = fetcher;
    }

    Optional<Balance> balance(Endpoint endpoint, Credentials credentials, BalanceKind kind, Duration timeout)
            throws ProviderException {
        String origin = BaseUrls.origin(endpoint);
        String host = URI.create(origin).getHost();
        return switch (kind) {
            case DEEPSEEK -> Optional.of(read(origin + "/user/balance", credentials, timeout, //$NON-NLS-1$
                    BalanceReaders::deepSeek));
            case SILICONFLOW -> Optional.of(read(origin + "/v1/user/info", credentials, timeout, //$NON-NLS-1$
                    json -> BalanceReaders.siliconFlow(json, host)));
            case MOONSHOT -> Optional.of(read(origin + "/v1/users/me/balance", credentials, timeout, //$NON-NLS-1$
                    json -> BalanceReaders.moonshot(json, host)));
            case OPENROUTER -> openRouter(origin, credentials, timeout);
        };
    }

    /**
     * OpenRouter's {@code /credits} needs a management key; with an ordinary inference key it is
     * refused, and the key's own spending limit ({@code /api/v1/key}) is the best that can be told.
     */
    private Optional<Balance> openRouter(String origin, Credentials credentials, Duration timeout)
            throws ProviderException {
        try {
            return Optional.of(read(origin + "/api/v1/credits", credentials, timeout, //$NON-NLS-1$
                    BalanceReaders::openRouterCredits));
        } catch (ProviderException refused) {
            if (refused.kind() != ProviderException.Kind.UNAUTHORIZED) {
                throw refused;
            }
        }
        Fetcher.Answer answer = fetcher.get(URI.create(origin + "/api/v1/key"), credentials, timeout); //$NON-NLS-1$
        JsonNode data = answer.json().path("data"); //$NON-NLS-1$
        if (!data.isObject()) {
            throw shapeError(answer, credentials);
        }
        return BalanceReaders.openRouterKey(data);
    }

    private Balance read(String url, Credentials credentials, Duration timeout,
            Function<JsonNode, Optional<Balance>> reader) throws ProviderException {
        Fetcher.Answer answer = fetcher.get(URI.create(url), credentials, timeout);
        Optional<Balance> balance = reader.apply(answer.json());
        if (balance.isEmpty()) {
            throw shapeError(answer, credentials);
        }
        return balance.get();
    }

    private static ProviderException shapeError(Fetcher.Answer answer, Credentials credentials) {
        return Failures.shape(answer.uri(), answer.status(), Messages.response_expectBalance,
                ErrorBodies.message(answer.body(), credentials.redactor()));
    }
}
