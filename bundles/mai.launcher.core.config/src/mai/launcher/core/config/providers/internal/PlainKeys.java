package mai.launcher.core.config.providers.internal;

import java.io.IOException;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.osgi.util.NLS;

import mai.launcher.core.ErrorCode;
import mai.launcher.core.LauncherException;
import mai.launcher.core.storage.Database;

/**
 * Moves the API keys the old launcher kept in plain text in {@code api_providers.api_key} into secure storage, then
 * erases the column in the database and its backups, so no copy is left behind.
 */
final class PlainKeys {

    private PlainKeys() {
    }

    static void moveToSecureStorage(Database database, SecureKeys keys) throws LauncherException {
        List<ProviderStore.PlainKey> plain = database.read(ProviderStore::plainKeys);
        if (plain.isEmpty()) {
            return;
        }
        for (ProviderStore.PlainKey key : plain) {
            try {
                keys.put(key.providerId(), key.key());
            } catch (StorageException | IOException e) {
                throw new LauncherException(ErrorCode.IO_ERROR, NLS.bind(StoreMessages.keyNotStored, e.getMessage()), e);
            }
        }
        database.write(c -> {
            for (ProviderStore.PlainKey key : plain) {
                ProviderStore.keyStored(c, key.providerId(), true);
            }
            return null;
        });
        database.eraseColumn("api_providers", "api_key"); //$NON-NLS-1$ //$NON-NLS-2$
        ILog.of(PlainKeys.class).info(NLS.bind(StoreMessages.keysMoved, plain.size()));
    }
}
