package mai.launcher.deployment.api;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * What a deploy mode knows of an instance.
 *
 * @param id      the instance's id ({@code inst_} + 12 hex digits)
 * @param name    its name, for messages
 * @param folder  its folder ({@code deployments/<instance>}), which the mode owns
 * @param options what it was deployed with (see {@link DeployRequest#options()}), as last recorded
 * @since 1.0
 */
public record InstanceRef(String id, String name, Path folder, Map<String, String> options) {

    /** Checks for {@code null}s and freezes the options. */
    public InstanceRef {
        Objects.requireNonNull(id, "id"); //$NON-NLS-1$
        Objects.requireNonNull(name, "name"); //$NON-NLS-1$
        Objects.requireNonNull(folder, "folder"); //$NON-NLS-1$
        options = Map.copyOf(options);
    }
}
