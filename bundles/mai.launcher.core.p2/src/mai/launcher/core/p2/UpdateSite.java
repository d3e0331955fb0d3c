package mai.launcher.core.p2;

import java.net.URI;
import java.util.Objects;

/**
 * A repository the launcher looks in for updates.
 *
 * @param uri     its URL
 * @param enabled whether updates are looked for in it
 * @param preset  whether it is the launcher's own site (it cannot be removed, only replaced in the settings)
 * @since 0.1
 */
public record UpdateSite(URI uri, boolean enabled, boolean preset) {

    /** Checks for {@code null}s. */
    public UpdateSite {
        Objects.requireNonNull(uri, "uri"); //$NON-NLS-1$
    }
}
