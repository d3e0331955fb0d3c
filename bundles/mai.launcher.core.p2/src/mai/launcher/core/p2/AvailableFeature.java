package mai.launcher.core.p2;

import java.util.Objects;

/**
 * A feature a repository offers.
 *
 * @param id               its id (without {@code .feature.group})
 * @param name             its name
 * @param version          its newest version in the repository
 * @param provider         who provides it; empty when unknown
 * @param description      what it is; empty when none
 * @param category         the repository's category it is listed in; empty when uncategorized
 * @param installedVersion the version installed here; empty when it is not installed
 * @since 0.1
 */
public record AvailableFeature(String id, String name, String version, String provider, String description,
        String category, String installedVersion) {

    /** Checks for {@code null}s. */
    public AvailableFeature {
        Objects.requireNonNull(id, "id"); //$NON-NLS-1$
        Objects.requireNonNull(name, "name"); //$NON-NLS-1$
        Objects.requireNonNull(version, "version"); //$NON-NLS-1$
        Objects.requireNonNull(provider, "provider"); //$NON-NLS-1$
        Objects.requireNonNull(description, "description"); //$NON-NLS-1$
        Objects.requireNonNull(category, "category"); //$NON-NLS-1$
        Objects.requireNonNull(installedVersion, "installedVersion"); //$NON-NLS-1$
    }
}
