package mai.launcher.core;

/**
 * The payload of {@link Topics#DEPLOYMENT_MODES_CHANGED}.
 *
 * @param modeId the mode that came or went
 * @param added  {@code true} when it came, {@code false} when it went
 * @since 0.1
 */
public record ModesEvent(String modeId, boolean added) {
}
