package mai.launcher.core.instance.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import mai.launcher.core.StringMapJson;
import mai.launcher.core.instance.Instance;
import mai.launcher.core.instance.InstanceNames;
import mai.launcher.core.instance.InstanceStatus;
import mai.launcher.core.storage.SqlTimestamps;

/** The SQL of the {@code instances} table and the tables that refer to an instance. */
final class InstanceStore {

    private static final String COLUMNS = "id, name, description, deploy_mode, status, instance_path, bot_type, " //$NON-NLS-1$
            + "bot_version, qq_account, created_at, updated_at, last_run, mode_options"; //$NON-NLS-1$

    /** Tables whose rows belong to one instance, through their {@code instance_id}. */
    private static final List<String> OWNED_TABLES = List.of("schedule_tasks", "component_versions", //$NON-NLS-1$ //$NON-NLS-2$
            "version_backups", "update_history", "download_tasks", "container_info"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

    private InstanceStore() {
    }

    static List<Instance> list(Connection c) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(
                "SELECT " + COLUMNS + " FROM instances ORDER BY created_at, rowid")) { //$NON-NLS-1$ //$NON-NLS-2$
            try (ResultSet rows = select.executeQuery()) {
                List<Instance> instances = new ArrayList<>();
                while (rows.next()) {
                    instances.add(read(rows));
                }
                return instances;
            }
        }
    }

    static Optional<Instance> get(Connection c, String id) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(
                "SELECT " + COLUMNS + " FROM instances WHERE id = ?")) { //$NON-NLS-1$ //$NON-NLS-2$
            select.setString(1, id);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(read(rows)) : Optional.empty();
            }
        }
    }

    /** @return the instance with this name (ignoring case), other than {@code exceptId} */
    static Optional<String> idByName(Connection c, String name, String exceptId) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(
                "SELECT id, name FROM instances WHERE id <> ?")) { //$NON-NLS-1$
            select.setString(1, exceptId == null ? "" : exceptId); //$NON-NLS-1$
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    if (InstanceNames.same(rows.getString(2), name)) {
                        return Optional.of(rows.getString(1));
                    }
                }
                return Optional.empty();
            }
        }
    }

    static boolean idExists(Connection c, String id) throws SQLException {
        return get(c, id).isPresent();
    }

    static boolean pathInUse(Connection c, String instancePath) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(
                "SELECT 1 FROM instances WHERE lower(instance_path) = lower(?)")) { //$NON-NLS-1$
            select.setString(1, instancePath);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }

    static void insert(Connection c, Instance i) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO instances (" + COLUMNS //$NON-NLS-1$
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)")) { //$NON-NLS-1$
            String now = SqlTimestamps.now();
            insert.setString(1, i.id());
            insert.setString(2, i.name());
            insert.setString(3, i.description());
            insert.setString(4, i.deployMode());
            insert.setString(5, i.status().id());
            insert.setString(6, i.instancePath());
            insert.setString(7, i.botType());
            insert.setString(8, i.botVersion().isEmpty() ? null : i.botVersion());
            insert.setString(9, i.qqAccount().isEmpty() ? null : i.qqAccount());
            insert.setString(10, now);
            insert.setString(11, now);
            insert.setString(12, i.options().isEmpty() ? null : StringMapJson.write(i.options()));
            insert.executeUpdate();
        }
    }

    /** Sets one column and {@code updated_at}. */
    static void update(Connection c, String id, String column, String value) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE instances SET " + column + " = ?, updated_at = ? WHERE id = ?")) { //$NON-NLS-1$ //$NON-NLS-2$
            update.setString(1, value);
            update.setString(2, SqlTimestamps.now());
            update.setString(3, id);
            update.executeUpdate();
        }
    }

    /** Merges options into {@code mode_options}, mirroring {@code qq} and {@code version} into their columns. */
    static void updateOptions(Connection c, Instance instance, Map<String, String> changes) throws SQLException {
        Map<String, String> options = new TreeMap<>(instance.options());
        changes.forEach((key, value) -> {
            if (value == null || value.isEmpty()) {
                options.remove(key);
            } else {
                options.put(key, value);
            }
        });
        update(c, instance.id(), "mode_options", options.isEmpty() ? null : StringMapJson.write(options)); //$NON-NLS-1$
        if (changes.containsKey("qq")) { //$NON-NLS-1$
            update(c, instance.id(), "qq_account", emptyToNull(changes.get("qq"))); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (changes.containsKey("version")) { //$NON-NLS-1$
            update(c, instance.id(), "bot_version", emptyToNull(changes.get("version"))); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    static void updateStatus(Connection c, String id, InstanceStatus status, String reason) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE instances SET status = ?, last_status_reason = ?, updated_at = ? WHERE id = ?")) { //$NON-NLS-1$
            update.setString(1, status.id());
            update.setString(2, reason.isEmpty() ? null : reason);
            update.setString(3, SqlTimestamps.now());
            update.setString(4, id);
            update.executeUpdate();
        }
    }

    static void delete(Connection c, String id) throws SQLException {
        execute(c, "DELETE FROM deployment_logs WHERE deployment_id IN (SELECT id FROM deployments WHERE instance_id = ?)", id); //$NON-NLS-1$
        execute(c, "DELETE FROM deployments WHERE instance_id = ?", id); //$NON-NLS-1$
        for (String table : OWNED_TABLES) {
            execute(c, "DELETE FROM " + table + " WHERE instance_id = ?", id); //$NON-NLS-1$ //$NON-NLS-2$
        }
        execute(c, "DELETE FROM instances WHERE id = ?", id); //$NON-NLS-1$
    }

    private static void execute(Connection c, String sql, String id) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            statement.setString(1, id);
            statement.executeUpdate();
        }
    }

    private static Instance read(ResultSet row) throws SQLException {
        return new Instance(row.getString(1), text(row.getString(2)), text(row.getString(3)),
                row.getString(4) == null ? "local" : row.getString(4), //$NON-NLS-1$
                InstanceStatus.parse(row.getString(5)), text(row.getString(6)),
                row.getString(7) == null ? "maibot" : row.getString(7), text(row.getString(8)), //$NON-NLS-1$
                text(row.getString(9)), SqlTimestamps.parse(row.getString(10)),
                SqlTimestamps.parse(row.getString(11)), SqlTimestamps.parse(row.getString(12)),
                StringMapJson.read(row.getString(13)));
    }

    private static String text(String value) {
        return value == null ? "" : value; //$NON-NLS-1$
    }
}
