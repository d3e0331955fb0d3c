package mai.launcher.core.config.providers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Model lists from real HTTP servers on 127.0.0.1 playing OpenAI-compatible and Gemini providers. */
class ModelsTest {

    private static final String KEY = "sk-test-0123456789abcdef";

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private static final String DEEPSEEK_MODELS = """
            {"object":"list","data":[
              {"id":"deepseek-chat","object":"model","owned_by":"deepseek"},
              {"id":"deepseek-reasoner","object":"model","owned_by":"deepseek"}]}""";

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

    private List<ModelInfo> models(String base, ClientType type) throws ProviderException {
        return client.models(new Endpoint(base, type), KEY, TIMEOUT);
    }

    @Test
    void listsOpenAiCompatibleModelsWithBearerKey() throws Exception {
        server.json("/v1/models", 200, DEEPSEEK_MODELS);
        List<ModelInfo> models = models(server.url("/v1"), ClientType.OPENAI);

        assertEquals(List.of("deepseek-chat", "deepseek-reasoner"), models.stream().map(ModelInfo::id).toList());
        assertEquals("deepseek", models.get(0).ownedBy());
        assertEquals(Optional.empty(), models.get(0).created());
        assertEquals(Set.of(), models.get(0).capabilities());
        TestServer.Seen request = server.onlyRequest();
        assertEquals("GET", request.method());
        assertEquals("/v1/models", request.path());
        assertNull(request.query());
        assertEquals("Bearer " + KEY, request.header("Authorization"));
        assertEquals("application/json", request.header("Accept"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "/v1", "/v1/", "/v1//", " /v1 " })
    void trailingSlashesAndBlanksAreIgnored(String suffix) throws Exception {
        server.json("/v1/models", 200, DEEPSEEK_MODELS);
        String base = suffix.startsWith(" ") ? " " + server.url(suffix.strip()) + " " : server.url(suffix);
        assertEquals(2, models(base, ClientType.OPENAI_RESPONSES).size());
        assertEquals("/v1/models", server.onlyRequest().path());
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "/" })
    void baseWithoutVersionIsUsedAsIs(String suffix) throws Exception {
        // MaiBot 1.x's default DeepSeek base URL is https://api.deepseek.com, which serves /models.
        server.json("/models", 200, DEEPSEEK_MODELS);
        assertEquals(2, models(server.url(suffix), ClientType.OPENAI).size());
        assertEquals("/models", server.onlyRequest().path());
    }

    @Test
    void missingV1IsSuggestedWhenTheServerAnswersThere() throws Exception {
        server.json("/v1/models", 200, DEEPSEEK_MODELS);
        ProviderException e = assertThrows(ProviderException.class, () -> models(server.url(""), ClientType.OPENAI));

        assertEquals(ProviderException.Kind.NOT_FOUND, e.kind());
        assertEquals(Optional.of(server.url("/v1")), e.suggestedBaseUrl());
        assertTrue(e.getMessage().startsWith("Nothing was found at " + server.url("/models") + " (HTTP 404)."),
                e.getMessage());
        assertTrue(e.getMessage().endsWith("The server does answer with the base URL " + server.url("/v1")
                + ": use that instead."), e.getMessage());
        assertEquals(List.of("/models", "/v1/models"), server.requests().stream().map(TestServer.Seen::path).toList());
    }

    @Test
    void webPageInsteadOfApiSuggestsV1() throws Exception {
        // Relay panels (one-api, new-api) answer unknown paths with their web page and status 200.
        server.reply("/models", 200, "text/html", "<!doctype html><html><body>panel</body></html>");
        server.json("/v1/models", 200, DEEPSEEK_MODELS);
        ProviderException e = assertThrows(ProviderException.class, () -> models(server.url(""), ClientType.OPENAI));

        assertEquals(ProviderException.Kind.BAD_RESPONSE, e.kind());
        assertEquals(Optional.of(server.url("/v1")), e.suggestedBaseUrl());
        assertTrue(e.getMessage().startsWith(server.url("/models") + " did not answer with JSON."), e.getMessage());
    }

    @Test
    void noSuggestionWhenTheBaseAlreadyHasAVersion() throws Exception {
        ProviderException e = assertThrows(ProviderException.class,
                () -> models(server.url("/api/v3"), ClientType.OPENAI));
        assertEquals(ProviderException.Kind.NOT_FOUND, e.kind());
        assertEquals(Optional.empty(), e.suggestedBaseUrl());
        assertEquals(1, server.requests().size());
    }

