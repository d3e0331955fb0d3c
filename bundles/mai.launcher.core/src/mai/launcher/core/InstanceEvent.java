package mai.launcher.core;

import java.util.Objects;

/**
 * The payload of the {@code mai/launcher/instance/*} events.
 *
 * @param instanceId the id of the instance concerned ({@code inst_} + 12 hex digits)
 * @param external   {@code true} when the change was made by another process (for example the command line while
 *                   the workbench is open) and was found by watching the database
 * @since 0.1
 */
public record InstanceEvent(String instanceId, boolean external) {

    /** @throws NullPointerException if the id is {@code null} */
    public InstanceEvent {
        Objects.requireNonNull(instanceId, "instanceId"); //$NON-NLS-1$
    }
}
