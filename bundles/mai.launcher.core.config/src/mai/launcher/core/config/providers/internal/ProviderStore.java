package mai.launcher.core.config.providers.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import mai.launcher.core.config.providers.ApiProvider;
import mai.launcher.core.config.providers.ClientType;
import mai.launcher.core.config.providers.ProviderSpec;
import mai.launcher.core.storage.SqlTimestamps;

/** The SQL of {@code api_providers} (and of {@code api_models}, which belongs to it). */
final class ProviderStore {

    private static final String COLUMNS = "id, name, base_url, client_type, is_enabled, priority, " //$NON-NLS-1$
            + "key_in_secure_storage, balance, balance_currency, balance_updated_at, models_updated_at"; //$NON-NLS-1$

    private ProviderStore() {
    }

    static List<ApiProvider> list(Connection c) throws SQLException {
        List<ApiProvider> providers = new ArrayList<>();
        try (Statement select = c.createStatement(); ResultSet rows = select.executeQuery("SELECT " + COLUMNS //$NON-NLS-1$
                + " FROM api_providers ORDER BY priority DESC, name COLLATE NOCASE")) { //$NON-NLS-1$
            while (rows.next()) {
                providers.add(provider(rows));
            }
        }
        return providers;
    }

    static Optional<ApiProvider> get(Connection c, long id) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + " FROM api_providers WHERE id = ?")) { //$NON-NLS-1$ //$NON-NLS-2$
            select.setLong(1, id);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(provider(rows)) : Optional.empty();
            }
        }
    }

    static Optional<ApiProvider> byName(Connection c, String name) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(
                "SELECT " + COLUMNS + " FROM api_providers WHERE name = ? COLLATE NOCASE")) { //$NON-NLS-1$ //$NON-NLS-2$
            select.setString(1, name);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(provider(rows)) : Optional.empty();
            }
        }
    }

    static long insert(Connection c, ProviderSpec spec) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO api_providers (name, base_url, client_type, " //$NON-NLS-1$
                + "is_enabled, priority, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)", //$NON-NLS-1$
                Statement.RETURN_GENERATED_KEYS)) {
            bind(insert, spec);
            insert.setString(6, SqlTimestamps.now());
            insert.setString(7, SqlTimestamps.now());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    static void update(Connection c, long id, ProviderSpec spec) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE api_providers SET name = ?, base_url = ?, " //$NON-NLS-1$
                + "client_type = ?, is_enabled = ?, priority = ?, updated_at = ? WHERE id = ?")) { //$NON-NLS-1$
            bind(update, spec);
            update.setString(6, SqlTimestamps.now());
            update.setLong(7, id);
            update.executeUpdate();
        }
    }

    private static void bind(PreparedStatement statement, ProviderSpec spec) throws SQLException {
        statement.setString(1, spec.name().strip());
        statement.setString(2, spec.baseUrl().strip());
        statement.setString(3, spec.clientType().tomlName());
        statement.setBoolean(4, spec.enabled());
        statement.setInt(5, spec.priority());
    }

    static void keyStored(Connection c, long id, boolean stored) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE api_providers SET key_in_secure_storage = ?, api_key = NULL, updated_at = ? WHERE id = ?")) { //$NON-NLS-1$
            update.setBoolean(1, stored);
            update.setString(2, SqlTimestamps.now());
            update.setLong(3, id);
            update.executeUpdate();
        }
    }

    static void balance(Connection c, long id, BigDecimal amount, String currency) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE api_providers SET balance = ?, " //$NON-NLS-1$
                + "balance_currency = ?, balance_updated_at = ? WHERE id = ?")) { //$NON-NLS-1$
            update.setBigDecimal(1, amount);
            update.setString(2, currency);
            update.setString(3, SqlTimestamps.now());
            update.setLong(4, id);
            update.executeUpdate();
        }
    }

    static void delete(Connection c, long id) throws SQLException {
        for (String sql : List.of("DELETE FROM api_models WHERE provider_id = ?", //$NON-NLS-1$
                "DELETE FROM api_providers WHERE id = ?")) { //$NON-NLS-1$
            try (PreparedStatement delete = c.prepareStatement(sql)) {
                delete.setLong(1, id);
                delete.executeUpdate();
            }
        }
    }

    /** The keys the old launcher kept in the database, by provider id. */
    static List<PlainKey> plainKeys(Connection c) throws SQLException {
        List<PlainKey> keys = new ArrayList<>();
        try (Statement select = c.createStatement(); ResultSet rows = select.executeQuery(
                "SELECT id, api_key FROM api_providers WHERE api_key IS NOT NULL AND api_key <> ''")) { //$NON-NLS-1$
            while (rows.next()) {
                keys.add(new PlainKey(rows.getLong(1), rows.getString(2)));
            }
        }
        return keys;
    }

    /** A key found in plain text. */
    record PlainKey(long providerId, String key) {
        @Override
        public String toString() {
            return "PlainKey[" + providerId + "]"; //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private static ApiProvider provider(ResultSet rows) throws SQLException {
        BigDecimal balance = rows.getBigDecimal("balance"); //$NON-NLS-1$
        return new ApiProvider(rows.getLong("id"), text(rows.getString("name")), text(rows.getString("base_url")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                ClientType.fromToml(rows.getString("client_type")).orElse(ClientType.OPENAI), //$NON-NLS-1$
                rows.getBoolean("is_enabled"), rows.getInt("priority"), rows.getBoolean("key_in_secure_storage"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                Optional.ofNullable(balance), Optional.ofNullable(rows.getString("balance_currency")), //$NON-NLS-1$
                SqlTimestamps.parse(rows.getString("balance_updated_at")), //$NON-NLS-1$
                SqlTimestamps.parse(rows.getString("models_updated_at"))); //$NON-NLS-1$
    }

    private static String text(String value) {
        return value == null ? "" : value; //$NON-NLS-1$
    }
}
