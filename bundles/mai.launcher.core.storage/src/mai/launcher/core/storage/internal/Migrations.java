package mai.launcher.core.storage.internal;

import static mai.launcher.core.storage.internal.Schema.addColumn;
import static mai.launcher.core.storage.internal.Schema.execute;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The schema's steps. Step 1 is the old launcher's schema (../shared/DOMAIN.md §3), created only where a table is
 * missing, so an old {@code mailauncher.db} keeps its tables, rows and extra columns as they are. Later steps only
 * add.
 */
public final class Migrations {

    private static final String NOW = "(datetime('now','localtime'))"; //$NON-NLS-1$

    /** Every step, in order. */
    public static final List<Migration> ALL = List.of(
            new Migration(1, "old launcher schema", Migrations::oldLauncherSchema), //$NON-NLS-1$
            new Migration(2, "old launcher (Rust) instance columns", Migrations::rustInstanceColumns), //$NON-NLS-1$
            new Migration(3, "RFC-001 section 7: deploy modes and containers", Migrations::deployModes), //$NON-NLS-1$
            new Migration(4, "deployment tasks: options, owner and step; instance settings", Migrations::deploymentTasks), //$NON-NLS-1$
            new Migration(5, "API providers: client type; keys move to secure storage", Migrations::providerClients)); //$NON-NLS-1$

    private Migrations() {
    }

    /** @return the version a database has once every step ran */
    public static int latest() {
        return ALL.get(ALL.size() - 1).version();
    }

