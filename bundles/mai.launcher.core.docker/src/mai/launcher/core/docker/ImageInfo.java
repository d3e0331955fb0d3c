package mai.launcher.core.docker;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An image the engine has.
 *
 * @param id      its id ({@code sha256:...})
 * @param tags    its references ({@code repository:tag}); empty for a dangling image
 * @param size    its size in bytes
 * @param created when it was built
 * @since 0.1
 */
public record ImageInfo(String id, List<String> tags, long size, Instant created) {

    /** Checks for {@code null}s and freezes the tags. */
    public ImageInfo {
        Objects.requireNonNull(id, "id"); //$NON-NLS-1$
        tags = List.copyOf(tags);
        Objects.requireNonNull(created, "created"); //$NON-NLS-1$
    }
}