    @Test
    void readsOpenRouterDetails() throws Exception {
        server.json("/api/v1/models", 200, """
                {"data":[{"id":"openai/gpt-4o","name":"OpenAI: GPT-4o","created":1715367049,
                  "context_length":128000,
                  "architecture":{"modality":"text+image->text","input_modalities":["text","image"],
                                  "output_modalities":["text"]},
                  "pricing":{"prompt":"0.0000025","completion":"0.00001","request":"0"},
                  "top_provider":{"context_length":128000,"max_completion_tokens":16384},
                  "supported_parameters":["tools","tool_choice","max_tokens","reasoning"]},
                 {"id":"openrouter/auto","name":"Auto Router","created":1699401600,
                  "pricing":{"prompt":"-1","completion":"-1"},"top_provider":{"context_length":2000000}}]}""");
        List<ModelInfo> models = models(server.url("/api/v1"), ClientType.OPENAI);

        ModelInfo gpt = models.get(0);
        assertEquals("openai/gpt-4o", gpt.id());
        assertEquals("", gpt.ownedBy());
        assertEquals(Optional.of("OpenAI: GPT-4o"), gpt.displayName());
        assertEquals(Optional.of(Instant.ofEpochSecond(1715367049)), gpt.created());
        assertEquals(OptionalLong.of(128000), gpt.contextLength());
        assertEquals(OptionalLong.of(16384), gpt.maxOutputTokens());
        assertEquals(Optional.of(new Pricing(new BigDecimal("2.5"), new BigDecimal("10"), "USD")), gpt.pricing());
        assertEquals(Set.of(Capability.VISION, Capability.FUNCTION_CALLING, Capability.REASONING), gpt.capabilities());

        ModelInfo auto = models.get(1);
        assertEquals(Optional.empty(), auto.pricing(), "variable prices (-1) are not prices");
        assertEquals(OptionalLong.of(2000000), auto.contextLength());
        assertEquals(OptionalLong.empty(), auto.maxOutputTokens());
    }

    @Test
    void readsMoonshotSiliconFlowOllamaVllmAndGroqVariants() throws Exception {
        server.json("/v1/models", 200, """
                {"object":"list","data":[
                  {"id":"kimi-k2.5","object":"model","created":1769000000,"owned_by":"moonshot",
                   "context_length":262144,"supports_image_in":true,"supports_reasoning":true},
                  {"id":"Qwen/Qwen3-8B","object":"model","created":0,"owned_by":""},
                  {"id":"qwen2.5:7b","object":"model","created":1730000000,"owned_by":"library"},
                  {"id":"meta-llama/Llama-3.1-8B","object":"model","created":1730000000123,"max_model_len":32768},
                  {"id":"llama-3.3-70b-versatile","owned_by":"Meta","context_window":131072,"active":true},
                  {"id":"mistral-large","capabilities":{"completion_chat":true,"function_calling":true,"vision":false}},
                  {"object":"model"}]}""");
        List<ModelInfo> models = models(server.url("/v1"), ClientType.OPENAI);

        assertEquals(List.of("kimi-k2.5", "Qwen/Qwen3-8B", "qwen2.5:7b", "meta-llama/Llama-3.1-8B",
                "llama-3.3-70b-versatile", "mistral-large"), models.stream().map(ModelInfo::id).toList(),
                "entries without id are skipped");
        assertEquals(OptionalLong.of(262144), models.get(0).contextLength());
        assertEquals(Set.of(Capability.VISION, Capability.REASONING), models.get(0).capabilities());
        assertEquals(Optional.empty(), models.get(1).created(), "created 0 means unknown");
        assertEquals("library", models.get(2).ownedBy());
        assertEquals(Optional.of(Instant.ofEpochSecond(1730000000)), models.get(2).created());
        assertEquals(Optional.of(Instant.ofEpochMilli(1730000000123L)), models.get(3).created());
        assertEquals(OptionalLong.of(32768), models.get(3).contextLength());
        assertEquals(OptionalLong.of(131072), models.get(4).contextLength());
        assertEquals(Set.of(Capability.FUNCTION_CALLING), models.get(5).capabilities());
    }

    @Test
    void acceptsABareArrayAndSendsNoKeyWhenBlank() throws Exception {
        server.json("/v1/models", 200, "[{\"id\":\"a\"},\"b\"]");
        List<ModelInfo> models = client.models(new Endpoint(server.url("/v1"), ClientType.OPENAI), "  ", TIMEOUT);
        assertEquals(List.of(ModelInfo.of("a"), ModelInfo.of("b")), models);
        assertNull(server.onlyRequest().header("Authorization"), "a blank key sends no credentials (Ollama)");
    }

    @Test
    void unexpectedJsonIsABadResponse() throws Exception {
        server.json("/v1/models", 200, "{\"object\":\"list\",\"models\":{}}");
        ProviderException e = assertThrows(ProviderException.class,
                () -> models(server.url("/v1"), ClientType.OPENAI));
        assertEquals(ProviderException.Kind.BAD_RESPONSE, e.kind());
        assertTrue(e.getMessage().startsWith("The answer from " + server.url("/v1/models")
                + " is not a list of models as expected."), e.getMessage());
    }

