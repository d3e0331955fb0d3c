package mai.launcher.core.docker.internal.mode;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import mai.launcher.deployment.api.Component;
import mai.launcher.deployment.api.InstanceRef;

/**
 * A Docker instance's folder: its compose project and the folders bind-mounted into the containers, laid out as
 * MaiBot's own compose file has them ({@code docker-config/mmc}, {@code data/MaiMBot}, ...).
 *
 * @param folder the instance's folder
 */
public record DockerLayout(Path folder) {

    /** MaiBot's compose service. */
    public static final String CORE = "core"; //$NON-NLS-1$
    /** NapCat's compose service. */
    public static final String NAPCAT = "napcat"; //$NON-NLS-1$
    /** The 0.x adapter's compose service. */
    public static final String ADAPTERS = "adapters"; //$NON-NLS-1$

    private static final Map<String, String> SERVICES = Map.of(Component.MAIBOT, CORE, Component.NAPCAT, NAPCAT,
            Component.ADAPTER, ADAPTERS);

    /**
     * @param instance an instance
     * @return its compose project's name: {@code mai-} and its id, so {@code docker ps} shows whose containers they are
     */
    public static String project(InstanceRef instance) {
        return project(instance.id());
    }

    /**
     * @param instanceId an instance
     * @return its compose project's name
     */
    public static String project(String instanceId) {
        return "mai-" + instanceId.toLowerCase(Locale.ROOT); //$NON-NLS-1$
    }

    /**
     * @param componentId a component
     * @return its compose service
     */
    public static String service(String componentId) {
        return SERVICES.getOrDefault(componentId, componentId);
    }

    /**
     * @param service a compose service
     * @return its component
     */
    public static String component(String service) {
        return SERVICES.entrySet().stream().filter(e -> e.getValue().equals(service)).map(Map.Entry::getKey)
                .findFirst().orElse(service);
    }

    /** @return the compose file */
    public Path composeFile() {
        return folder.resolve("docker-compose.yml"); //$NON-NLS-1$
    }

    /** @return what the launcher generated last, to tell the user's edits from its own */
    public Path generatedCopy() {
        return folder.resolve(".mai-launcher").resolve("docker-compose.generated.yml"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** @return where the launcher's new version goes when the user edited the compose file */
    public Path proposedFile() {
        return folder.resolve("docker-compose.launcher.yml"); //$NON-NLS-1$
    }

    /** @return the folder holding MaiBot's terms, copied out of its image, and their confirmations */
    public Path terms() {
        return folder.resolve("terms"); //$NON-NLS-1$
    }

    /** @return the folders the compose file bind-mounts, made before {@code up} so Docker does not make them as root */
    public List<Path> mounts() {
        return List.of(folder.resolve("docker-config/mmc"), folder.resolve("docker-config/napcat"), //$NON-NLS-1$ //$NON-NLS-2$
                folder.resolve("docker-config/adapters"), folder.resolve("data/MaiMBot/plugins"), //$NON-NLS-1$ //$NON-NLS-2$
                folder.resolve("data/MaiMBot/logs"), folder.resolve("data/MaiMBot/emoji"), //$NON-NLS-1$ //$NON-NLS-2$
                folder.resolve("data/MaiMBot-plugin-data"), folder.resolve("data/qq"), //$NON-NLS-1$ //$NON-NLS-2$
                folder.resolve("depends-data")); //$NON-NLS-1$
    }
}
