/**
 * MaiBot-specific configuration on top of the format-preserving TOML engine: where an instance's
 * files are ({@link mai.launcher.core.config.maibot.InstanceFiles}), typed access to the keys a
 * launcher manages ({@link mai.launcher.core.config.maibot.ManagedSettings}), the rules of
 * {@code model_config.toml} ({@link mai.launcher.core.config.maibot.ModelRules}), its API providers
 * ({@link mai.launcher.core.config.maibot.ModelConfigProviders}), MaiBot 0.x {@code .env} files
 * ({@link mai.launcher.core.config.maibot.DotEnvFile}) and the NapCat ↔ adapter ↔ MaiBot wiring
 * check ({@link mai.launcher.core.config.maibot.WiringCheck}).
 *
 * <p>No library type (tomlj, Jackson) appears in this package. Every sentence meant for people
 * comes from an NLS message class, in English or Simplified Chinese.
 *
 * @since 0.1
 */
package mai.launcher.core.config.maibot;
