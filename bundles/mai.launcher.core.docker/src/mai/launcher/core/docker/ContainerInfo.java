package mai.launcher.core.docker;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A container of a compose project.
 *
 * @param id        its id
 * @param name      its name
 * @param service   the compose service it runs
 * @param image     its image reference
 * @param state     {@code created, running, paused, restarting, exited, dead}
 * @param health    {@code healthy, unhealthy, starting} when the image has a healthcheck
 * @param ports     its published ports, e.g. {@code 127.0.0.1:18001->8001/tcp}
 * @param startedAt when it last started, while it runs
 * @param exitCode  how it last ended, once it has
 * @since 0.1
 */
public record ContainerInfo(String id, String name, String service, String image, String state,
        Optional<String> health, List<String> ports, Optional<Instant> startedAt, OptionalInt exitCode) {

    /** Checks for {@code null}s and freezes the ports. */
    public ContainerInfo {
        Objects.requireNonNull(id, "id"); //$NON-NLS-1$
        Objects.requireNonNull(name, "name"); //$NON-NLS-1$
        Objects.requireNonNull(service, "service"); //$NON-NLS-1$
        Objects.requireNonNull(image, "image"); //$NON-NLS-1$
        Objects.requireNonNull(state, "state"); //$NON-NLS-1$
        Objects.requireNonNull(health, "health"); //$NON-NLS-1$
        ports = List.copyOf(ports);
        Objects.requireNonNull(startedAt, "startedAt"); //$NON-NLS-1$
        Objects.requireNonNull(exitCode, "exitCode"); //$NON-NLS-1$
    }

    /** @return whether it runs */
    public boolean running() {
        return "running".equals(state); //$NON-NLS-1$
    }
}