    @Test
    void followsGeminiPagesWithKeyInHeader() throws Exception {
        server.json("/v1beta/models", 200, """
                {"models":[
                  {"name":"models/gemini-2.5-flash","displayName":"Gemini 2.5 Flash","inputTokenLimit":1048576,
                   "outputTokenLimit":65536,"supportedGenerationMethods":["generateContent","countTokens"],
                   "thinking":true}],
                 "nextPageToken":"page 2/+="}""");
        server.json("/v1beta/models", 200, """
                {"models":[{"name":"models/gemini-embedding-001","displayName":"Gemini Embedding",
                  "inputTokenLimit":2048,"outputTokenLimit":1,"supportedGenerationMethods":["embedContent"]}]}""");
        List<ModelInfo> models = models(server.url("/v1beta"), ClientType.GEMINI);

        assertEquals(List.of("gemini-2.5-flash", "gemini-embedding-001"), models.stream().map(ModelInfo::id).toList());
        ModelInfo flash = models.get(0);
        assertEquals("google", flash.ownedBy());
        assertEquals(Optional.of("Gemini 2.5 Flash"), flash.displayName());
        assertEquals(OptionalLong.of(1048576), flash.contextLength());
        assertEquals(OptionalLong.of(65536), flash.maxOutputTokens());
        assertEquals(Set.of(Capability.REASONING), flash.capabilities());
        assertEquals(Set.of(Capability.EMBEDDING), models.get(1).capabilities());

        List<TestServer.Seen> requests = server.requests();
        assertEquals(2, requests.size());
        assertEquals("pageSize=1000", requests.get(0).query());
        assertEquals("pageSize=1000&pageToken=page+2%2F%2B%3D", requests.get(1).query());
        for (TestServer.Seen request : requests) {
            assertEquals("/v1beta/models", request.path());
            assertEquals(KEY, request.header("x-goog-api-key"));
            assertNull(request.header("Authorization"));
            assertFalse(request.query().contains(KEY), "the key stays out of the URL");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "/", "/v1beta/", "/v1" })
    void geminiVersionRuleFollowsMaiBot(String suffix) throws Exception {
        String expected = suffix.equals("/v1") ? "/v1/models" : "/v1beta/models";
        server.json(expected, 200, "{}");
        assertEquals(List.of(), models(server.url(suffix), ClientType.GEMINI));
        assertEquals(expected, server.onlyRequest().path());
    }

    @Test
    void geminiClientTypeOnAnOpenAiListIsABadResponse() throws Exception {
        server.json("/v1/models", 200, DEEPSEEK_MODELS);
        ProviderException e = assertThrows(ProviderException.class,
                () -> models(server.url("/v1"), ClientType.GEMINI));
        assertEquals(ProviderException.Kind.BAD_RESPONSE, e.kind());
        assertTrue(e.getMessage().contains("the client type may be wrong"), e.getMessage());
    }

    @Test
    void googleInvalidKeyAnswerIsUnauthorized() throws Exception {
        server.json("/v1beta/models", 400, """
                {"error":{"code":400,"message":"API key not valid. Please pass a valid API key.",
                  "status":"INVALID_ARGUMENT","details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo",
                  "reason":"API_KEY_INVALID","domain":"googleapis.com"}]}}""");
        ProviderException e = assertThrows(ProviderException.class,
                () -> models(server.url("/v1beta"), ClientType.GEMINI));
        assertEquals(ProviderException.Kind.UNAUTHORIZED, e.kind());
        assertEquals(400, e.httpStatus().getAsInt());
        assertEquals("The provider refused the API key (HTTP 400). Check the key for this provider, that it is still"
                + " valid, and that it may use this endpoint. The provider says: API key not valid. Please pass a"
                + " valid API key.", e.getMessage());
    }

    @Test
    void sameOriginRedirectsKeepTheKey() throws Exception {
        server.redirect("/v1/models", 301, "/v2/models");
        server.json("/v2/models", 200, DEEPSEEK_MODELS);
        assertEquals(2, models(server.url("/v1"), ClientType.OPENAI).size());
        assertEquals(List.of("/v1/models", "/v2/models"), server.requests().stream().map(TestServer.Seen::path).toList());
        assertEquals("Bearer " + KEY, server.requests().get(1).header("Authorization"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "OPENAI", "GEMINI" })
    void redirectsToAnotherOriginDropTheKey(ClientType type) throws Exception {
        try (TestServer other = TestServer.start()) {
            String path = type == ClientType.GEMINI ? "/v1beta/models" : "/v1/models";
            other.json(path, 200, type == ClientType.GEMINI ? "{}" : DEEPSEEK_MODELS);
            server.redirect(path, 307, other.url(path));
            models(server.url(path.replace("/models", "")), type);

            TestServer.Seen moved = other.onlyRequest();
            assertNull(moved.header("Authorization"));
            assertNull(moved.header("x-goog-api-key"));
        }
    }
}
