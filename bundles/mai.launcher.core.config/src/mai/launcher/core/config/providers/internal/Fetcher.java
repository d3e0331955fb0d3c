package mai.launcher.core.config.providers.internal;

import java.net.URI;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;

import mai.launcher.core.config.providers.ProviderException;

/** GETs JSON: error statuses and non-JSON bodies become {@link ProviderException}s. */
final class Fetcher {

    /** A successful JSON answer. */
    record Answer(URI uri, int status, JsonNode json, byte[] body) {
    }

    private final Transport transport;

    Fetcher(Transport transport) {
        this.transport = transport;
    }

    Answer get(URI uri, Credentials credentials, Duration timeout) throws ProviderException {
        Transport.Response response = transport.get(uri, credentials.headers(), timeout);
        if (!response.ok()) {
            throw Failures.forStatus(response.status(), uri, response.body(), credentials.redactor());
        }
        JsonNode json = Json.parse(response.body()).orElse(null);
        if (json == null) {
            throw Failures.notJson(uri, response.status());
        }
        return new Answer(uri, response.status(), json, response.body());
    }
}
