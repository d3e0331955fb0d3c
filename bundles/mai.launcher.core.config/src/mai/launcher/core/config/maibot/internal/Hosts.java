package mai.launcher.core.config.maibot.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Host names and WebSocket URLs as the wiring check compares them. */
public final class Hosts {

    /** The address a container listens on to be reachable from other containers. */
    public static final String ANY = "0.0.0.0"; //$NON-NLS-1$
    /** The loopback address written by fixes. */
    public static final String LOOPBACK = "127.0.0.1"; //$NON-NLS-1$

    private static final Pattern URL = Pattern.compile("^(wss?)://(\\[[^\\]]+\\]|[^:/?#]+)(?::(\\d{1,5}))?(.*)$"); //$NON-NLS-1$

    private Hosts() {
    }

    /**
     * A parsed {@code ws://host:port/path}.
     *
     * @param scheme {@code ws} or {@code wss}
     * @param host   the host (IPv6 in brackets)
     * @param port   the port (80/443 when not written)
     * @param rest   path, query and fragment, possibly ""
     */
    public record WsUrl(String scheme, String host, int port, String rest) {

        /**
         * Returns the URL with another host and port, keeping scheme and path.
         *
         * @param newHost the host
         * @param newPort the port
         * @return the URL text
         */
        public String with(String newHost, int newPort) {
            return scheme + "://" + newHost + ":" + newPort + rest; //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /**
     * Parses a WebSocket URL.
     *
     * @param url the text
     * @return the parts, or empty when it is no ws/wss URL
     */
    public static Optional<WsUrl> parse(String url) {
        Matcher m = URL.matcher(url.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String scheme = m.group(1).toLowerCase(Locale.ROOT);
        int port = m.group(3) != null ? Integer.parseInt(m.group(3)) : scheme.equals("wss") ? 443 : 80; //$NON-NLS-1$
        return Optional.of(new WsUrl(scheme, m.group(2), port, m.group(4)));
    }

    /**
     * Tells whether a host is this machine's loopback ({@code localhost}, {@code 127.x}, {@code ::1}).
     *
     * @param host the host
     * @return true for loopback names
     */
    public static boolean isLoopback(String host) {
        String h = host.strip().toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.startsWith("127.") || h.equals("::1") || h.equals("[::1]"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    /**
     * Tells whether a listen address means "all interfaces".
     *
     * @param host the host
     * @return true for {@code 0.0.0.0}, {@code ::} and the empty text
     */
    public static boolean isAnyAddress(String host) {
        String h = host.strip();
        return h.isEmpty() || h.equals(ANY) || h.equals("::") || h.equals("[::]"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * Tells whether a client connecting to {@code target} reaches a server listening on
     * {@code listen}, both on this machine.
     *
     * @param target the host the client connects to
     * @param listen the address the server listens on
     * @return true when they fit
     */
    public static boolean reaches(String target, String listen) {
        if (isAnyAddress(listen)) {
            return !target.isBlank();
        }
        if (isLoopback(listen)) {
            return isLoopback(target);
        }
        return target.strip().equalsIgnoreCase(listen.strip());
    }
}
