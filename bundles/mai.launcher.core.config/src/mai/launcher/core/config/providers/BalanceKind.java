package mai.launcher.core.config.providers;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A provider whose account balance this launcher knows how to read. The balance request goes to the
 * scheme, host and port of the endpoint's base URL, with the provider's fixed path.
 *
 * @since 0.1
 */
public enum BalanceKind {

    /** DeepSeek: {@code GET /user/balance}. */
    DEEPSEEK(List.of("deepseek.com")), //$NON-NLS-1$

    /** SiliconFlow: {@code GET /v1/user/info}; CNY on siliconflow.cn, USD on siliconflow.com. */
    SILICONFLOW(List.of("siliconflow.cn", "siliconflow.com")), //$NON-NLS-1$ //$NON-NLS-2$

    /** OpenRouter: {@code GET /api/v1/credits} (credits minus usage, USD). */
    OPENROUTER(List.of("openrouter.ai")), //$NON-NLS-1$

    /** Moonshot (Kimi): {@code GET /v1/users/me/balance}; CNY on moonshot.cn, USD on moonshot.ai. */
    MOONSHOT(List.of("moonshot.cn", "moonshot.ai")); //$NON-NLS-1$ //$NON-NLS-2$

    private final List<String> domains;

    BalanceKind(List<String> domains) {
        this.domains = domains;
    }

    /**
     * Recognises the provider from the host name of a base URL (the host itself or any sub-domain of
     * the provider's domains).
     *
     * @param baseUrl a base URL, may be invalid
     * @return the kind, or empty when the host belongs to no known provider
     */
    public static Optional<BalanceKind> detect(String baseUrl) {
        String host = hostOf(baseUrl);
        for (BalanceKind kind : values()) {
            for (String domain : kind.domains) {
                if (host.equals(domain) || host.endsWith("." + domain)) { //$NON-NLS-1$
                    return Optional.of(kind);
                }
            }
        }
        return Optional.empty();
    }

    private static String hostOf(String baseUrl) {
        if (baseUrl == null) {
            return ""; //$NON-NLS-1$
        }
        try {
            String host = new URI(baseUrl.strip()).getHost();
            return host == null ? "" : host.toLowerCase(Locale.ROOT); //$NON-NLS-1$
        } catch (URISyntaxException e) {
            return ""; //$NON-NLS-1$
        }
    }
}
