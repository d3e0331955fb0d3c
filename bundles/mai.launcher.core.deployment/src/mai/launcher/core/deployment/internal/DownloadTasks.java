package mai.launcher.core.deployment.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;

import mai.launcher.core.deployment.DeploymentStatus;
import mai.launcher.core.storage.SqlTimestamps;
import mai.launcher.deployment.api.DeployRequest;

/**
 * Mirrors each deployment into the old launcher's {@code download_tasks} (same id), so that a deployment made here
 * shows up there with its version, progress and outcome, as its own deploy tasks did.
 */
final class DownloadTasks {

    private DownloadTasks() {
    }

    static void insert(Connection c, String id, String instanceId, Map<String, String> options) throws SQLException {
        String ref = options.getOrDefault(DeployRequest.REF, "latest"); //$NON-NLS-1$
        try (PreparedStatement insert = c.prepareStatement("INSERT OR REPLACE INTO download_tasks (id, instance_name, " //$NON-NLS-1$
                + "deployment_path, maibot_version_source, maibot_version_value, status, progress, instance_id, " //$NON-NLS-1$
                + "created_at) SELECT ?, name, instance_path, ?, ?, ?, 0, id, ? FROM instances WHERE id = ?")) { //$NON-NLS-1$
            insert.setString(1, id);
            insert.setString(2, source(ref));
            insert.setString(3, ref);
            insert.setString(4, DeploymentStatus.PENDING.id());
            insert.setString(5, SqlTimestamps.now());
            insert.setString(6, instanceId);
            insert.executeUpdate();
        }
    }

    /** The old launcher's kinds of version: the newest release, a tag, or a branch. */
    static String source(String ref) {
        if (ref.isBlank() || ref.equalsIgnoreCase("latest")) { //$NON-NLS-1$
            return "latest"; //$NON-NLS-1$
        }
        return ref.matches("v?\\d+(\\.\\d+)*([.-].*)?") ? "tag" : "branch"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    static void started(Connection c, String id) throws SQLException {
        update(c, "UPDATE download_tasks SET status = ?, progress = 0, started_at = ?, completed_at = NULL, " //$NON-NLS-1$
                + "error_message = NULL WHERE id = ?", DeploymentStatus.RUNNING.id(), SqlTimestamps.now(), id); //$NON-NLS-1$
    }

    static void progress(Connection c, String id, int progress, String step) throws SQLException {
        update(c, "UPDATE download_tasks SET progress = ?, progress_message = ? WHERE id = ?", progress, step, id); //$NON-NLS-1$
    }

    static void ended(Connection c, String id, DeploymentStatus status, String error) throws SQLException {
        update(c, "UPDATE download_tasks SET status = ?, completed_at = ?, error_message = ?, " //$NON-NLS-1$
                + "progress = CASE WHEN ? THEN 100 ELSE progress END WHERE id = ?", status.id(), SqlTimestamps.now(), //$NON-NLS-1$
                error, status == DeploymentStatus.COMPLETED, id);
    }

    private static void update(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                update.setObject(i + 1, values[i]);
            }
            update.executeUpdate();
        }
    }
}
