package mai.launcher.core.config.providers.internal;

/**
 * Keeps the API key out of text that came from elsewhere (a provider's error message may quote the
 * key it refused) and shortens such text for display.
 */
final class Redactor {

    /** Longest provider message kept, in characters. */
    static final int MAX_PROVIDER_MESSAGE = 200;

    private static final String MASK = "***"; //$NON-NLS-1$

    /** Keys shorter than this are not searched for: they would match ordinary words. */
    private static final int MIN_KEY_LENGTH = 4;

    private final String key;

    Redactor(String apiKey) {
        String stripped = apiKey == null ? "" : apiKey.strip(); //$NON-NLS-1$
        this.key = stripped.length() < MIN_KEY_LENGTH ? null : stripped;
    }

    /**
     * Collapses white space, blanks out the key and shortens the text.
     *
     * @param text text received from the provider
     * @return the cleaned text, or {@code null} when nothing is left
     */
    String clean(String text) {
        if (text == null) {
            return null;
        }
        String result = text.replaceAll("\\s+", " ").strip(); //$NON-NLS-1$ //$NON-NLS-2$
        if (key != null) {
            // Before shortening, so that no cut can leave part of the key behind.
            result = result.replace(key, MASK);
        }
        if (result.length() > MAX_PROVIDER_MESSAGE) {
            result = result.substring(0, MAX_PROVIDER_MESSAGE) + "\u2026"; //$NON-NLS-1$
        }
        return result.isEmpty() ? null : result;
    }
}
