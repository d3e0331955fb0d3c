package mai.launcher.core.config.providers.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import mai.launcher.core.ErrorCode;
import mai.launcher.core.EventPublisher;
import mai.launcher.core.LauncherException;
import mai.launcher.core.LauncherPaths;
import mai.launcher.core.ProviderEvent;
import mai.launcher.core.Topics;
import mai.launcher.core.config.providers.ApiProvider;
import mai.launcher.core.config.providers.ApiProviders;
import mai.launcher.core.config.providers.Balance;
import mai.launcher.core.config.providers.Endpoint;
import mai.launcher.core.config.providers.ModelInfo;
import mai.launcher.core.config.providers.ProviderClient;
import mai.launcher.core.config.providers.ProviderClientSettings;
import mai.launcher.core.config.providers.ProviderException;
import mai.launcher.core.config.providers.ProviderSpec;
import mai.launcher.core.storage.Database;

/**
 * Providers in {@code api_providers}, their keys in {@link SecureKeys}. Starts with the data folder (immediate), so
 * the keys the old launcher kept in plain text are moved out before anything else reads the database.
 */
@Component(service = ApiProviders.class, immediate = true)
public final class ApiProvidersImpl implements ApiProviders {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    private final Database database;
    private final EventPublisher events;
    private final LauncherPaths paths;
    private SecureKeys keys;

    @Activate
    public ApiProvidersImpl(@Reference Database database, @Reference EventPublisher events,
            @Reference LauncherPaths paths) {
        this.database = database;
        this.events = events;
        this.paths = paths;
        try {
            PlainKeys.moveToSecureStorage(database, keys());
        } catch (LauncherException e) {
            // the database cannot be opened yet: the application reports that; moved on the next start
        }
    }

