package mai.launcher.core.config.providers;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A request to a provider failed. {@link #getMessage()} is a sentence for the person using the
 * launcher that says what went wrong and what to do, in the launcher's language; it includes the
 * provider's own explanation when the provider sent one. The API key never appears in it.
 *
 * @since 0.1
 * @noextend This class is not intended to be subclassed by clients.
 */
public final class ProviderException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What kind of failure this is, for code that reacts differently to each. */
    public enum Kind {
        /** The key was refused (HTTP 401 or 403, or Gemini's "API key not valid"). */
        UNAUTHORIZED,
        /** The address does not exist on the server (HTTP 404): usually a wrong base URL. */
        NOT_FOUND,
        /** Too many requests (HTTP 429). */
        RATE_LIMITED,
        /** The provider failed (HTTP 5xx). */
        SERVER_ERROR,
        /** Any other HTTP error status, for example 400 or 402. */
        HTTP_ERROR,
        /** No answer within the time allowed. */
        TIMEOUT,
        /** No connection: refused, unknown host name, TLS failure or a broken network. */
        UNREACHABLE,
        /** The answer was not JSON, or not of the expected shape. */
        BAD_RESPONSE,
        /** The waiting thread was interrupted. */
        CANCELLED
    }

    private final Kind kind;

    private final int httpStatus;

    private final String providerMessage;

    private final String suggestedBaseUrl;

    /**
     * Creates an exception.
     *
     * @param kind             the kind of failure
     * @param message          the sentence for the user; must not contain the API key
     * @param httpStatus       the HTTP status, or 0 when there was no HTTP answer
     * @param providerMessage  the provider's own explanation, already shortened and cleared of the
     *                         key, or {@code null}
     * @param suggestedBaseUrl a base URL that was found to work, or {@code null}
     * @param cause            the technical cause, or {@code null}
     */
    public ProviderException(Kind kind, String message, int httpStatus, String providerMessage,
            String suggestedBaseUrl, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause); //$NON-NLS-1$
        this.kind = Objects.requireNonNull(kind, "kind"); //$NON-NLS-1$
        this.httpStatus = httpStatus;
        this.providerMessage = providerMessage;
        this.suggestedBaseUrl = suggestedBaseUrl;
    }

    /**
     * The kind of failure.
     *
     * @return the kind
     */
    public Kind kind() {
        return kind;
    }

    /**
     * The HTTP status the provider answered with.
     *
     * @return the status, or empty when no HTTP answer was received
     */
    public OptionalInt httpStatus() {
        return httpStatus == 0 ? OptionalInt.empty() : OptionalInt.of(httpStatus);
    }

    /**
     * The provider's own explanation (from {@code {"error":{"message":...}}} and similar), shortened
     * and with the API key blanked out. It is also part of {@link #getMessage()}.
     *
     * @return the explanation, if the provider sent one
     */
    public Optional<String> providerMessage() {
        return Optional.ofNullable(providerMessage);
    }

    /**
     * A base URL that answered where the configured one failed, for example the configured URL with
     * {@code /v1} added. A UI may offer to use it.
     *
     * @return the suggestion, if one was found
     */
    public Optional<String> suggestedBaseUrl() {
        return Optional.ofNullable(suggestedBaseUrl);
    }
}
