package mai.launcher.core.config.providers.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import mai.launcher.core.config.providers.ProviderClientSettings;
import mai.launcher.core.config.providers.ProviderException;

/**
 * Sends GET requests with a hard deadline and turns transport failures into ProviderExceptions.
 * <p>
 * Redirects are followed here rather than by HttpClient, like {@code Redirect.NORMAL} (never from
 * https to http), but the credential headers are dropped when a redirect leaves the origin:
 * HttpClient drops {@code Authorization} then, yet would forward {@code x-goog-api-key}.
 */
final class Transport implements AutoCloseable {

    /** An HTTP answer of any status. */
    record Response(URI uri, int status, byte[] body) {

        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private static final String USER_AGENT = "MAI-Launcher"; //$NON-NLS-1$

    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    private static final int MAX_REDIRECTS = 5;

    private final HttpClient http;

    private final Duration connectTimeout;

    Transport(ProviderClientSettings settings) {
        HttpClient.Builder builder = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_2)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.connectTimeout());
        settings.proxy().ifPresent(builder::proxy);
        this.http = builder.build();
        this.connectTimeout = settings.connectTimeout();
    }

    /**
     * Sends a GET and waits at most {@code timeout} for the whole answer, redirects and body
     * included. Failures name {@code uri}, the address the user configured.
     *
     * @throws ProviderException for failures without an HTTP answer (statuses are the caller's)
     */
    Response get(URI uri, Map<String, String> credentials, Duration timeout) throws ProviderException {
        long deadline = System.nanoTime() + timeout.toNanos();
        URI current = uri;
        Map<String, String> headers = credentials;
        for (int hop = 0;; hop++) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw Failures.timeout(uri, timeout, null);
            }
            HttpResponse<byte[]> response = send(current, headers, Duration.ofNanos(left), uri, timeout);
            Optional<URI> next = redirectTarget(current, response);
            if (next.isEmpty() || hop == MAX_REDIRECTS) {
                return new Response(uri, response.statusCode(), response.body());
            }
            if (!sameOrigin(current, next.get())) {
                headers = Map.of();
            }
            current = next.get();
        }
    }

    private HttpResponse<byte[]> send(URI target, Map<String, String> headers, Duration left, URI uri,
            Duration timeout) throws ProviderException {
        HttpRequest.Builder request = HttpRequest.newBuilder(target).GET().timeout(left)
                .header("Accept", "application/json") //$NON-NLS-1$ //$NON-NLS-2$
                .header("User-Agent", USER_AGENT); //$NON-NLS-1$
        if (scheme(target).equals("http")) { //$NON-NLS-1$
            // No cleartext HTTP/2 upgrade attempt: some local servers and proxies mishandle it.
            request.version(HttpClient.Version.HTTP_1_1);
        }
        headers.forEach(request::header);
        CompletableFuture<HttpResponse<byte[]>> future = http.sendAsync(request.build(),
                HttpResponse.BodyHandlers.ofByteArray());
        try {
            return future.get(left.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw Failures.timeout(uri, timeout, e);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw Failures.cancelled(uri, e);
        } catch (CancellationException e) {
            throw Failures.cancelled(uri, e);
        } catch (ExecutionException e) {
            throw Failures.forIo(e.getCause(), uri, timeout, connectTimeout);
        }
    }

    private static Optional<URI> redirectTarget(URI from, HttpResponse<?> response) {
        if (!REDIRECTS.contains(response.statusCode())) {
            return Optional.empty();
        }
        Optional<String> location = response.headers().firstValue("Location"); //$NON-NLS-1$
        try {
            Optional<URI> target = location.map(l -> from.resolve(l.strip()));
            return target.filter(t -> t.getHost() != null)
                    .filter(t -> scheme(t).equals("https") || scheme(t).equals("http") && scheme(from).equals("http")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean sameOrigin(URI a, URI b) {
        return scheme(a).equals(scheme(b)) && a.getHost().equalsIgnoreCase(b.getHost()) && port(a) == port(b);
    }

    private static int port(URI uri) {
        return uri.getPort() >= 0 ? uri.getPort() : scheme(uri).equals("https") ? 443 : 80; //$NON-NLS-1$
    }

    private static String scheme(URI uri) {
        return Objects.requireNonNullElse(uri.getScheme(), "").toLowerCase(Locale.ROOT); //$NON-NLS-1$
    }

    @Override
    public void close() {
        http.shutdownNow();
    }
}
