package mai.launcher.deployment.api;

import java.util.Optional;

/**
 * What a running deployment gives its steps.
 *
 * @since 1.0
 * @noimplement
 */
public interface DeployContext {

    /** @return the deployment's request */
    DeployRequest request();

    /**
     * Adds a line to the deployment's log, which the user sees (and which is kept with the deployment).
     *
     * @param level   {@code INFO}, {@code WARN} or {@code ERROR}
     * @param message the line
     */
    void log(String level, String message);

    /**
     * @param message an informational line for the deployment's log
     */
    default void info(String message) {
        log("INFO", message); //$NON-NLS-1$
    }

    /**
     * @param key a launcher setting's key (see {@code mai-launcher settings})
     * @return its value or default
     */
    Optional<String> setting(String key);

    /**
     * Records something the deployment learned about the instance (the version deployed, the Python used, the
     * ports), stored with the instance and given back in {@link InstanceRef#options()}.
     *
     * @param key   the option's key
     * @param value its value
     */
    void remember(String key, String value);
}
