package mai.launcher.core.config.providers.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import mai.launcher.core.config.providers.ClientType;
import mai.launcher.core.config.providers.Endpoint;

/** How request URLs are derived from base URLs. */
class BaseUrlsTest {

    @ParameterizedTest
    @CsvSource({
        "https://api.deepseek.com/v1, OPENAI, https://api.deepseek.com/v1/models",
        "https://api.deepseek.com/v1/, OPENAI, https://api.deepseek.com/v1/models",
        "https://api.deepseek.com, OPENAI, https://api.deepseek.com/models",
        "https://ark.cn-beijing.volces.com/api/v3, OPENAI_RESPONSES, https://ark.cn-beijing.volces.com/api/v3/models",
        "https://generativelanguage.googleapis.com/v1beta, GEMINI, https://generativelanguage.googleapis.com/v1beta/models",
        "https://generativelanguage.googleapis.com/, GEMINI, https://generativelanguage.googleapis.com/v1beta/models",
        "https://generativelanguage.googleapis.com/v1, GEMINI, https://generativelanguage.googleapis.com/v1/models",
        "https://proxy.example.com/google, GEMINI, https://proxy.example.com/google/v1beta/models",
        "https://vertex.example.com, GEMINI, https://vertex.example.com/v1beta/models" })
    void modelsUri(String base, ClientType type, String expected) {
        assertEquals(URI.create(expected), BaseUrls.modelsUri(new Endpoint(base, type)));
    }

    @Test
    void versionSegments() {
        assertTrue(BaseUrls.hasVersionSegment(endpoint("https://open.bigmodel.cn/api/paas/v4")));
        assertTrue(BaseUrls.hasVersionSegment(endpoint("https://example.com/V1/")));
        assertFalse(BaseUrls.hasVersionSegment(endpoint("https://api.deepseek.com")));
        assertFalse(BaseUrls.hasVersionSegment(endpoint("https://example.com/vision")));
    }

    @Test
    void originAndDisplay() {
        assertEquals("https://openrouter.ai", BaseUrls.origin(endpoint("https://openrouter.ai/api/v1")));
        assertEquals("http://127.0.0.1:8080", BaseUrls.origin(endpoint("HTTP://127.0.0.1:8080/v1")));
        assertEquals("https://h.example:8443/v1/models",
                BaseUrls.display(URI.create("https://me:pw@h.example:8443/v1/models?key=x")));
    }

    private static Endpoint endpoint(String base) {
        return new Endpoint(base, ClientType.OPENAI);
    }
}
