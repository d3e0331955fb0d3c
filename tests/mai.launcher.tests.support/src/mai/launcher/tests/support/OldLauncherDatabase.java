package mai.launcher.tests.support;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sqlite.SQLiteDataSource;

/**
 * Builds a {@code mailauncher.db} as the old launcher (Tauri + Python, then Rust) left it, from the schema documented
 * in ../shared/DOMAIN.md §3, with rows in every table, so migration tests start from what users have on disk.
 */
public final class OldLauncherDatabase {

    /** Every table of the old launcher. */
    public static final List<String> TABLES = List.of("launcher_config", "python_environments", "maibot_config", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            "path_config", "api_providers", "api_models", "instances", "deployments", "deployment_logs", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            "schedule_tasks", "component_versions", "version_backups", "update_history", "download_tasks"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

    /** The ids of the instances the database holds. */
    public static final List<String> INSTANCE_IDS = List.of("inst_0123456789ab", "inst_a1b2c3d4e5f6"); //$NON-NLS-1$ //$NON-NLS-2$

    private OldLauncherDatabase() {
    }

    /**
     * @param file        where to write it
     * @param rustColumns whether {@code instances} has the columns the Rust version added
     */
    public static void create(Path file, boolean rustColumns) throws SQLException {
        try (Connection c = connect(file); Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode = WAL"); //$NON-NLS-1$
            String now = "(datetime('now','localtime'))"; //$NON-NLS-1$
            s.execute("CREATE TABLE launcher_config (id INTEGER PRIMARY KEY AUTOINCREMENT, key TEXT UNIQUE NOT NULL, value TEXT, description TEXT, updated_at TIMESTAMP DEFAULT " + now + ")"); //$NON-NLS-1$ //$NON-NLS-2$
            s.execute("CREATE TABLE python_environments (id INTEGER PRIMARY KEY AUTOINCREMENT, path TEXT UNIQUE NOT NULL, version TEXT, major INTEGER, minor INTEGER, micro INTEGER, is_default BOOLEAN DEFAULT 0, is_selected BOOLEAN DEFAULT 0, created_at TIMESTAMP DEFAULT " + now + ", updated_at TIMESTAMP DEFAULT " + now + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            s.execute("CREATE TABLE maibot_config (id INTEGER PRIMARY KEY AUTOINCREMENT, maibot_path TEXT, config_path TEXT, data_path TEXT, python_env_id INTEGER, is_installed BOOLEAN DEFAULT 0, version TEXT, updated_at TIMESTAMP DEFAULT " + now + ")"); //$NON-NLS-1$ //$NON-NLS-2$
            s.execute("CREATE TABLE path_config (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT UNIQUE NOT NULL, path TEXT, path_type TEXT, is_verified BOOLEAN DEFAULT 0, description TEXT, created_at TIMESTAMP DEFAULT " + now + ", updated_at TIMESTAMP DEFAULT " + now + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            s.execute("CREATE TABLE api_providers (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, base_url TEXT, api_key TEXT, is_enabled BOOLEAN DEFAULT 1, priority INTEGER DEFAULT 0, balance REAL, balance_updated_at TIMESTAMP, models_updated_at TIMESTAMP, created_at TIMESTAMP DEFAULT " + now + ", updated_at TIMESTAMP DEFAULT " + now + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            s.execute("CREATE TABLE api_models (id INTEGER PRIMARY KEY AUTOINCREMENT, provider_id INTEGER REFERENCES api_providers(id) ON DELETE CASCADE, model_id TEXT NOT NULL, model_name TEXT, owned_by TEXT, created INTEGER, supports_vision BOOLEAN DEFAULT 0, supports_function_calling BOOLEAN DEFAULT 0, context_length INTEGER, max_output_tokens INTEGER, input_price REAL, output_price REAL, updated_at TIMESTAMP DEFAULT " + now + ")"); //$NON-NLS-1$ //$NON-NLS-2$
            s.execute("CREATE TABLE instances (id TEXT PRIMARY KEY, name TEXT NOT NULL, instance_path TEXT NOT NULL, bot_type TEXT DEFAULT 'maibot', bot_version TEXT, description TEXT, status TEXT DEFAULT 'stopped', python_path TEXT, config_path TEXT, created_at TIMESTAMP DEFAULT " + now + ", updated_at TIMESTAMP DEFAULT " + now + ", last_run TIMESTAMP, run_time INTEGER DEFAULT 0, qq_account TEXT" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + (rustColumns ? ", runtime_profile TEXT, component_runtime_profiles TEXT, last_error TEXT, last_status_reason TEXT, component_state TEXT" : "") + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            s.execute("CREATE TABLE deployments (id TEXT PRIMARY KEY, instance_id TEXT, deployment_type TEXT, description TEXT, status TEXT DEFAULT 'pending', progress INTEGER DEFAULT 0, created_at TIMESTAMP DEFAULT " + now + ", started_at TIMESTAMP, completed_at TIMESTAMP, error_message TEXT)"); //$NON-NLS-1$ //$NON-NLS-2$
            s.execute("CREATE TABLE deployment_logs (id INTEGER PRIMARY KEY AUTOINCREMENT, deployment_id TEXT, timestamp TIMESTAMP DEFAULT " + now + ", level TEXT, message TEXT)"); //$NON-NLS-1$ //$NON-NLS-2$
            s.execute("CREATE TABLE schedule_tasks (id TEXT PRIMARY KEY, instance_id TEXT, name TEXT, action TEXT, schedule_type TEXT, schedule_config TEXT, enabled BOOLEAN DEFAULT 1, last_run TIMESTAMP, next_run TIMESTAMP, created_at TIMESTAMP DEFAULT " + now + ", updated_at TIMESTAMP DEFAULT " + now + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            s.execute("CREATE TABLE component_versions (id INTEGER PRIMARY KEY AUTOINCREMENT, instance_id TEXT, component TEXT, version TEXT, commit_hash TEXT, install_method TEXT, installed_at TIMESTAMP DEFAULT " + now + ")"); //$NON-NLS-1$ //$NON-NLS-2$
            s.execute("CREATE TABLE version_backups (id TEXT PRIMARY KEY, instance_id TEXT, component TEXT, version TEXT, commit_hash TEXT, backup_path TEXT, backup_size INTEGER, created_at TIMESTAMP DEFAULT " + now + ", description TEXT)"); //$NON-NLS-1$ //$NON-NLS-2$
            s.execute("CREATE TABLE update_history (id INTEGER PRIMARY KEY AUTOINCREMENT, instance_id TEXT, component TEXT, from_version TEXT, to_version TEXT, from_commit TEXT, to_commit TEXT, status TEXT, backup_id TEXT, error_message TEXT, updated_at TIMESTAMP DEFAULT " + now + ")"); //$NON-NLS-1$ //$NON-NLS-2$
            s.execute("CREATE TABLE download_tasks (id TEXT PRIMARY KEY, instance_name TEXT, deployment_path TEXT, maibot_version_source TEXT, maibot_version_value TEXT, selected_items TEXT, python_path TEXT, status TEXT, progress INTEGER DEFAULT 0, progress_message TEXT, error_message TEXT, instance_id TEXT, created_at TIMESTAMP DEFAULT " + now + ", started_at TIMESTAMP, completed_at TIMESTAMP)"); //$NON-NLS-1$ //$NON-NLS-2$
            insertRows(s, rustColumns);
        }
    }

    private static void insertRows(Statement s, boolean rustColumns) throws SQLException {
        String a = INSTANCE_IDS.get(0);
        String b = INSTANCE_IDS.get(1);
        s.execute("INSERT INTO launcher_config (key, value, description, updated_at) VALUES ('theme', 'dark', 'UI theme', '2025-03-01 10:00:00'), ('github_mirror', 'https://gh-proxy.com/', NULL, '2025-03-02 11:00:00')"); //$NON-NLS-1$
        s.execute("INSERT INTO python_environments (path, version, major, minor, micro, is_default, is_selected, created_at, updated_at) VALUES ('C:\\Python312\\python.exe', '3.12.4', 3, 12, 4, 1, 1, '2025-03-01 10:00:00', '2025-03-01 10:00:00')"); //$NON-NLS-1$
        s.execute("INSERT INTO maibot_config (maibot_path, config_path, data_path, python_env_id, is_installed, version, updated_at) VALUES ('deployments/麦麦/MaiBot', 'deployments/麦麦/MaiBot/config', 'deployments/麦麦/MaiBot/data', 1, 1, '0.10.2', '2025-03-01 10:00:00')"); //$NON-NLS-1$
        s.execute("INSERT INTO path_config (name, path, path_type, is_verified, description, created_at, updated_at) VALUES ('git', 'C:\\Program Files\\Git\\bin\\git.exe', 'executable', 1, 'Git', '2025-03-01 10:00:00', '2025-03-01 10:00:00')"); //$NON-NLS-1$
        s.execute("INSERT INTO api_providers (name, base_url, api_key, is_enabled, priority, balance, balance_updated_at, models_updated_at, created_at, updated_at) VALUES ('SiliconFlow', 'https://api.siliconflow.cn/v1', 'sk-old-plain-text-key', 1, 0, 12.5, '2025-03-01 10:00:00', '2025-03-01 10:00:00', '2025-03-01 10:00:00', '2025-03-01 10:00:00')"); //$NON-NLS-1$
        s.execute("INSERT INTO api_models (provider_id, model_id, model_name, owned_by, created, supports_vision, supports_function_calling, context_length, max_output_tokens, input_price, output_price, updated_at) VALUES (1, 'deepseek-ai/DeepSeek-V3', 'DeepSeek V3', 'deepseek', 1735689600, 0, 1, 65536, 8192, 2.0, 8.0, '2025-03-01 10:00:00')"); //$NON-NLS-1$
        s.execute("INSERT INTO instances (id, name, instance_path, bot_type, bot_version, description, status, python_path, config_path, created_at, updated_at, last_run, run_time, qq_account" //$NON-NLS-1$
                + (rustColumns ? ", runtime_profile, component_runtime_profiles, last_error, last_status_reason, component_state" : "") //$NON-NLS-1$ //$NON-NLS-2$
                + ") VALUES ('" + a + "', '麦麦', '麦麦', 'maibot', '0.10.2', '主号', 'stopped', 'deployments/麦麦/venv/Scripts/python.exe', 'deployments/麦麦/MaiBot/config', '2025-03-01 10:00:00', '2025-03-05 09:30:00', '2025-03-05 09:00:00', 3600, '123456789'" //$NON-NLS-1$ //$NON-NLS-2$
                + (rustColumns ? ", '{\"python\":\"3.12\"}', '{}', NULL, 'stopped by user', '{\"main\":\"stopped\"}'" : "") //$NON-NLS-1$ //$NON-NLS-2$
                + "), ('" + b + "', 'test-bot', 'test-bot', 'maibot', '0.9.1', NULL, 'running', NULL, NULL, '2025-03-02 10:00:00', '2025-03-02 10:00:00', NULL, 0, NULL" //$NON-NLS-1$ //$NON-NLS-2$
                + (rustColumns ? ", NULL, NULL, 'adapter exited with code 1', NULL, NULL" : "") + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        s.execute("INSERT INTO deployments (id, instance_id, deployment_type, description, status, progress, created_at, started_at, completed_at, error_message) VALUES ('deploy_00000000000a', '" + a + "', 'maibot', 'first deployment', 'completed', 100, '2025-03-01 10:00:00', '2025-03-01 10:00:01', '2025-03-01 10:05:00', NULL)"); //$NON-NLS-1$ //$NON-NLS-2$
        s.execute("INSERT INTO deployment_logs (deployment_id, timestamp, level, message) VALUES ('deploy_00000000000a', '2025-03-01 10:00:02', 'INFO', '克隆 MaiBot'), ('deploy_00000000000a', '2025-03-01 10:05:00', 'INFO', 'done')"); //$NON-NLS-1$
        s.execute("INSERT INTO schedule_tasks (id, instance_id, name, action, schedule_type, schedule_config, enabled, last_run, next_run, created_at, updated_at) VALUES ('task_00000000000a', '" + a + "', 'morning start', 'start', 'daily', '{\"time\":\"08:00\"}', 1, NULL, '2025-03-06 08:00:00', '2025-03-01 10:00:00', '2025-03-01 10:00:00')"); //$NON-NLS-1$ //$NON-NLS-2$
        s.execute("INSERT INTO component_versions (instance_id, component, version, commit_hash, install_method, installed_at) VALUES ('" + a + "', 'main', '0.10.2', 'abc123', 'git', '2025-03-01 10:05:00')"); //$NON-NLS-1$ //$NON-NLS-2$
        s.execute("INSERT INTO version_backups (id, instance_id, component, version, commit_hash, backup_path, backup_size, created_at, description) VALUES ('backup_00000000000a', '" + a + "', 'main', '0.10.1', 'def456', 'backups/main-0.10.1.zip', 1048576, '2025-03-01 10:00:00', 'before update')"); //$NON-NLS-1$ //$NON-NLS-2$
        s.execute("INSERT INTO update_history (instance_id, component, from_version, to_version, from_commit, to_commit, status, backup_id, error_message, updated_at) VALUES ('" + a + "', 'main', '0.10.1', '0.10.2', 'def456', 'abc123', 'success', 'backup_00000000000a', NULL, '2025-03-01 10:05:00')"); //$NON-NLS-1$ //$NON-NLS-2$
        s.execute("INSERT INTO download_tasks (id, instance_name, deployment_path, maibot_version_source, maibot_version_value, selected_items, python_path, status, progress, progress_message, error_message, instance_id, created_at, started_at, completed_at) VALUES ('dl_00000000000a', '麦麦', 'deployments/麦麦', 'tag', '0.10.2', '[\"main\",\"napcat\",\"napcat-ada\"]', 'C:\\Python312\\python.exe', 'completed', 100, 'done', NULL, '" + a + "', '2025-03-01 10:00:00', '2025-03-01 10:00:01', '2025-03-01 10:05:00')"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * Reads every row of every table.
     *
     * @param file the database
     * @return table name to rows (column name to value), in rowid order
     */
    public static Map<String, List<Map<String, Object>>> snapshot(Path file) throws SQLException {
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        try (Connection c = connect(file); Statement s = c.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rows = s.executeQuery(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")) { //$NON-NLS-1$
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            for (String table : names) {
                tables.put(table, rows(s, table));
            }
        }
        return tables;
    }

    private static List<Map<String, Object>> rows(Statement s, String table) throws SQLException {
        List<Map<String, Object>> result = new ArrayList<>();
        try (ResultSet rows = s.executeQuery("SELECT * FROM \"" + table + "\" ORDER BY rowid")) { //$NON-NLS-1$ //$NON-NLS-2$
            ResultSetMetaData meta = rows.getMetaData();
            while (rows.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.put(meta.getColumnName(i), rows.getObject(i));
                }
                result.add(row);
            }
        }
        return result;
    }

    /**
     * @param file a database file
     * @return a connection to it
     */
    public static Connection connect(Path file) throws SQLException {
        SQLiteDataSource source = new SQLiteDataSource();
        source.setUrl("jdbc:sqlite:" + file); //$NON-NLS-1$
        return source.getConnection();
    }
}
