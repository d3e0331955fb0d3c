package mai.launcher.core.docker.internal;

import java.util.Optional;

/** Where the engine is: the launcher's setting, else {@code DOCKER_HOST}, else the platform's default. */
public final class Endpoint {

    private Endpoint() {
    }

    /**
     * @param setting    the {@code docker.host} setting, if set
     * @param dockerHost the {@code DOCKER_HOST} environment variable, if set
     * @param windows    whether this is Windows
     * @return the endpoint to use, e.g. {@code unix:///var/run/docker.sock}
     */
    public static String choose(Optional<String> setting, Optional<String> dockerHost, boolean windows) {
        return setting.filter(s -> !s.isBlank()).or(() -> dockerHost.filter(s -> !s.isBlank()))
                .orElse(windows ? "npipe:////./pipe/docker_engine" : "unix:///var/run/docker.sock"); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
