package mai.launcher.core.config.providers.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import javax.net.ssl.SSLHandshakeException;

import org.junit.jupiter.api.Test;

import mai.launcher.core.config.providers.ProviderException;
import mai.launcher.core.config.providers.ProviderException.Kind;

/**
 * Transport failures that a loopback server cannot produce (DNS, TLS, connect timeout), mapped as
 * HttpClient reports them, and the reading of error bodies.
 */
class FailuresTest {

    private static final URI URL = URI.create("https://user:secret@api.example.com/v1/models?pageSize=1000");

    private static final Duration TEN_SECONDS = Duration.ofSeconds(10);

    private static ProviderException io(Throwable cause) {
        return Failures.forIo(cause, URL, TEN_SECONDS, Duration.ofSeconds(3));
    }

    @Test
    void unknownHost() {
        ConnectException wrapped = new ConnectException();
        wrapped.initCause(new UnresolvedAddressException());
        ProviderException e = io(wrapped);
        assertEquals(Kind.UNREACHABLE, e.kind());
        assertEquals("The host name api.example.com could not be found. Check the address for typos, and your network"
                + " or proxy settings.", e.getMessage());
    }

    @Test
    void tls() {
        ProviderException e = io(new SSLHandshakeException("PKIX path building failed"));
        assertEquals(Kind.UNREACHABLE, e.kind());
        assertTrue(e.getMessage().startsWith("A secure connection to https://api.example.com/v1/models could not be"
                + " set up."), e.getMessage());
    }

    @Test
    void connectTimeoutUsesTheConnectTimeout() {
        ProviderException e = io(new HttpConnectTimeoutException("HTTP connect timed out"));
        assertEquals(Kind.TIMEOUT, e.kind());
        assertEquals("No answer from https://api.example.com/v1/models within 3 s. Check the address, or your proxy,"
                + " or try again later.", e.getMessage(), "no user info, no query in messages");
    }

    @Test
    void otherIoFailures() {
        ProviderException e = io(new IOException("Connection reset"));
        assertEquals(Kind.UNREACHABLE, e.kind());
        assertTrue(e.getMessage().startsWith("The connection to https://api.example.com/v1/models failed."));
    }

    @Test
    void providerMessagesInTheUsualShapes() {
        Redactor redactor = new Redactor("sk-secret-key");
        assertEquals("a", message("{\"error\":{\"message\":\"a\"}}", redactor));
        assertEquals("b", message("{\"error\":\"b\"}", redactor));
        assertEquals("c", message("{\"code\":20012,\"message\":\"c\",\"data\":null}", redactor));
        assertEquals("d", message("[{\"error\":{\"code\":429,\"message\":\"d\"}}]", redactor));
        assertEquals("e f", message("{\"detail\":\"e\\n  f\"}", redactor));
        assertEquals("key *** refused", message("{\"error\":{\"message\":\"key sk-secret-key refused\"}}", redactor));
        assertNull(message("<html><body>502</body></html>", redactor));
        assertNull(message("", redactor));
        assertNull(message("{\"error\":{\"code\":1}}", redactor));
    }

    private static String message(String body, Redactor redactor) {
        return ErrorBodies.message(body.getBytes(StandardCharsets.UTF_8), redactor).orElse(null);
    }
}
