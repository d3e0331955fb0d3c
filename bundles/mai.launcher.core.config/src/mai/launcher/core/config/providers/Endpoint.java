package mai.launcher.core.config.providers;

import java.util.Objects;
import java.util.Optional;

import mai.launcher.core.config.providers.internal.BaseUrls;

/**
 * Where a provider is reached: the {@code base_url} and {@code client_type} of an
 * {@code [[api_providers]]} entry. The API key is deliberately not part of it, so an endpoint can be
 * shown, logged and compared freely.
 * <p>
 * <b>How URLs are built from the base URL</b> (the same way MaiBot does, so what works here works
 * in the bot):
 * <ul>
 * <li>Blanks around the base URL and trailing {@code /} are dropped.</li>
 * <li>{@link ClientType#OPENAI} and {@link ClientType#OPENAI_RESPONSES}: MaiBot hands
 * {@code base_url} unchanged to the OpenAI SDK, which appends {@code /models},
 * {@code /chat/completions}, ... to it. So {@code https://api.deepseek.com/v1} lists models at
 * {@code https://api.deepseek.com/v1/models}, and {@code https://api.deepseek.com} at
 * {@code https://api.deepseek.com/models}. Nothing is added: when a provider needs {@code /v1}, the
 * base URL must carry it. When the listing fails at a base URL without a version segment but works
 * with {@code /v1} added, the error says so ({@link ProviderException#suggestedBaseUrl()}).</li>
 * <li>{@link ClientType#GEMINI}: MaiBot treats a last path segment starting with {@code v} (for
 * example {@code v1beta}) as the API version; otherwise the Google SDK uses {@code v1beta}. So
 * {@code https://generativelanguage.googleapis.com/v1beta} and
 * {@code https://generativelanguage.googleapis.com} both list models at
 * {@code https://generativelanguage.googleapis.com/v1beta/models}.</li>
 * </ul>
 *
 * @param baseUrl    the base URL, validated by {@link #checkBaseUrl(String)} and stripped of
 *                   surrounding blanks
 * @param clientType the wire protocol
 * @since 0.1
 */
public record Endpoint(String baseUrl, ClientType clientType) {

    /**
     * Creates an endpoint.
     *
     * @throws IllegalArgumentException with a sentence for the user when the base URL is not
     *                                  acceptable (see {@link #checkBaseUrl(String)})
     */
    public Endpoint {
        Objects.requireNonNull(baseUrl, "baseUrl"); //$NON-NLS-1$
        Objects.requireNonNull(clientType, "clientType"); //$NON-NLS-1$
        Optional<String> problem = BaseUrls.problem(baseUrl);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
        baseUrl = baseUrl.strip();
    }

    /**
     * Checks a base URL as typed by a user: it must be an {@code http} or {@code https} address with
     * a host name, without {@code ?query} or {@code #fragment}, and must not already end in a path
     * that MaiBot adds itself (such as {@code /chat/completions} or {@code /models}).
     *
     * @param baseUrl the text typed, may be {@code null}
     * @return empty when acceptable, else a sentence telling the user what to change
     */
    public static Optional<String> checkBaseUrl(String baseUrl) {
        return BaseUrls.problem(baseUrl);
    }
}
