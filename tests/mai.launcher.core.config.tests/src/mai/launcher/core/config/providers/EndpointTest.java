package mai.launcher.core.config.providers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Client types from TOML and base URLs as users type them. */
class EndpointTest {

    @Test
    void parsesClientTypes() {
        assertEquals(Optional.of(ClientType.OPENAI), ClientType.fromToml("openai"));
        assertEquals(Optional.of(ClientType.OPENAI_RESPONSES), ClientType.fromToml(" OpenAI_Responses "));
        assertEquals(Optional.of(ClientType.GEMINI), ClientType.fromToml("gemini"));
        assertEquals(Optional.of(ClientType.OPENAI), ClientType.fromToml(null), "MaiBot's default");
        assertEquals(Optional.of(ClientType.OPENAI), ClientType.fromToml(""));
        assertEquals(Optional.empty(), ClientType.fromToml("claude"), "a plugin's client type");
        assertEquals("openai_responses", ClientType.OPENAI_RESPONSES.tomlName());
    }

    @ParameterizedTest
    @ValueSource(strings = { "https://api.deepseek.com/v1", "https://api.deepseek.com", "http://127.0.0.1:11434/v1/",
            "https://dashscope.aliyuncs.com/compatible-mode/v1", "https://generativelanguage.googleapis.com/v1beta",
            "HTTPS://OPENROUTER.AI/api/v1", "  https://api.siliconflow.cn/v1  ", "http://[::1]:8080/v1" })
    void acceptsUsualBaseUrls(String url) {
        assertEquals(Optional.empty(), Endpoint.checkBaseUrl(url));
        assertEquals(url.strip(), new Endpoint(url, ClientType.OPENAI).baseUrl());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''|Enter the base URL of the provider, for example https://api.deepseek.com/v1.",
        "'   '|Enter the base URL of the provider, for example https://api.deepseek.com/v1.",
        "api.deepseek.com/v1|The base URL must start with http:// or https://, for example https://api.deepseek.com/v1.",
        "ftp://example.com/v1|The base URL must use http or https, not \"ftp\".",
        "https:///v1|The base URL has no host name, such as api.deepseek.com.",
        "https://api.deepseek.com/v1 beta|\"https://api.deepseek.com/v1 beta\" is not a valid web address. Check it for spaces or stray characters.",
        "https://example.com/v1?key=1|Remove the part from \"?\" or \"#\" onwards from the base URL.",
        "https://api.deepseek.com/v1/chat/completions|Remove /chat/completions from the end of the base URL: MaiBot adds it itself.",
        "https://api.deepseek.com/v1/models/|Remove /models from the end of the base URL: MaiBot adds it itself." })
    void explainsBadBaseUrls(String url, String message) {
        assertEquals(Optional.of(message), Endpoint.checkBaseUrl(url));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Endpoint(url, ClientType.OPENAI));
        assertEquals(message, e.getMessage());
    }

    @Test
    void nullIsExplainedToo() {
        assertEquals(Optional.of("Enter the base URL of the provider, for example https://api.deepseek.com/v1."),
                Endpoint.checkBaseUrl(null));
        assertThrows(NullPointerException.class, () -> new Endpoint(null, ClientType.OPENAI));
    }
}
