package mai.launcher.core.deployment;

import java.util.Objects;

import mai.launcher.deployment.api.Availability;

/**
 * A deploy mode as the user sees it.
 *
 * @param id           the mode's id
 * @param label        its name in the user's language
 * @param description  what it does
 * @param availability whether it can work here now, and if not why and how to fix it
 * @since 0.1
 */
public record ModeInfo(String id, String label, String description, Availability availability) {

    /** Checks for {@code null}s. */
    public ModeInfo {
        Objects.requireNonNull(id, "id"); //$NON-NLS-1$
        Objects.requireNonNull(label, "label"); //$NON-NLS-1$
        Objects.requireNonNull(description, "description"); //$NON-NLS-1$
        Objects.requireNonNull(availability, "availability"); //$NON-NLS-1$
    }
}
