package mai.launcher.core.config.providers.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import mai.launcher.core.config.providers.ClientType;
import mai.launcher.core.config.providers.Endpoint;

/**
 * Rules for base URLs: checking what a user typed, and building request URLs the way MaiBot does
 * (see {@link Endpoint} for the rules in words).
 */
public final class BaseUrls {

    /** Paths MaiBot's clients append themselves; a base URL ending in one is a pasted endpoint URL. */
    private static final List<String> ENDPOINT_SUFFIXES = List.of("/chat/completions", "/completions", //$NON-NLS-1$ //$NON-NLS-2$
            "/responses", "/models", "/embeddings"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

    /** A path segment naming an API version: v1, v1beta, v3, v4alpha... */
    private static final Pattern VERSION_SEGMENT = Pattern.compile("v\\d+[a-z0-9]*"); //$NON-NLS-1$

    /** The API version the Google SDK uses when the base URL names none. */
    private static final String GEMINI_DEFAULT_VERSION = "v1beta"; //$NON-NLS-1$

    private BaseUrls() {
    }

    /**
     * Checks a base URL typed by a user.
     *
     * @param text the text, may be {@code null}
     * @return empty when acceptable, else a sentence saying what to change
     */
    public static Optional<String> problem(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(Messages.format(Messages.baseUrl_empty));
        }
        String value = text.strip();
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            return Optional.of(Messages.format(Messages.baseUrl_syntax, value));
        }
        if (uri.getScheme() == null) {
            return Optional.of(Messages.format(Messages.baseUrl_noScheme, "https://" + value)); //$NON-NLS-1$
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) { //$NON-NLS-1$ //$NON-NLS-2$
            return Optional.of(Messages.format(Messages.baseUrl_scheme, uri.getScheme()));
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            return Optional.of(Messages.format(Messages.baseUrl_noHost));
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            return Optional.of(Messages.format(Messages.baseUrl_query));
        }
        String path = stripTrailingSlashes(uri.getPath() == null ? "" : uri.getPath()).toLowerCase(Locale.ROOT); //$NON-NLS-1$
        for (String suffix : ENDPOINT_SUFFIXES) {
            if (path.endsWith(suffix)) {
                return Optional.of(Messages.format(Messages.baseUrl_endpointPath, suffix));
            }
        }
        return Optional.empty();
    }

    /**
     * The base URL without trailing slashes, to which paths such as {@code /models} are appended.
     *
     * @param endpoint a valid endpoint
     * @return for example {@code https://api.deepseek.com/v1}
     */
    public static String root(Endpoint endpoint) {
        return stripTrailingSlashes(endpoint.baseUrl());
    }

    /**
     * Where the model list is, following MaiBot's rules for the client type.
     *
     * @param endpoint a valid endpoint
     * @return the URL of the list (without query)
     */
    public static URI modelsUri(Endpoint endpoint) {
        String root = root(endpoint);
        if (endpoint.clientType() == ClientType.GEMINI && !lastSegmentIsVersion(root)) {
            root = root + "/" + GEMINI_DEFAULT_VERSION; //$NON-NLS-1$
        }
        return URI.create(root + "/models"); //$NON-NLS-1$
    }

    /**
     * Tells whether any path segment of the base URL names an API version ({@code /v1},
     * {@code /api/v3}, {@code /v1beta}...).
     *
     * @param endpoint a valid endpoint
     * @return true when a version segment is present
     */
    public static boolean hasVersionSegment(Endpoint endpoint) {
        for (String segment : URI.create(root(endpoint)).getPath().split("/")) { //$NON-NLS-1$
            if (VERSION_SEGMENT.matcher(segment.toLowerCase(Locale.ROOT)).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The scheme, host and port of the endpoint, to which provider-specific paths are appended.
     *
     * @param endpoint a valid endpoint
     * @return for example {@code https://api.deepseek.com}
     */
    public static String origin(Endpoint endpoint) {
        URI uri = URI.create(endpoint.baseUrl());
        String port = uri.getPort() < 0 ? "" : ":" + uri.getPort(); //$NON-NLS-1$ //$NON-NLS-2$
        return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost() + port; //$NON-NLS-1$
    }

    /**
     * A URL fit to show in a message: scheme, host, port and path, without user info or query.
     *
     * @param uri a request URL
     * @return the text to show
     */
    public static String display(URI uri) {
        String port = uri.getPort() < 0 ? "" : ":" + uri.getPort(); //$NON-NLS-1$ //$NON-NLS-2$
        String path = uri.getRawPath() == null ? "" : uri.getRawPath(); //$NON-NLS-1$
        return uri.getScheme() + "://" + uri.getHost() + port + path; //$NON-NLS-1$
    }

    private static boolean lastSegmentIsVersion(String root) {
        String path = URI.create(root).getPath();
        String last = path.substring(path.lastIndexOf('/') + 1);
        // MaiBot: parts[1].startswith("v") on the last segment (here only within the path).
        return last.startsWith("v"); //$NON-NLS-1$
    }

    private static String stripTrailingSlashes(String value) {
        int end = value.length();
        while (end > 0 && value.charAt(end - 1) == '/') {
            end--;
        }
        return value.substring(0, end);
    }
}
