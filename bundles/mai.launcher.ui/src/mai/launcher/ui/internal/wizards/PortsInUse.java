package mai.launcher.ui.internal.wizards;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import mai.launcher.core.instance.Instance;
import mai.launcher.deployment.api.DeployRequest;

/** The ports the existing instances were given, so a new one gets others and several can run side by side. */
final class PortsInUse {

    static final int MAIBOT_DEFAULT = 8000;
    static final int ADAPTER_DEFAULT = 8095;
    private static final List<String> KEYS = List.of(DeployRequest.PORT, DeployRequest.WEBUI_PORT,
            DeployRequest.ADAPTER_PORT, DockerPage.NAPCAT_WEBUI_PORT, "sqlite-web-port"); //$NON-NLS-1$

    private final Map<Integer, String> owners = new HashMap<>();

    PortsInUse(List<Instance> instances) {
        for (Instance instance : instances) {
            for (String key : KEYS) {
                try {
                    owners.putIfAbsent(Integer.parseInt(instance.options().getOrDefault(key, "").strip()), //$NON-NLS-1$
                            instance.name());
                } catch (NumberFormatException e) {
                    // not set: the defaults apply, which are not reserved here
                }
            }
        }
    }

    /**
     * @param port a port
     * @return the instance that has it, if any
     */
    Optional<String> owner(int port) {
        return Optional.ofNullable(owners.get(port));
    }

    /**
     * @param from  the first port to try
     * @param taken ports chosen already for the new instance
     * @return the first port from there that no instance has
     */
    int free(int from, Set<Integer> taken) {
        int port = from;
        while (owners.containsKey(port) || taken.contains(port)) {
            port++;
        }
        return port;
    }
}
