package mai.launcher.core.config.providers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import mai.launcher.core.config.providers.ProviderException.Kind;

/**
 * The API key never shows in an exception: not in the message, {@code toString()}, the provider's
 * quoted message, nor anywhere in the printed stack trace with its causes, for every kind of
 * failure, even when the provider's error body repeats the key.
 */
class KeyLeakTest {

    private static final String KEY = "sk-LEAKCHECK-9f8e7d6c5b4a3210";

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    /** Sets up the server, calls the client and returns what it threw. */
    interface Scenario {
        ProviderException run(TestServer server, ProviderClient client) throws Exception;
    }

    record Case(String name, Kind kind, boolean sendsRequest, Scenario scenario) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final List<Case> CASES = List.of(
            status("401 quoting the key", 401, "{\"error\":{\"message\":\"Incorrect API key provided: " + KEY + "\"}}",
                    Kind.UNAUTHORIZED),
            status("403 plain text", 403, "key " + KEY + " is forbidden", Kind.UNAUTHORIZED),
            status("404", 404, "{\"message\":\"no route for " + KEY + "\"}", Kind.NOT_FOUND),
            status("429", 429, "{\"error\":\"" + KEY + " is rate limited\"}", Kind.RATE_LIMITED),
            status("500", 500, "{\"msg\":\"crashed on " + KEY + "\"}", Kind.SERVER_ERROR),
            status("402", 402, "{\"detail\":\"" + KEY + " has no money\"}", Kind.HTTP_ERROR),
            status("200 not JSON", 200, "<html>" + KEY + "</html>", Kind.BAD_RESPONSE),
            status("200 wrong shape", 200, "{\"object\":\"list\",\"message\":\"" + KEY + "\"}", Kind.BAD_RESPONSE),
            new Case("gemini 400 invalid key", Kind.UNAUTHORIZED, true, (server, client) -> {
                server.json("/v1beta/models", 400, "{\"error\":{\"code\":400,\"message\":\"API key " + KEY
                        + " not valid\",\"details\":[{\"reason\":\"API_KEY_INVALID\"}]}}");
                return call(() -> client.models(new Endpoint(server.url("/v1beta"), ClientType.GEMINI), KEY, TIMEOUT));
            }),
            new Case("timeout", Kind.TIMEOUT, true, (server, client) -> {
                server.hang("/v1/models");
                return call(() -> client.models(openAi(server), KEY, Duration.ofMillis(300)));
            }),
            new Case("closed port", Kind.UNREACHABLE, false, (server, client) -> {
                Endpoint closed = new Endpoint("http://127.0.0.1:" + TestServer.closedPort() + "/v1", ClientType.OPENAI);
                return call(() -> client.models(closed, KEY, TIMEOUT));
            }),
            new Case("balance body error", Kind.BAD_RESPONSE, true, (server, client) -> {
                server.json("/v1/user/info", 200, "{\"code\":40001,\"message\":\"bad key " + KEY + "\"}");
                return call(() -> client.balance(openAi(server), KEY, BalanceKind.SILICONFLOW, TIMEOUT));
            }),
            new Case("openrouter fallback refused", Kind.UNAUTHORIZED, true, (server, client) -> {
                server.json("/api/v1/credits", 403, "{\"error\":{\"message\":\"" + KEY + "\"}}");
                server.json("/api/v1/key", 401, "{\"error\":{\"message\":\"" + KEY + "\"}}");
                return call(() -> client.balance(openAi(server), KEY, BalanceKind.OPENROUTER, TIMEOUT));
            }),
            new Case("key with a line break", Kind.UNAUTHORIZED, false, (server, client) -> call(
                    () -> client.models(openAi(server), KEY + "\nsecond-line", TIMEOUT))),
            new Case("cancelled", Kind.CANCELLED, false, (server, client) -> {
                server.hang("/v1/models");
                Thread.currentThread().interrupt();
                try {
                    return call(() -> client.models(openAi(server), KEY, TIMEOUT));
                } finally {
                    Thread.interrupted();
                }
            }));

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

    static List<Case> cases() {
        return CASES;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void keyNeverLeaks(Case c) throws Exception {
        ProviderException e = c.scenario().run(server, client);
        assertEquals(c.kind(), e.kind(), e.getMessage());

        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        for (String text : List.of(e.getMessage(), e.getLocalizedMessage(), e.toString(), trace.toString(),
                e.providerMessage().orElse(""), e.suggestedBaseUrl().orElse(""))) {
            assertFalse(text.contains(KEY), () -> c.name() + " leaks the key: " + text);
            assertFalse(text.contains(KEY.substring(3, 15)), () -> c.name() + " leaks part of the key: " + text);
        }
        if (c.sendsRequest()) {
            assertTrue(server.requests().stream().anyMatch(r -> (KEY.equals(r.header("x-goog-api-key"))
                    || ("Bearer " + KEY).equals(r.header("Authorization")))), "the key was really sent");
        }
    }

    @Test
    void everyKindIsCovered() {
        Set<Kind> covered = CASES.stream().map(Case::kind).collect(Collectors.toCollection(() -> EnumSet.noneOf(Kind.class)));
        assertEquals(EnumSet.allOf(Kind.class), covered);
    }

    @Test
    void publicTypesDoNotShowTheKey() throws Exception {
        Endpoint endpoint = new Endpoint(server.url("/v1"), ClientType.OPENAI);
        assertFalse(endpoint.toString().contains(KEY));
        assertFalse(client.toString().contains(KEY));
    }

    private static Case status(String name, int status, String body, Kind kind) {
        return new Case(name, kind, true, (server, client) -> {
            server.reply("/v1/models", status, body.startsWith("{") ? "application/json" : "text/html", body);
            return call(() -> client.models(openAi(server), KEY, TIMEOUT));
        });
    }

    private static Endpoint openAi(TestServer server) {
        return new Endpoint(server.url("/v1"), ClientType.OPENAI);
    }

    private static ProviderException call(org.junit.jupiter.api.function.Executable call) {
        return assertThrows(ProviderException.class, call);
    }
}
