package mai.launcher.core.config.providers.internal;

import org.eclipse.osgi.util.NLS;

/**
 * All sentences this package shows to people, in the Eclipse NLS style: the fields are filled from
 * {@code messages.properties} (or a translation such as {@code messages_zh.properties}) when the
 * class loads. Always pass them through {@link #format(String, Object...)}, even without
 * placeholders, because {@code ''} in the files stands for one apostrophe.
 */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "mai.launcher.core.config.providers.internal.messages"; //$NON-NLS-1$

    /** Message; see messages.properties. */
    public static String baseUrl_empty;

    /** Message; see messages.properties. */
    public static String baseUrl_syntax;

    /** Message; see messages.properties. */
    public static String baseUrl_noScheme;

    /** Message; see messages.properties. */
    public static String baseUrl_scheme;

    /** Message; see messages.properties. */
    public static String baseUrl_noHost;

    /** Message; see messages.properties. */
    public static String baseUrl_query;

    /** Message; see messages.properties. */
    public static String baseUrl_endpointPath;

    /** Message; see messages.properties. */
    public static String http_unauthorized;

    /** Message; see messages.properties. */
    public static String http_notFound;

    /** Message; see messages.properties. */
    public static String hint_useBaseUrl;

    /** Message; see messages.properties. */
    public static String http_rateLimited;

    /** Message; see messages.properties. */
    public static String http_serverError;

    /** Message; see messages.properties. */
    public static String http_paymentRequired;

    /** Message; see messages.properties. */
    public static String http_other;

    /** Message; see messages.properties. */
    public static String net_timeout;

    /** Message; see messages.properties. */
    public static String net_refused;

    /** Message; see messages.properties. */
    public static String net_unknownHost;

    /** Message; see messages.properties. */
    public static String net_tls;

    /** Message; see messages.properties. */
    public static String net_failed;

    /** Message; see messages.properties. */
    public static String net_cancelled;

    /** Message; see messages.properties. */
    public static String response_notJson;

    /** Message; see messages.properties. */
    public static String response_shape;

    /** Message; see messages.properties. */
    public static String response_expectModels;

    /** Message; see messages.properties. */
    public static String response_expectBalance;

    /** Message; see messages.properties. */
    public static String provider_says;

    /** Message; see messages.properties. */
    public static String key_invalidChars;

    /** Message; see messages.properties. */
    public static String balance_notSupported;

    /** Message; see messages.properties. */
    public static String duration_seconds;

    /** Message; see messages.properties. */
    public static String duration_millis;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }

    /**
     * Fills the placeholders {@code {0}}, {@code {1}}, ... of a message and resolves {@code ''}.
     *
     * @param message one of the fields of this class
     * @param args    the values, converted with {@code toString()}
     * @return the sentence
     */
    public static String format(String message, Object... args) {
        return NLS.bind(message, args);
    }
}
