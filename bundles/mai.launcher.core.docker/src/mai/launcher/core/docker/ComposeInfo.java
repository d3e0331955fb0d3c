package mai.launcher.core.docker;

import java.util.List;
import java.util.Objects;

/**
 * A compose command found on this machine.
 *
 * @param command the command to run it, {@code [docker, compose]} (v2) or {@code [docker-compose]} (v1)
 * @param version its version, e.g. {@code 2.26.1}
 * @since 0.1
 */
public record ComposeInfo(List<String> command, String version) {

    /** Checks for {@code null}s and freezes the command. */
    public ComposeInfo {
        command = List.copyOf(command);
        Objects.requireNonNull(version, "version"); //$NON-NLS-1$
    }

    /** @return whether this is compose v2 (the {@code docker compose} plugin) */
    public boolean v2() {
        return command.size() > 1;
    }
}
