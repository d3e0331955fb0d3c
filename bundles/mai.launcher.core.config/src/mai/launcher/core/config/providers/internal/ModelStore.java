package mai.launcher.core.config.providers.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import mai.launcher.core.config.providers.Capability;
import mai.launcher.core.config.providers.ModelInfo;
import mai.launcher.core.config.providers.Pricing;
import mai.launcher.core.storage.SqlTimestamps;

/** The models last fetched from each provider, in the old launcher's {@code api_models}. */
final class ModelStore {

    private ModelStore() {
    }

    static List<ModelInfo> list(Connection c, long providerId) throws SQLException {
        List<ModelInfo> models = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("SELECT model_id, model_name, owned_by, created, " //$NON-NLS-1$
                + "supports_vision, supports_function_calling, context_length, max_output_tokens, input_price, " //$NON-NLS-1$
                + "output_price FROM api_models WHERE provider_id = ? ORDER BY model_id")) { //$NON-NLS-1$
            select.setLong(1, providerId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    models.add(model(rows));
                }
            }
        }
        return models;
    }

    private static ModelInfo model(ResultSet rows) throws SQLException {
        Set<Capability> capabilities = EnumSet.noneOf(Capability.class);
        if (rows.getBoolean(5)) {
            capabilities.add(Capability.VISION);
        }
        if (rows.getBoolean(6)) {
            capabilities.add(Capability.FUNCTION_CALLING);
        }
        long created = rows.getLong(4);
        Optional<Instant> when = rows.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochSecond(created));
        BigDecimal input = rows.getBigDecimal(9);
        BigDecimal output = rows.getBigDecimal(10);
        Optional<Pricing> pricing = input == null || output == null ? Optional.empty()
                : Optional.of(new Pricing(input, output, "")); //$NON-NLS-1$
        return new ModelInfo(rows.getString(1), text(rows.getString(3)), when, Optional.ofNullable(rows.getString(2)),
                optional(rows, 7), optional(rows, 8), pricing, capabilities);
    }

    private static OptionalLong optional(ResultSet rows, int column) throws SQLException {
        long value = rows.getLong(column);
        return rows.wasNull() ? OptionalLong.empty() : OptionalLong.of(value);
    }

    private static String text(String value) {
        return value == null ? "" : value; //$NON-NLS-1$
    }

    static void replace(Connection c, long providerId, List<ModelInfo> models) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM api_models WHERE provider_id = ?")) { //$NON-NLS-1$
            delete.setLong(1, providerId);
            delete.executeUpdate();
        }
        String now = SqlTimestamps.now();
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO api_models (provider_id, model_id, " //$NON-NLS-1$
                + "model_name, owned_by, created, supports_vision, supports_function_calling, context_length, " //$NON-NLS-1$
                + "max_output_tokens, input_price, output_price, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) { //$NON-NLS-1$
            for (ModelInfo model : models) {
                insert.setLong(1, providerId);
                insert.setString(2, model.id());
                insert.setString(3, model.displayName().orElse(null));
                insert.setString(4, model.ownedBy());
                insert.setObject(5, model.created().map(Instant::getEpochSecond).orElse(null));
                insert.setBoolean(6, model.capabilities().contains(Capability.VISION));
                insert.setBoolean(7, model.capabilities().contains(Capability.FUNCTION_CALLING));
                insert.setObject(8, model.contextLength().isPresent() ? model.contextLength().getAsLong() : null);
                insert.setObject(9, model.maxOutputTokens().isPresent() ? model.maxOutputTokens().getAsLong() : null);
                insert.setBigDecimal(10, model.pricing().map(Pricing::inputPerMillion).orElse(null));
                insert.setBigDecimal(11, model.pricing().map(Pricing::outputPerMillion).orElse(null));
                insert.setString(12, now);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE api_providers SET models_updated_at = ? WHERE id = ?")) { //$NON-NLS-1$
            update.setString(1, now);
            update.setLong(2, providerId);
            update.executeUpdate();
        }
    }
}
