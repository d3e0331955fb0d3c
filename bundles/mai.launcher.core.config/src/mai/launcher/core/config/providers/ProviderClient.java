package mai.launcher.core.config.providers;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import mai.launcher.core.config.providers.internal.HttpProviderClient;

/**
 * Asks an LLM API provider which models it offers and how much money is left on the account.
 * <p>
 * Calls block until the answer arrives or {@code timeout} elapses, so run them off the UI thread.
 * Interrupting the calling thread abandons the request ({@link ProviderException.Kind#CANCELLED}).
 * One client may be shared by many threads; {@link #close()} it when done.
 * <p>
 * The API key is sent as {@code Authorization: Bearer KEY} (OpenAI-compatible) or as the header
 * {@code x-goog-api-key} (Gemini), never in the URL, and is never part of an exception message. A
 * blank key sends no credentials (for local servers such as Ollama).
 *
 * @since 0.1
 * @noimplement This interface is not intended to be implemented by clients.
 */
public interface ProviderClient extends AutoCloseable {

    /**
     * Creates a client over {@link java.net.http.HttpClient}: HTTP/2 where an https server offers
     * it, HTTP/1.1 otherwise; up to five redirects followed, never from https to http, and without
     * the key once a redirect leaves the scheme, host and port of the request.
     *
     * @param settings connect timeout and proxy
     * @return a new client
     */
    static ProviderClient create(ProviderClientSettings settings) {
        return new HttpProviderClient(settings);
    }

    /**
     * Lists the models of a provider: {@code GET {base}/models} for OpenAI-compatible endpoints,
     * Google's model list (all pages) for Gemini. See {@link Endpoint} for how the URL is built.
     *
     * @param endpoint where the provider is
     * @param apiKey   the key, blank for none
     * @param timeout  the longest wait for each HTTP request
     * @return the models in the provider's order
     * @throws ProviderException when the request or the answer fails
     */
    List<ModelInfo> models(Endpoint endpoint, String apiKey, Duration timeout) throws ProviderException;

    /**
     * Reads the account balance of a provider recognised by its host name (see
     * {@link BalanceKind#detect(String)}).
     *
     * @param endpoint where the provider is
     * @param apiKey   the key
     * @param timeout  the longest wait for each HTTP request
     * @return the balance, or empty when the provider has no known balance endpoint (show
     *         {@link ProviderTexts#balanceNotSupported()}, not an error)
     * @throws ProviderException when the request or the answer fails
     */
    Optional<Balance> balance(Endpoint endpoint, String apiKey, Duration timeout) throws ProviderException;

    /**
     * Reads the account balance using an explicitly chosen provider kind, for relays and mirrors
     * whose host name is not recognised. The request goes to the endpoint's scheme, host and port.
     *
     * @param endpoint where the provider is
     * @param apiKey   the key
     * @param kind     which provider's balance API to speak
     * @param timeout  the longest wait for each HTTP request
     * @return the balance; empty only when the provider says no balance is available to this key
     *         (an OpenRouter key without a spending limit, when the account credits need a
     *         management key)
     * @throws ProviderException when the request or the answer fails
     */
    Optional<Balance> balance(Endpoint endpoint, String apiKey, BalanceKind kind, Duration timeout)
            throws ProviderException;

    /** Releases the connections and threads of this client. */
    @Override
    void close();
}
