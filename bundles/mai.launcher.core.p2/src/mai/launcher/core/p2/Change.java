package mai.launcher.core.p2;

import java.util.Objects;

/**
 * One feature a plan installs, updates or removes.
 *
 * @param id          the feature's id (without {@code .feature.group})
 * @param name        its name
 * @param fromVersion the version installed now; empty when it is new
 * @param toVersion   the version after the change; empty when it is removed
 * @since 0.1
 */
public record Change(String id, String name, String fromVersion, String toVersion) {

    /** Checks for {@code null}s. */
    public Change {
        Objects.requireNonNull(id, "id"); //$NON-NLS-1$
        Objects.requireNonNull(name, "name"); //$NON-NLS-1$
        Objects.requireNonNull(fromVersion, "fromVersion"); //$NON-NLS-1$
        Objects.requireNonNull(toVersion, "toVersion"); //$NON-NLS-1$
    }

    /** @return whether the feature is new */
    public boolean isInstall() {
        return fromVersion.isEmpty();
    }

    /** @return whether the feature goes */
    public boolean isRemoval() {
        return toVersion.isEmpty();
    }
}
