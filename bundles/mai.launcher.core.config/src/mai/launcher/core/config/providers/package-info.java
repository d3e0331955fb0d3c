/**
 * Talking to the LLM API providers named in MaiBot's {@code model_config.toml}
 * ({@code [[api_providers]]}): listing the models a provider offers and reading the account
 * balance where the provider has an endpoint for it.
 * <p>
 * Entry point: {@link mai.launcher.core.config.providers.ProviderClient#create(ProviderClientSettings)}.
 * Every failure is a checked {@link mai.launcher.core.config.providers.ProviderException} whose
 * message is a sentence for the person using the launcher (English or Simplified Chinese); the API
 * key never appears in a message, a {@code toString()} or a log line.
 * <p>
 * No JSON or HTTP library type appears in this package.
 *
 * @since 0.1
 */
package mai.launcher.core.config.providers;