    private synchronized SecureKeys keys() throws LauncherException {
        if (keys == null) {
            try {
                keys = SecureKeys.open(paths.root().resolve("data").resolve("secure")); //$NON-NLS-1$ //$NON-NLS-2$
            } catch (IOException | IllegalArgumentException e) {
                throw new LauncherException(ErrorCode.IO_ERROR, NLS.bind(StoreMessages.secureStorageUnavailable,
                        paths.root().resolve("data").resolve("secure"), e.getMessage()), e); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        return keys;
    }

    @Override
    public List<ApiProvider> list() throws LauncherException {
        return database.read(ProviderStore::list);
    }

    @Override
    public Optional<ApiProvider> find(String idOrName) throws LauncherException {
        Objects.requireNonNull(idOrName, "idOrName"); //$NON-NLS-1$
        return database.read(c -> {
            Optional<ApiProvider> byName = ProviderStore.byName(c, idOrName.strip());
            if (byName.isPresent() || !idOrName.strip().matches("\\d{1,18}")) { //$NON-NLS-1$
                return byName;
            }
            return ProviderStore.get(c, Long.parseLong(idOrName.strip()));
        });
    }

    @Override
    public ApiProvider add(ProviderSpec spec, Optional<String> key) throws LauncherException {
        ProviderSpec checked = check(spec, -1);
        long id = database.write(c -> ProviderStore.insert(c, checked));
        if (key.isPresent() && !key.get().isBlank()) {
            setKey(id, key);
        }
        events.post(Topics.PROVIDER_CHANGED, new ProviderEvent(id, false));
        return require(id);
    }

    @Override
    public ApiProvider update(long id, ProviderSpec spec) throws LauncherException {
        require(id);
        ProviderSpec checked = check(spec, id);
        database.write(c -> {
            ProviderStore.update(c, id, checked);
            return null;
        });
        events.post(Topics.PROVIDER_CHANGED, new ProviderEvent(id, false));
        return require(id);
    }

    @Override
    public void setKey(long id, Optional<String> key) throws LauncherException {
        require(id);
        try {
            if (key.isPresent() && !key.get().isBlank()) {
                keys().put(id, key.get().strip());
            } else {
                keys().remove(id);
            }
        } catch (StorageException | IOException e) {
            throw new LauncherException(ErrorCode.IO_ERROR, NLS.bind(StoreMessages.keyNotStored, e.getMessage()), e);
        }
        boolean stored = key.isPresent() && !key.get().isBlank();
        database.write(c -> {
            ProviderStore.keyStored(c, id, stored);
            return null;
        });
        events.post(Topics.PROVIDER_CHANGED, new ProviderEvent(id, false));
    }

    @Override
    public Optional<String> key(long id) throws LauncherException {
        try {
            return keys().get(id);
        } catch (StorageException e) {
            throw new LauncherException(ErrorCode.IO_ERROR, NLS.bind(StoreMessages.keyNotRead, e.getMessage()), e);
        }
    }

    @Override
    public void remove(long id) throws LauncherException {
        require(id);
        database.write(c -> {
            ProviderStore.delete(c, id);
            return null;
        });
        try {
            keys().remove(id);
        } catch (IOException e) {
            throw new LauncherException(ErrorCode.IO_ERROR, NLS.bind(StoreMessages.keyNotStored, e.getMessage()), e);
        }
        events.post(Topics.PROVIDER_CHANGED, new ProviderEvent(id, true));
    }

    @Override
    public List<ModelInfo> models(long id) throws LauncherException {
        return database.read(c -> ModelStore.list(c, id));
    }

    @Override
    public List<ModelInfo> fetchModels(long id, Duration timeout) throws LauncherException {
        ApiProvider provider = require(id);
        List<ModelInfo> models = call(provider, (client, endpoint, key) -> client.models(endpoint, key, timeout));
        database.write(c -> {
            ModelStore.replace(c, id, models);
            return null;
        });
        events.post(Topics.PROVIDER_CHANGED, new ProviderEvent(id, false));
        return models;
    }

    @Override
    public Optional<Balance> fetchBalance(long id, Duration timeout) throws LauncherException {
        ApiProvider provider = require(id);
        Optional<Balance> balance = call(provider, (client, endpoint, key) -> client.balance(endpoint, key, timeout));
        if (balance.isPresent()) {
            database.write(c -> {
                ProviderStore.balance(c, id, balance.get().amount(), balance.get().currency());
                return null;
            });
            events.post(Topics.PROVIDER_CHANGED, new ProviderEvent(id, false));
        }
        return balance;
    }

    /** A call to a provider's API. */
    @FunctionalInterface
    private interface Call<T> {
        T run(ProviderClient client, Endpoint endpoint, String key) throws ProviderException;
    }

    private <T> T call(ApiProvider provider, Call<T> call) throws LauncherException {
        String key = key(provider.id()).orElse(""); //$NON-NLS-1$
        try (ProviderClient client = ProviderClient.create(ProviderClientSettings.of(CONNECT_TIMEOUT))) {
            return call.run(client, new Endpoint(provider.baseUrl(), provider.clientType()), key);
        } catch (ProviderException e) {
            throw new LauncherException(e.kind() == ProviderException.Kind.UNAUTHORIZED ? ErrorCode.INVALID_INPUT
                    : ErrorCode.UNAVAILABLE, NLS.bind(StoreMessages.providerFailed, provider.name(), e.getMessage()), e);
        } catch (IllegalArgumentException e) {
            throw new LauncherException(ErrorCode.INVALID_INPUT, e.getMessage(), e);
        }
    }

    private ApiProvider require(long id) throws LauncherException {
        return database.read(c -> ProviderStore.get(c, id)).orElseThrow(() -> new LauncherException(
                ErrorCode.NOT_FOUND, NLS.bind(StoreMessages.noProvider, id)));
    }

    /** A name that is set and unique, an http(s) address with a host. */
    private ProviderSpec check(ProviderSpec spec, long self) throws LauncherException {
        String name = spec.name().strip();
        if (name.isEmpty()) {
            throw new LauncherException(ErrorCode.INVALID_INPUT, StoreMessages.nameEmpty);
        }
        Optional<ApiProvider> same = database.read(c -> ProviderStore.byName(c, name));
        if (same.isPresent() && same.get().id() != self) {
            throw new LauncherException(ErrorCode.CONFLICT, NLS.bind(StoreMessages.nameTaken, name));
        }
        String url = spec.baseUrl().strip();
        Optional<String> problem = Endpoint.checkBaseUrl(url);
        if (problem.isPresent()) {
            throw new LauncherException(ErrorCode.INVALID_INPUT, problem.get());
        }
        return new ProviderSpec(name, url, spec.clientType(), spec.enabled(), spec.priority());
    }
}
