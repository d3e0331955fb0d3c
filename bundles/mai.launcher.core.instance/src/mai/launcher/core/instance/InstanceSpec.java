package mai.launcher.core.instance;

import java.util.Map;
import java.util.Objects;

/**
 * What a new instance is made from.
 *
 * @param name        the name; surrounding white space is removed
 * @param deployMode  the deploy mode's id, see {@link DeployModeIds}
 * @param description a free text, may be empty
 * @param options     the deploy mode's options chosen at creation (repository, version, ...)
 * @since 0.1
 */
public record InstanceSpec(String name, String deployMode, String description, Map<String, String> options) {

    /** Checks for {@code null}s and freezes the options. */
    public InstanceSpec {
        Objects.requireNonNull(name, "name"); //$NON-NLS-1$
        Objects.requireNonNull(deployMode, "deployMode"); //$NON-NLS-1$
        Objects.requireNonNull(description, "description"); //$NON-NLS-1$
        options = Map.copyOf(options);
    }

    /**
     * @param name        the name
     * @param deployMode  the deploy mode's id
     * @param description a free text, may be empty
     */
    public InstanceSpec(String name, String deployMode, String description) {
        this(name, deployMode, description, Map.of());
    }

    /**
     * @param name the name
     * @return a spec for a local instance without description
     */
    public static InstanceSpec named(String name) {
        return new InstanceSpec(name, DeployModeIds.LOCAL, ""); //$NON-NLS-1$
    }
}