    private static void oldLauncherSchema(Connection c) throws SQLException {
        execute(c, """
                CREATE TABLE IF NOT EXISTS launcher_config (
                  id INTEGER PRIMARY KEY AUTOINCREMENT, key TEXT NOT NULL UNIQUE, value TEXT, description TEXT,
                  updated_at TIMESTAMP DEFAULT %1$s)""".formatted(NOW), //$NON-NLS-1$
                """
                CREATE TABLE IF NOT EXISTS python_environments (
                  id INTEGER PRIMARY KEY AUTOINCREMENT, path TEXT NOT NULL UNIQUE, version TEXT,
                  major INTEGER, minor INTEGER, micro INTEGER, is_default BOOLEAN DEFAULT 0,
                  is_selected BOOLEAN DEFAULT 0, created_at TIMESTAMP DEFAULT %1$s,
                  updated_at TIMESTAMP DEFAULT %1$s)""".formatted(NOW), //$NON-NLS-1$
                """
                CREATE TABLE IF NOT EXISTS maibot_config (
                  id INTEGER PRIMARY KEY AUTOINCREMENT, maibot_path TEXT, config_path TEXT, data_path TEXT,
                  python_env_id INTEGER, is_installed BOOLEAN DEFAULT 0, version TEXT,
                  updated_at TIMESTAMP DEFAULT %1$s)""".formatted(NOW), //$NON-NLS-1$
                """
                CREATE TABLE IF NOT EXISTS path_config (
                  id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL UNIQUE, path TEXT, path_type TEXT,
                  is_verified BOOLEAN DEFAULT 0, description TEXT, created_at TIMESTAMP DEFAULT %1$s,
                  updated_at TIMESTAMP DEFAULT %1$s)""".formatted(NOW), //$NON-NLS-1$
                """
                CREATE TABLE IF NOT EXISTS api_providers (
                  id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, base_url TEXT, api_key TEXT,
                  is_enabled BOOLEAN DEFAULT 1, priority INTEGER DEFAULT 0, balance REAL,
                  balance_updated_at TIMESTAMP, models_updated_at TIMESTAMP, created_at TIMESTAMP DEFAULT %1$s,
                  updated_at TIMESTAMP DEFAULT %1$s)""".formatted(NOW), //$NON-NLS-1$
                """
                CREATE TABLE IF NOT EXISTS api_models (
                  id INTEGER PRIMARY KEY AUTOINCREMENT, provider_id INTEGER REFERENCES api_providers(id),
                  model_id TEXT, model_name TEXT, owned_by TEXT, created INTEGER, supports_vision BOOLEAN,
                  supports_function_calling BOOLEAN, context_length INTEGER, max_output_tokens INTEGER,
                  input_price REAL, output_price REAL, updated_at TIMESTAMP DEFAULT %1$s)""".formatted(NOW), //$NON-NLS-1$
                """
                CREATE TABLE IF NOT EXISTS instances (
                  id TEXT PRIMARY KEY, name TEXT NOT NULL, instance_path TEXT, bot_type TEXT DEFAULT 'maibot',
                  bot_version TEXT, description TEXT, status TEXT DEFAULT 'stopped', python_path TEXT,
                  config_path TEXT, created_at TIMESTAMP DEFAULT %1$s, updated_at TIMESTAMP DEFAULT %1$s,
                  last_run TIMESTAMP, run_time INTEGER DEFAULT 0, qq_account TEXT)""".formatted(NOW), //$NON-NLS-1$
                """
                CREATE TABLE IF NOT EXISTS deployments (
                  id TEXT PRIMARY KEY, instance_id TEXT, deployment_type TEXT, description TEXT,
                  status TEXT DEFAULT 'pending', progress INTEGER DEFAULT 0, created_at TIMESTAMP DEFAULT %1$s,
                  started_at TIMESTAMP, completed_at TIMESTAMP, error_message TEXT)""".formatted(NOW), //$NON-NLS-1$
                """
                CREATE TABLE IF NOT EXISTS deployment_logs (
                  id INTEGER PRIMARY KEY AUTOINCREMENT, deployment_id TEXT, timestamp TIMESTAMP DEFAULT %1$s,
                  level TEXT, message TEXT)""".formatted(NOW), //$NON-NLS-1$
                """
                CREATE TABLE IF NOT EXISTS schedule_tasks (
                  id TEXT PRIMARY KEY, instance_id TEXT, name TEXT, action TEXT, schedule_type TEXT,
                  schedule_config TEXT, enabled BOOLEAN DEFAULT 1, last_run TIMESTAMP, next_run TIMESTAMP,
                  created_at TIMESTAMP DEFAULT %1$s, updated_at TIMESTAMP DEFAULT %1$s)""".formatted(NOW), //$NON-NLS-1$
                """
                CREATE TABLE IF NOT EXISTS component_versions (
                  id INTEGER PRIMARY KEY AUTOINCREMENT, instance_id TEXT, component TEXT, version TEXT,
                  commit_hash TEXT, install_method TEXT, installed_at TIMESTAMP DEFAULT %1$s)""".formatted(NOW), //$NON-NLS-1$
                """
                CREATE TABLE IF NOT EXISTS version_backups (
                  id TEXT PRIMARY KEY, instance_id TEXT, component TEXT, version TEXT, commit_hash TEXT,
                  backup_path TEXT, backup_size INTEGER, created_at TIMESTAMP DEFAULT %1$s,
                  description TEXT)""".formatted(NOW), //$NON-NLS-1$
                """
                CREATE TABLE IF NOT EXISTS update_history (
                  id INTEGER PRIMARY KEY AUTOINCREMENT, instance_id TEXT, component TEXT, from_version TEXT,
                  to_version TEXT, from_commit TEXT, to_commit TEXT, status TEXT, backup_id TEXT,
                  error_message TEXT, updated_at TIMESTAMP DEFAULT %1$s)""".formatted(NOW), //$NON-NLS-1$
                """
                CREATE TABLE IF NOT EXISTS download_tasks (
                  id TEXT PRIMARY KEY, instance_name TEXT, deployment_path TEXT, maibot_version_source TEXT,
                  maibot_version_value TEXT, selected_items TEXT, python_path TEXT, status TEXT,
                  progress INTEGER DEFAULT 0, progress_message TEXT, error_message TEXT, instance_id TEXT,
                  created_at TIMESTAMP DEFAULT %1$s, started_at TIMESTAMP, completed_at TIMESTAMP)""".formatted(NOW)); //$NON-NLS-1$
        // Early versions of the old launcher lacked some instance columns the launcher reads.
        addColumn(c, "instances", "qq_account", "TEXT"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        addColumn(c, "instances", "last_run", "TIMESTAMP"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        addColumn(c, "instances", "run_time", "INTEGER DEFAULT 0"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private static void rustInstanceColumns(Connection c) throws SQLException {
        addColumn(c, "instances", "runtime_profile", "TEXT"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        addColumn(c, "instances", "component_runtime_profiles", "TEXT"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        addColumn(c, "instances", "last_error", "TEXT"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        addColumn(c, "instances", "last_status_reason", "TEXT"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        addColumn(c, "instances", "component_state", "TEXT"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private static void deployModes(Connection c) throws SQLException {
        // Existing rows take the default: every instance of the old launcher is a local one.
        addColumn(c, "instances", "deploy_mode", "TEXT NOT NULL DEFAULT 'local'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        addColumn(c, "instances", "docker_compose_path", "TEXT"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        addColumn(c, "instances", "container_ids", "TEXT"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        addColumn(c, "instances", "docker_network", "TEXT"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        addColumn(c, "instances", "wsl_distro", "TEXT"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        execute(c, """
                CREATE TABLE IF NOT EXISTS container_info (
                  id TEXT PRIMARY KEY, instance_id TEXT NOT NULL, service_name TEXT, container_name TEXT,
                  image TEXT, status TEXT, health TEXT, ports TEXT, created_at TIMESTAMP DEFAULT %1$s,
                  updated_at TIMESTAMP DEFAULT %1$s)""".formatted(NOW), //$NON-NLS-1$
                """
                CREATE TABLE IF NOT EXISTS image_info (
                  id TEXT PRIMARY KEY, repository TEXT, tag TEXT, digest TEXT, size INTEGER,
                  created_at TIMESTAMP, pulled_at TIMESTAMP DEFAULT %1$s)""".formatted(NOW), //$NON-NLS-1$
                "CREATE INDEX IF NOT EXISTS idx_container_info_instance ON container_info(instance_id)", //$NON-NLS-1$
                "CREATE INDEX IF NOT EXISTS idx_deployments_instance ON deployments(instance_id)"); //$NON-NLS-1$
    }

    private static void deploymentTasks(Connection c) throws SQLException {
        // The options a deployment ran with, so Retry runs it again the same way.
        addColumn(c, "deployments", "options", "TEXT"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        // The process running it: a 'running' deployment whose process is gone was cut off.
        addColumn(c, "deployments", "owner_pid", "INTEGER"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        addColumn(c, "deployments", "current_step", "TEXT"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        // What the instance was deployed with (repository, version, ports), as JSON.
        addColumn(c, "instances", "mode_options", "TEXT"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        execute(c, "CREATE INDEX IF NOT EXISTS idx_deployment_logs_deployment ON deployment_logs(deployment_id)"); //$NON-NLS-1$
    }

    private static void providerClients(Connection c) throws SQLException {
        // How MaiBot talks to the provider: openai, openai_responses or gemini (model_config.toml's client_type).
        addColumn(c, "api_providers", "client_type", "TEXT DEFAULT 'openai'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        // Set once the provider's key is in secure storage; api_key is then emptied (the old launcher kept it there).
        addColumn(c, "api_providers", "key_in_secure_storage", "BOOLEAN DEFAULT 0"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        addColumn(c, "api_providers", "balance_currency", "TEXT"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}
