package mai.launcher.core.config.providers;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server on 127.0.0.1 and a free port, playing a provider: each path answers with a
 * fixed status and body, or never answers. Every request is recorded.
 */
public final class TestServer implements AutoCloseable {

    /** A request as the server saw it. */
    public record Seen(String method, String path, String query, Map<String, List<String>> headers) {

        /** The first value of a header, or null. */
        public String header(String name) {
            for (Map.Entry<String, List<String>> e : headers.entrySet()) {
                if (e.getKey().equalsIgnoreCase(name)) {
                    return e.getValue().get(0);
                }
            }
            return null;
        }
    }

    private record Reply(int status, String contentType, String body, String location) {
    }

    private final HttpServer server;

    private final ExecutorService executor = Executors.newCachedThreadPool();

    private final Map<String, List<Reply>> replies = new ConcurrentHashMap<>();

    private final List<Seen> seen = new CopyOnWriteArrayList<>();

    private final CountDownLatch release = new CountDownLatch(1);

    private TestServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** Starts a server with no paths: every request gets a 404 with an empty body. */
    public static TestServer start() throws IOException {
        return new TestServer();
    }

    /** Answers GET {@code path} with a JSON body. */
    public TestServer json(String path, int status, String body) {
        return reply(path, status, "application/json", body);
    }

    /** Answers GET {@code path}; repeated calls for one path answer successive requests in turn. */
    public TestServer reply(String path, int status, String contentType, String body) {
        replies.computeIfAbsent(path, p -> new CopyOnWriteArrayList<>())
                .add(new Reply(status, contentType, body, null));
        return this;
    }

    /** Answers GET {@code path} with a redirect to {@code location}. */
    public TestServer redirect(String path, int status, String location) {
        replies.computeIfAbsent(path, p -> new CopyOnWriteArrayList<>())
                .add(new Reply(status, "text/plain", "", location));
        return this;
    }

    /** Never answers requests to {@code path} (until the server is closed). */
    public TestServer hang(String path) {
        return reply(path, -1, null, null);
    }

    /** The base address, for example {@code http://127.0.0.1:41234}, followed by {@code suffix}. */
    public String url(String suffix) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + suffix;
    }

    /** All requests received, in order. */
    public List<Seen> requests() {
        return List.copyOf(seen);
    }

    /** The only request received. */
    public Seen onlyRequest() {
        if (seen.size() != 1) {
            throw new AssertionError("expected one request, got " + seen);
        }
        return seen.get(0);
    }

    /** A port on 127.0.0.1 on which nothing listens. */
    public static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        release.countDown();
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        seen.add(new Seen(exchange.getRequestMethod(), path, exchange.getRequestURI().getRawQuery(),
                Map.copyOf(exchange.getRequestHeaders())));
        List<Reply> list = replies.get(path);
        Reply reply = list == null ? new Reply(404, "text/plain", "", null)
                : list.size() > 1 ? list.remove(0) : list.get(0);
        if (reply.status() < 0) {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
            return;
        }
        byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", reply.contentType());
        if (reply.location() != null) {
            exchange.getResponseHeaders().set("Location", reply.location());
        }
        exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
