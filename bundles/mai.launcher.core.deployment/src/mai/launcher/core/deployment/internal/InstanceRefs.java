package mai.launcher.core.deployment.internal;

import org.eclipse.osgi.util.NLS;

import mai.launcher.core.ErrorCode;
import mai.launcher.core.LauncherException;
import mai.launcher.core.LauncherPaths;
import mai.launcher.core.instance.Instance;
import mai.launcher.core.instance.InstanceRegistry;
import mai.launcher.deployment.api.DeployMode;
import mai.launcher.deployment.api.InstanceRef;

/** Turns the launcher's instances into what a deploy mode sees, and finds their mode. */
final class InstanceRefs {

    private InstanceRefs() {
    }

    static Instance instance(InstanceRegistry registry, String instanceId) throws LauncherException {
        return registry.get(instanceId).orElseThrow(
                () -> new LauncherException(ErrorCode.NOT_FOUND, NLS.bind(Messages.noSuchInstance, instanceId)));
    }

    static InstanceRef ref(Instance instance, LauncherPaths paths) throws LauncherException {
        try {
            return new InstanceRef(instance.id(), instance.name(), paths.instanceFolder(instance.instancePath()),
                    instance.options());
        } catch (IllegalArgumentException e) {
            throw new LauncherException(ErrorCode.INVALID_INPUT,
                    NLS.bind(Messages.badInstanceFolder, instance.name(), instance.instancePath()), e);
        }
    }

    static DeployMode mode(DeployModeRegistry modes, Instance instance) throws LauncherException {
        return modes.mode(instance.deployMode()).orElseThrow(() -> new LauncherException(ErrorCode.NOT_FOUND,
                NLS.bind(Messages.noSuchMode, instance.name(), instance.deployMode())));
    }
}
