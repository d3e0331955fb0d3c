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

    /**
     * @param now the time to count to
     * @return how long it has run, shortened as {@code docker ps} does (45s, 12m, 3h 5m, 2d 4h); empty when it does
     *         not run
     */
    public String uptime(Instant now) {
        if (!running() || startedAt.isEmpty()) {
            return ""; //$NON-NLS-1$
        }
        long s = Math.max(0, java.time.Duration.between(startedAt.get(), now).getSeconds());
        return s < 60 ? s + "s" : s < 3600 ? s / 60 + "m" //$NON-NLS-1$ //$NON-NLS-2$
                : s < 86400 ? s / 3600 + "h " + s % 3600 / 60 + "m" : s / 86400 + "d " + s % 86400 / 3600 + "h"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    /** @return whether it runs */
    public boolean running() {
        return "running".equals(state); //$NON-NLS-1$
    }
}
