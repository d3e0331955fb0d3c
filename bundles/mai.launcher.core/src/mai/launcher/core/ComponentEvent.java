package mai.launcher.core;

import java.util.Objects;

/**
 * The payload of {@link Topics#COMPONENT_STATE}: one process or container of an instance changed state.
 *
 * @param instanceId  the instance
 * @param componentId the component ({@code main}, {@code napcat-ada}, {@code napcat}, ...)
 * @param state       the new state, as {@code ComponentState} names it in lower case
 * @since 0.1
 */
public record ComponentEvent(String instanceId, String componentId, String state) {

    /** Checks for {@code null}s. */
    public ComponentEvent {
        Objects.requireNonNull(instanceId, "instanceId"); //$NON-NLS-1$
        Objects.requireNonNull(componentId, "componentId"); //$NON-NLS-1$
        Objects.requireNonNull(state, "state"); //$NON-NLS-1$
    }
}
