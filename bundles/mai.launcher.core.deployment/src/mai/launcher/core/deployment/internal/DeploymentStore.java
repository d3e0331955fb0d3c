package mai.launcher.core.deployment.internal;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import mai.launcher.core.StringMapJson;
import mai.launcher.core.deployment.Deployment;
import mai.launcher.core.deployment.DeploymentLogLine;
import mai.launcher.core.deployment.DeploymentStatus;
import mai.launcher.core.storage.SqlTimestamps;

/** The SQL of {@code deployments} and {@code deployment_logs} (mirrored into {@code download_tasks}). */
final class DeploymentStore {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String COLUMNS = "id, instance_id, deployment_type, status, progress, current_step, " //$NON-NLS-1$
            + "created_at, completed_at, error_message, options, owner_pid"; //$NON-NLS-1$

    private DeploymentStore() {
    }

    static String newId() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return "deploy_" + HexFormat.of().formatHex(bytes); //$NON-NLS-1$
    }

    static void insert(Connection c, String id, String instanceId, String mode, Map<String, String> options)
            throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO deployments (id, instance_id, " //$NON-NLS-1$
                + "deployment_type, description, status, progress, created_at, options, owner_pid) " //$NON-NLS-1$
                + "VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?)")) { //$NON-NLS-1$
            insert.setString(1, id);
            insert.setString(2, instanceId);
            insert.setString(3, mode);
            insert.setString(4, "deploy " + mode); //$NON-NLS-1$
            insert.setString(5, DeploymentStatus.PENDING.id());
            insert.setString(6, SqlTimestamps.now());
            insert.setString(7, StringMapJson.write(options));
            insert.setLong(8, ProcessHandle.current().pid());
            insert.executeUpdate();
        }
        DownloadTasks.insert(c, id, instanceId, options);
    }

    static void started(Connection c, String id, Map<String, String> options) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE deployments SET status = ?, progress = 0, " //$NON-NLS-1$
                + "started_at = ?, completed_at = NULL, error_message = NULL, owner_pid = ?, options = ? WHERE id = ?")) { //$NON-NLS-1$
            update.setString(1, DeploymentStatus.RUNNING.id());
            update.setString(2, SqlTimestamps.now());
            update.setLong(3, ProcessHandle.current().pid());
            update.setString(4, StringMapJson.write(options));
            update.setString(5, id);
            update.executeUpdate();
        }
        DownloadTasks.started(c, id);
    }

    static void progress(Connection c, String id, int progress, String step) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE deployments SET progress = ?, current_step = ? WHERE id = ?")) { //$NON-NLS-1$
            update.setInt(1, progress);
            update.setString(2, step);
            update.setString(3, id);
            update.executeUpdate();
        }
        DownloadTasks.progress(c, id, progress, step);
    }

    static void ended(Connection c, String id, DeploymentStatus status, String error) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE deployments SET status = ?, completed_at = ?, " //$NON-NLS-1$
                + "error_message = ?, owner_pid = NULL, progress = CASE WHEN ? THEN 100 ELSE progress END WHERE id = ?")) { //$NON-NLS-1$
            update.setString(1, status.id());
            update.setString(2, SqlTimestamps.now());
            update.setString(3, error);
            update.setBoolean(4, status == DeploymentStatus.COMPLETED);
            update.setString(5, id);
            update.executeUpdate();
        }
        DownloadTasks.ended(c, id, status, error);
    }

    /** Marks running deployments whose process is gone as interrupted; returns how many. */
    static int markInterrupted(Connection c) throws SQLException {
        List<String> cutOff = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement(
                "SELECT id, owner_pid FROM deployments WHERE status IN ('running', 'pending')")) { //$NON-NLS-1$
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    long pid = rows.getLong(2);
                    if (rows.wasNull() || !alive(pid)) {
                        cutOff.add(rows.getString(1));
                    }
                }
            }
        }
        for (String id : cutOff) {
            ended(c, id, DeploymentStatus.INTERRUPTED, null);
        }
        return cutOff.size();
    }

    private static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** @return a deployment of the instance that runs in a live process, if any */
    static Optional<Deployment> running(Connection c, String instanceId) throws SQLException {
        markInterrupted(c);
        return list(c, "WHERE instance_id = ? AND status = 'running'", instanceId).stream().findFirst(); //$NON-NLS-1$
    }

    static Optional<Deployment> get(Connection c, String id) throws SQLException {
        return list(c, "WHERE id = ?", id).stream().findFirst(); //$NON-NLS-1$
    }

    static List<Deployment> forInstance(Connection c, String instanceId) throws SQLException {
        return list(c, "WHERE instance_id = ? ORDER BY created_at DESC, rowid DESC", instanceId); //$NON-NLS-1$
    }

    private static List<Deployment> list(Connection c, String where, String parameter) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + " FROM deployments " + where)) { //$NON-NLS-1$ //$NON-NLS-2$
            select.setString(1, parameter);
            try (ResultSet rows = select.executeQuery()) {
                List<Deployment> result = new ArrayList<>();
                while (rows.next()) {
                    DeploymentStatus status = DeploymentStatus.parse(rows.getString(4));
                    long owner = rows.getLong(11);
                    if (status == DeploymentStatus.RUNNING && (rows.wasNull() || !alive(owner))) {
                        status = DeploymentStatus.INTERRUPTED; // its process is gone; the row says so at the next write
                    }
                    result.add(new Deployment(rows.getString(1), rows.getString(2), text(rows.getString(3)),
                            status, rows.getInt(5), text(rows.getString(6)),
                            SqlTimestamps.parse(rows.getString(7)), SqlTimestamps.parse(rows.getString(8)),
                            Optional.ofNullable(rows.getString(9)), StringMapJson.read(rows.getString(10))));
                }
                return result;
            }
        }
    }

    static void log(Connection c, List<DeploymentLogLine> lines) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO deployment_logs (deployment_id, timestamp, level, message) VALUES (?, ?, ?, ?)")) { //$NON-NLS-1$
            for (DeploymentLogLine line : lines) {
                insert.setString(1, line.deploymentId());
                insert.setString(2, SqlTimestamps.format(line.time()));
                insert.setString(3, line.level());
                insert.setString(4, line.message());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    static List<DeploymentLogLine> log(Connection c, String deploymentId) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT timestamp, level, message FROM deployment_logs " //$NON-NLS-1$
                + "WHERE deployment_id = ? ORDER BY id")) { //$NON-NLS-1$
            select.setString(1, deploymentId);
            try (ResultSet rows = select.executeQuery()) {
                List<DeploymentLogLine> lines = new ArrayList<>();
                while (rows.next()) {
                    lines.add(new DeploymentLogLine(deploymentId,
                            SqlTimestamps.parse(rows.getString(1)).orElse(java.time.LocalDateTime.MIN),
                            text(rows.getString(2)), text(rows.getString(3))));
                }
                return lines;
            }
        }
    }

    private static String text(String value) {
        return value == null ? "" : value; //$NON-NLS-1$
    }
}
