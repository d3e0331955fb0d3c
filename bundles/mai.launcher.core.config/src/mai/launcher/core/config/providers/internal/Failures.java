package mai.launcher.core.config.providers.internal;

import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Optional;

import javax.net.ssl.SSLException;

import mai.launcher.core.config.providers.ProviderException;
import mai.launcher.core.config.providers.ProviderException.Kind;

/** Turns HTTP statuses and I/O failures into {@link ProviderException}s with a helpful sentence. */
final class Failures {

    private Failures() {
    }

    /** An error status; the provider's explanation in the body is added to the sentence. */
    static ProviderException forStatus(int status, URI uri, byte[] body, Redactor redactor) {
        String shown = BaseUrls.display(uri);
        String code = Integer.toString(status);
        Kind kind;
        String sentence;
        if (status == 401 || status == 403 || (status == 400 && ErrorBodies.isInvalidGoogleKey(body))) {
            kind = Kind.UNAUTHORIZED;
            sentence = Messages.format(Messages.http_unauthorized, code);
        } else if (status == 404) {
            kind = Kind.NOT_FOUND;
            sentence = Messages.format(Messages.http_notFound, shown);
        } else if (status == 429) {
            kind = Kind.RATE_LIMITED;
            sentence = Messages.format(Messages.http_rateLimited, code);
        } else if (status >= 500) {
            kind = Kind.SERVER_ERROR;
            sentence = Messages.format(Messages.http_serverError, code);
        } else if (status == 402) {
            kind = Kind.HTTP_ERROR;
            sentence = Messages.format(Messages.http_paymentRequired, code);
        } else {
            kind = Kind.HTTP_ERROR;
            sentence = Messages.format(Messages.http_other, code, shown);
        }
        Optional<String> said = ErrorBodies.message(body, redactor);
        return new ProviderException(kind, withProviderMessage(sentence, said), status, said.orElse(null), null, null);
    }

    /** A failure before any HTTP answer arrived. */
    static ProviderException forIo(Throwable failure, URI uri, Duration requestTimeout, Duration connectTimeout) {
        String shown = BaseUrls.display(uri);
        if (has(failure, HttpConnectTimeoutException.class)) {
            return timeout(uri, connectTimeout, failure);
        }
        if (has(failure, HttpTimeoutException.class)) {
            return timeout(uri, requestTimeout, failure);
        }
        String sentence;
        if (has(failure, UnresolvedAddressException.class) || has(failure, UnknownHostException.class)) {
            sentence = Messages.format(Messages.net_unknownHost, uri.getHost());
        } else if (has(failure, SSLException.class)) {
            sentence = Messages.format(Messages.net_tls, shown);
        } else if (has(failure, ConnectException.class)) {
            sentence = Messages.format(Messages.net_refused, shown);
        } else {
            sentence = Messages.format(Messages.net_failed, shown);
        }
        return new ProviderException(Kind.UNREACHABLE, sentence, 0, null, null, failure);
    }

    /** No answer in time. */
    static ProviderException timeout(URI uri, Duration timeout, Throwable cause) {
        String sentence = Messages.format(Messages.net_timeout, BaseUrls.display(uri), Durations.format(timeout));
        return new ProviderException(Kind.TIMEOUT, sentence, 0, null, null, cause);
    }

    /** The waiting thread was interrupted. */
    static ProviderException cancelled(URI uri, Throwable cause) {
        String sentence = Messages.format(Messages.net_cancelled, BaseUrls.display(uri));
        return new ProviderException(Kind.CANCELLED, sentence, 0, null, null, cause);
    }

    /** A successful status with a body that is not JSON. */
    static ProviderException notJson(URI uri, int status) {
        String sentence = Messages.format(Messages.response_notJson, BaseUrls.display(uri));
        return new ProviderException(Kind.BAD_RESPONSE, sentence, status, null, null, null);
    }

    /**
     * JSON of an unexpected shape.
     *
     * @param expected        one of the {@code response_expect*} messages
     * @param providerMessage the provider's explanation found in the body, already cleaned
     */
    static ProviderException shape(URI uri, int status, String expected, Optional<String> providerMessage) {
        String sentence = Messages.format(Messages.response_shape, BaseUrls.display(uri),
                Messages.format(expected));
        return new ProviderException(Kind.BAD_RESPONSE, withProviderMessage(sentence, providerMessage), status,
                providerMessage.orElse(null), null, null);
    }

    /** The key cannot be put into an HTTP header. */
    static ProviderException invalidKey() {
        return new ProviderException(Kind.UNAUTHORIZED, Messages.format(Messages.key_invalidChars), 0, null, null,
                null);
    }

    /** The same failure, with a base URL that was found to work. */
    static ProviderException withSuggestion(ProviderException failure, String baseUrl) {
        String sentence = failure.getMessage() + " " + Messages.format(Messages.hint_useBaseUrl, baseUrl); //$NON-NLS-1$
        return new ProviderException(failure.kind(), sentence, failure.httpStatus().orElse(0),
                failure.providerMessage().orElse(null), baseUrl, failure.getCause());
    }

    private static String withProviderMessage(String sentence, Optional<String> said) {
        return said.map(s -> Messages.format(Messages.provider_says, sentence, s)).orElse(sentence);
    }

    private static boolean has(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
