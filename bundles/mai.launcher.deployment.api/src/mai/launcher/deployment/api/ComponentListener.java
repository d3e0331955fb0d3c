package mai.launcher.deployment.api;

/**
 * Told when a component's state changes (started, stopped, crashed, restarted by the watchdog).
 *
 * @since 1.0
 */
@FunctionalInterface
public interface ComponentListener {

    /**
     * Called on a background thread.
     *
     * @param status the component's new status
     */
    void changed(ComponentStatus status);
}
