package mai.launcher.core.config.providers.internal;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import mai.launcher.core.config.providers.Balance;
import mai.launcher.core.config.providers.BalanceKind;
import mai.launcher.core.config.providers.Endpoint;
import mai.launcher.core.config.providers.ModelInfo;
import mai.launcher.core.config.providers.ProviderClient;
import mai.launcher.core.config.providers.ProviderClientSettings;
import mai.launcher.core.config.providers.ProviderException;

/** {@link ProviderClient} over {@link java.net.http.HttpClient}. */
public final class HttpProviderClient implements ProviderClient {

    private final Transport transport;

    private final ModelListing listing;

    private final BalanceLookup balances;

    /**
     * Creates a client.
     *
     * @param settings connect timeout and proxy
     */
    public HttpProviderClient(ProviderClientSettings settings) {
        this.transport = new Transport(Objects.requireNonNull(settings, "settings")); //$NON-NLS-1$
        Fetcher fetcher = new Fetcher(transport);
        this.listing = new ModelListing(fetcher);
        this.balances = new BalanceLookup(fetcher);
    }

    @Override
    public List<ModelInfo> models(Endpoint endpoint, String apiKey, Duration timeout) throws ProviderException {
        checkArguments(endpoint, timeout);
        return listing.models(endpoint, apiKey, timeout);
    }

    @Override
    public Optional<Balance> balance(Endpoint endpoint, String apiKey, Duration timeout) throws ProviderException {
        checkArguments(endpoint, timeout);
        Optional<BalanceKind> kind = BalanceKind.detect(endpoint.baseUrl());
        return kind.isEmpty() ? Optional.empty() : balance(endpoint, apiKey, kind.get(), timeout);
    }

    @Override
    public Optional<Balance> balance(Endpoint endpoint, String apiKey, BalanceKind kind, Duration timeout)
            throws ProviderException {
        checkArguments(endpoint, timeout);
        Objects.requireNonNull(kind, "kind"); //$NON-NLS-1$
        return balances.balance(endpoint, Credentials.bearer(apiKey), kind, timeout);
    }

    @Override
    public void close() {
        transport.close();
    }

    @Override
    public String toString() {
        return "HttpProviderClient"; //$NON-NLS-1$
    }

    private static void checkArguments(Endpoint endpoint, Duration timeout) {
        Objects.requireNonNull(endpoint, "endpoint"); //$NON-NLS-1$
        Objects.requireNonNull(timeout, "timeout"); //$NON-NLS-1$
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive"); //$NON-NLS-1$
        }
    }
}
