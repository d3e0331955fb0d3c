package mai.launcher.core.config.providers.internal;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import mai.launcher.core.config.providers.ClientType;
import mai.launcher.core.config.providers.Endpoint;
import mai.launcher.core.config.providers.ModelInfo;
import mai.launcher.core.config.providers.ProviderException;

/** Lists the models of OpenAI-compatible and Gemini endpoints. */
final class ModelListing {

    /** Gemini's largest page. */
    private static final int GEMINI_PAGE_SIZE = 1000;

    /** Guards against a server that keeps handing out page tokens. */
    private static final int MAX_PAGES = 50;

    private final Fetcher fetcher;

    ModelListing(Fetcher fetcher) {
        this.fetcher = fetcher;
    }

    List<ModelInfo> models(Endpoint endpoint, String apiKey, Duration timeout) throws ProviderException {
        if (endpoint.clientType() == ClientType.GEMINI) {
            return gemini(endpoint, Credentials.google(apiKey), timeout);
        }
        Credentials credentials = Credentials.bearer(apiKey);
        try {
            return openAi(BaseUrls.modelsUri(endpoint), credentials, timeout);
        } catch (ProviderException failure) {
            throw withSuggestion(failure, endpoint, credentials, timeout);
        }
    }

    private List<ModelInfo> openAi(URI uri, Credentials credentials, Duration timeout) throws ProviderException {
        Fetcher.Answer answer = fetcher.get(uri, credentials, timeout);
        return OpenAiModels.parse(answer.json()).orElseThrow(() -> Failures.shape(uri, answer.status(),
                Messages.response_expectModels, ErrorBodies.message(answer.body(), credentials.redactor())));
    }

    /**
     * A base URL without a version segment that is not found, or answers with a web page, is often
     * missing {@code /v1}: when {@code {base}/v1/models} is a model list, the error says so.
     */
    private ProviderException withSuggestion(ProviderException failure, Endpoint endpoint, Credentials credentials,
            Duration timeout) {
        boolean likelyMissingVersion = failure.kind() == ProviderException.Kind.NOT_FOUND
                || failure.kind() == ProviderException.Kind.BAD_RESPONSE;
        if (!likelyMissingVersion || BaseUrls.hasVersionSegment(endpoint)) {
            return failure;
        }
        String alternative = BaseUrls.root(endpoint) + "/v1"; //$NON-NLS-1$
        try {
            openAi(URI.create(alternative + "/models"), credentials, timeout); //$NON-NLS-1$
            return Failures.withSuggestion(failure, alternative);
        } catch (ProviderException probeFailed) {
            return failure;
        }
    }

    private List<ModelInfo> gemini(Endpoint endpoint, Credentials credentials, Duration timeout)
            throws ProviderException {
        List<ModelInfo> models = new ArrayList<>();
        Optional<String> token = Optional.empty();
        for (int page = 0; page < MAX_PAGES; page++) {
            URI uri = geminiPage(endpoint, token);
            Fetcher.Answer answer = fetcher.get(uri, credentials, timeout);
            GeminiModels.Page result = GeminiModels.parse(answer.json()).orElseThrow(() -> Failures.shape(uri,
                    answer.status(), Messages.response_expectModels,
                    ErrorBodies.message(answer.body(), credentials.redactor())));
            models.addAll(result.models());
            if (result.nextPageToken().isEmpty() || result.nextPageToken().equals(token)) {
                break;
            }
            token = result.nextPageToken();
        }
        return models;
    }

    private static URI geminiPage(Endpoint endpoint, Optional<String> token) {
        String query = "?pageSize=" + GEMINI_PAGE_SIZE //$NON-NLS-1$
                + token.map(t -> "&pageToken=" + URLEncoder.encode(t, StandardCharsets.UTF_8)).orElse(""); //$NON-NLS-1$ //$NON-NLS-2$
        return URI.create(BaseUrls.modelsUri(endpoint) + query);
    }
}
