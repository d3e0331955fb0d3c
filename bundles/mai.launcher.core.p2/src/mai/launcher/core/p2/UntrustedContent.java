package mai.launcher.core.p2;

import java.util.Objects;

/**
 * An artifact a plan would install without a trusted signature.
 *
 * @param id      the bundle's or feature's id
 * @param version its version
 * @param reason  why it is not trusted ("unsigned", or the signer that is not trusted), in the user's language
 * @since 0.1
 */
public record UntrustedContent(String id, String version, String reason) {

    /** Checks for {@code null}s. */
    public UntrustedContent {
        Objects.requireNonNull(id, "id"); //$NON-NLS-1$
        Objects.requireNonNull(version, "version"); //$NON-NLS-1$
        Objects.requireNonNull(reason, "reason"); //$NON-NLS-1$
    }
}
