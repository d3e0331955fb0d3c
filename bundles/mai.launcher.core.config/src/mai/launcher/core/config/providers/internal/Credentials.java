package mai.launcher.core.config.providers.internal;

import java.util.Map;

import mai.launcher.core.config.providers.ProviderException;

/**
 * The headers that carry an API key, and the {@link Redactor} that keeps the key out of messages.
 * Deliberately not a record: its {@code toString()} must not show the key.
 */
final class Credentials {

    private final Map<String, String> headers;

    private final Redactor redactor;

    private Credentials(Map<String, String> headers, String apiKey) {
        this.headers = headers;
        this.redactor = new Redactor(apiKey);
    }

    /** {@code Authorization: Bearer KEY}, or nothing for a blank key. */
    static Credentials bearer(String apiKey) throws ProviderException {
        String key = checked(apiKey);
        return new Credentials(key.isEmpty() ? Map.of() : Map.of("Authorization", "Bearer " + key), key); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** Google's {@code x-goog-api-key: KEY} (kept out of the URL so it cannot leak through it). */
    static Credentials google(String apiKey) throws ProviderException {
        String key = checked(apiKey);
        return new Credentials(key.isEmpty() ? Map.of() : Map.of("x-goog-api-key", key), key); //$NON-NLS-1$
    }

    Map<String, String> headers() {
        return headers;
    }

    Redactor redactor() {
        return redactor;
    }

    @Override
    public String toString() {
        return "Credentials[" + (headers.isEmpty() ? "none" : "***") + "]"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    /** Strips the key and refuses characters an HTTP header cannot carry (pasted spaces, line breaks). */
    private static String checked(String apiKey) throws ProviderException {
        String key = apiKey == null ? "" : apiKey.strip(); //$NON-NLS-1$
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c <= ' ' || c >= 0x7f) {
                throw Failures.invalidKey();
            }
        }
        return key;
    }
}
