package mai.launcher.core.deployment.internal;

import java.util.List;

import mai.launcher.core.instance.InstanceStatus;
import mai.launcher.deployment.api.ComponentState;

/** An instance's status from its components' states. */
final class StatusRules {

    private StatusRules() {
    }

    /**
     * @param states  the components' states
     * @param current the instance's recorded status
     * @return the status to record
     */
    static InstanceStatus of(List<ComponentState> states, InstanceStatus current) {
        if (states.isEmpty()) {
            return current;
        }
        long running = states.stream().filter(s -> s == ComponentState.RUNNING).count();
        if (states.contains(ComponentState.STARTING)) {
            return InstanceStatus.STARTING;
        }
        if (states.contains(ComponentState.STOPPING)) {
            return InstanceStatus.STOPPING;
        }
        if (running == states.size()) {
            return InstanceStatus.RUNNING;
        }
        if (running > 0) {
            return InstanceStatus.PARTIAL;
        }
        if (states.contains(ComponentState.FAILED)) {
            return InstanceStatus.FAILED;
        }
        // Nothing runs: a deployed instance is stopped; one that was never deployed stays pending.
        return current == InstanceStatus.PENDING ? InstanceStatus.PENDING : InstanceStatus.STOPPED;
    }
}
