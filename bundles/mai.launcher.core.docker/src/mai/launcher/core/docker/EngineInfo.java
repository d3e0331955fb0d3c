package mai.launcher.core.docker;

import java.util.Objects;
import java.util.Optional;

/**
 * What the engine says about itself.
 *
 * @param endpoint      how it is reached, e.g. {@code unix:///var/run/docker.sock}
 * @param version       the engine's version, e.g. {@code 20.10.24}
 * @param apiVersion    its API version, e.g. {@code 1.41}
 * @param os            the operating system it runs containers on
 * @param dataRoot      its data root (where images live), as the engine sees it
 * @param freeBytes     free space in the data root when the launcher can see that folder, else -1
 * @param compose       the compose command found, if any
 * @since 0.1
 */
public record EngineInfo(String endpoint, String version, String apiVersion, String os, String dataRoot,
        long freeBytes, Optional<ComposeInfo> compose) {

    /** Checks for {@code null}s. */
    public EngineInfo {
        Objects.requireNonNull(endpoint, "endpoint"); //$NON-NLS-1$
        Objects.requireNonNull(version, "version"); //$NON-NLS-1$
        Objects.requireNonNull(apiVersion, "apiVersion"); //$NON-NLS-1$
        Objects.requireNonNull(os, "os"); //$NON-NLS-1$
        Objects.requireNonNull(dataRoot, "dataRoot"); //$NON-NLS-1$
        Objects.requireNonNull(compose, "compose"); //$NON-NLS-1$
    }
}
