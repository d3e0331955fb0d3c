package mai.launcher.core.config.providers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each failure kind, produced by a real server (or a real closed port) on 127.0.0.1. */
class ErrorsTest {

    private static final String KEY = "sk-errors-0123456789";

    private TestServer server;

    private ProviderClient client;

    @BeforeEach
    void start() throws Exception {
        server = TestServer.start();
        client = ProviderClient.create(ProviderClientSettings.of(Duration.ofSeconds(2)));
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    private ProviderException failure(Duration timeout) {
        Endpoint endpoint = new Endpoint(server.url("/v1"), ClientType.OPENAI);
        return assertThrows(ProviderException.class, () -> client.models(endpoint, KEY, timeout));
    }

    private ProviderException failure() {
        return failure(Duration.ofSeconds(5));
    }

    @Test
    void unauthorizedWithTheProvidersOwnMessage() {
        server.json("/v1/models", 401, """
                {"error":{"message":"Authentication Fails (no such user)","type":"authentication_error",
                 "param":null,"code":"invalid_request_error"}}""");
        ProviderException e = failure();
        assertEquals(ProviderException.Kind.UNAUTHORIZED, e.kind());
        assertEquals(OptionalInt.of(401), e.httpStatus());
        assertEquals(Optional.of("Authentication Fails (no such user)"), e.providerMessage());
        assertEquals("The provider refused the API key (HTTP 401). Check the key for this provider, that it is still"
                + " valid, and that it may use this endpoint. The provider says: Authentication Fails (no such user)",
                e.getMessage());
    }

    @Test
    void forbiddenIsUnauthorizedToo() {
        server.reply("/v1/models", 403, "text/plain", "Forbidden");
        ProviderException e = failure();
        assertEquals(ProviderException.Kind.UNAUTHORIZED, e.kind());
        assertEquals(Optional.of("Forbidden"), e.providerMessage(), "short plain text counts as the message");
    }

    @Test
    void notFoundNamesTheUrl() {
        ProviderException e = failure();
        assertEquals(ProviderException.Kind.NOT_FOUND, e.kind());
        assertEquals("Nothing was found at " + server.url("/v1/models") + " (HTTP 404). Check the base URL: MaiBot"
                + " adds paths such as /models and /chat/completions to it, so it usually ends in /v1.", e.getMessage());
        assertEquals(Optional.empty(), e.providerMessage());
    }

    @Test
    void rateLimited() {
        server.json("/v1/models", 429, "{\"error\":{\"message\":\"Rate limit reached for requests\"}}");
        ProviderException e = failure();
        assertEquals(ProviderException.Kind.RATE_LIMITED, e.kind());
        assertTrue(e.getMessage().startsWith("The provider is limiting requests (HTTP 429). Wait a minute"),
                e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(ints = { 500, 502, 503 })
    void serverErrors(int status) {
        server.reply("/v1/models", status, "text/html", "<html><body>Bad Gateway</body></html>");
        ProviderException e = failure();
        assertEquals(ProviderException.Kind.SERVER_ERROR, e.kind());
        assertEquals("The provider had an internal problem (HTTP " + status + "). Try again later; if it persists,"
                + " check the provider's status page.", e.getMessage(), "'' is one apostrophe; HTML is not quoted");
    }

    @Test
    void paymentRequiredAndOtherStatuses() {
        server.json("/v1/models", 402, "{\"error\":{\"message\":\"Insufficient Balance\"}}");
        ProviderException e = failure();
        assertEquals(ProviderException.Kind.HTTP_ERROR, e.kind());
        assertTrue(e.getMessage().startsWith("The provider says the account has no credit left (HTTP 402)."));

        server.json("/v2/models", 400, "{\"detail\":\"bad request\"}");
        Endpoint endpoint = new Endpoint(server.url("/v2"), ClientType.OPENAI);
        ProviderException other = assertThrows(ProviderException.class,
                () -> client.models(endpoint, KEY, Duration.ofSeconds(5)));
        assertEquals(ProviderException.Kind.HTTP_ERROR, other.kind());
        assertEquals("The provider answered " + server.url("/v2/models") + " with HTTP 400. Check the base URL,"
                + " the client type and the key. The provider says: bad request", other.getMessage());
    }

    @Test
    void aServerThatNeverAnswersTimesOut() {
        server.hang("/v1/models");
        long start = System.nanoTime();
        ProviderException e = failure(Duration.ofMillis(300));
        long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertEquals(ProviderException.Kind.TIMEOUT, e.kind());
        assertEquals("No answer from " + server.url("/v1/models") + " within 300 ms. Check the address, or your"
                + " proxy, or try again later.", e.getMessage());
        assertTrue(elapsedMillis < 2000, "took " + elapsedMillis + " ms");
    }

    @Test
    void aClosedPortIsUnreachable() throws Exception {
        String base = "http://127.0.0.1:" + TestServer.closedPort() + "/v1";
        ProviderException e = assertThrows(ProviderException.class,
                () -> client.models(new Endpoint(base, ClientType.OPENAI), KEY, Duration.ofSeconds(2)));
        assertEquals(ProviderException.Kind.UNREACHABLE, e.kind());
        assertEquals("Could not connect to " + base + "/models: nothing is listening there. Check the address and"
                + " port, and that the service is running.", e.getMessage());
        assertEquals(OptionalInt.empty(), e.httpStatus());
    }

    @Test
    void aBodyThatIsNotJsonIsABadResponse() {
        server.reply("/v1/models", 200, "text/plain", "OK models: deepseek-chat");
        ProviderException e = failure();
        assertEquals(ProviderException.Kind.BAD_RESPONSE, e.kind());
        assertEquals(server.url("/v1/models") + " did not answer with JSON. The base URL probably points to a web"
                + " page instead of the API.", e.getMessage());
        assertEquals(OptionalInt.of(200), e.httpStatus());
    }

    @Test
    void longProviderMessagesAreShortened() {
        String longText = "x".repeat(500);
        server.json("/v1/models", 500, "{\"error\":{\"message\":\"" + longText + "\"}}");
        String said = failure().providerMessage().orElseThrow();
        assertEquals("x".repeat(200) + "\u2026", said);
    }

    @Test
    void aKeyWithLineBreaksIsRefusedBeforeSending() {
        Endpoint endpoint = new Endpoint(server.url("/v1"), ClientType.OPENAI);
        ProviderException e = assertThrows(ProviderException.class,
                () -> client.models(endpoint, "sk-abc\ndef-0123456789", Duration.ofSeconds(1)));
        assertEquals(ProviderException.Kind.UNAUTHORIZED, e.kind());
        assertTrue(e.getMessage().startsWith("The API key contains characters that cannot be sent"));
        assertTrue(server.requests().isEmpty());
    }

    @Test
    void interruptingTheCallerCancels() throws Exception {
        server.hang("/v1/models");
        Endpoint endpoint = new Endpoint(server.url("/v1"), ClientType.OPENAI);
        CompletableFuture<ProviderException> result = new CompletableFuture<>();
        AtomicBoolean flagKept = new AtomicBoolean();
        Thread caller = new Thread(() -> {
            try {
                client.models(endpoint, KEY, Duration.ofSeconds(10));
                result.complete(null);
            } catch (ProviderException e) {
                flagKept.set(Thread.currentThread().isInterrupted());
                result.complete(e);
            }
        });
        caller.start();
        while (server.requests().isEmpty()) {
            Thread.sleep(10);
        }
        caller.interrupt();
        ProviderException e = result.get(5, TimeUnit.SECONDS);
        assertEquals(ProviderException.Kind.CANCELLED, e.kind());
        assertTrue(flagKept.get(), "the interrupt flag is kept");
    }
}
