package mai.launcher.core.p2;

import java.util.Objects;

/**
 * A feature installed as a root of the installation.
 *
 * @param id          its id (without {@code .feature.group})
 * @param name        its name
 * @param version     its version
 * @param provider    who provides it; empty when unknown
 * @param description what it is; empty when none
 * @param plugin      whether the user installed it (it can be uninstalled), rather than the product
 * @since 0.1
 */
public record InstalledFeature(String id, String name, String version, String provider, String description,
        boolean plugin) {

    /** Checks for {@code null}s. */
    public InstalledFeature {
        Objects.requireNonNull(id, "id"); //$NON-NLS-1$
        Objects.requireNonNull(name, "name"); //$NON-NLS-1$
        Objects.requireNonNull(version, "version"); //$NON-NLS-1$
        Objects.requireNonNull(provider, "provider"); //$NON-NLS-1$
        Objects.requireNonNull(description, "description"); //$NON-NLS-1$
    }
}
