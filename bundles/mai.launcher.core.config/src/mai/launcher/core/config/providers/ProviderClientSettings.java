package mai.launcher.core.config.providers;

import java.net.ProxySelector;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How a {@link ProviderClient} connects.
 *
 * @param connectTimeout how long to wait for a TCP (and TLS) connection
 * @param proxy          the proxy selector to use; empty means the JVM default
 *                       ({@link ProxySelector#getDefault()}, which honours the system properties
 *                       {@code http.proxyHost} and friends)
 * @since 0.1
 */
public record ProviderClientSettings(Duration connectTimeout, Optional<ProxySelector> proxy) {

    /** Creates settings; the timeout must be positive. */
    public ProviderClientSettings {
        Objects.requireNonNull(connectTimeout, "connectTimeout"); //$NON-NLS-1$
        Objects.requireNonNull(proxy, "proxy"); //$NON-NLS-1$
        if (connectTimeout.isNegative() || connectTimeout.isZero()) {
            throw new IllegalArgumentException("connectTimeout must be positive"); //$NON-NLS-1$
        }
    }

    /**
     * Settings with the given connect timeout and the JVM's default proxy selector.
     *
     * @param connectTimeout how long to wait for a connection
     * @return the settings
     */
    public static ProviderClientSettings of(Duration connectTimeout) {
        return new ProviderClientSettings(connectTimeout, Optional.empty());
    }
}
