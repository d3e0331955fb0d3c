package mai.launcher.core.docker;

import java.util.Objects;

/**
 * Something that happened to a container, from the engine's event stream; or, with an empty container id, a change of
 * the engine's own availability.
 *
 * @param containerId the container, empty for an engine event
 * @param project     its compose project, empty when it has none
 * @param service     its compose service, empty when it has none
 * @param action      the engine's action ({@code start, die, health_status: healthy, ...}), or
 *                    {@value #ENGINE_LOST} / {@value #ENGINE_BACK}
 * @since 0.1
 */
public record ContainerEvent(String containerId, String project, String service, String action) {

    /** The action of the event sent when the engine cannot be reached any more. */
    public static final String ENGINE_LOST = "engine-lost"; //$NON-NLS-1$
    /** The action of the event sent when the engine is reachable again. */
    public static final String ENGINE_BACK = "engine-back"; //$NON-NLS-1$

    /** Checks for {@code null}s. */
    public ContainerEvent {
        Objects.requireNonNull(containerId, "containerId"); //$NON-NLS-1$
        Objects.requireNonNull(project, "project"); //$NON-NLS-1$
        Objects.requireNonNull(service, "service"); //$NON-NLS-1$
        Objects.requireNonNull(action, "action"); //$NON-NLS-1$
    }

    /** @return whether this says the engine went away */
    public boolean engineLost() {
        return ENGINE_LOST.equals(action);
    }
}
