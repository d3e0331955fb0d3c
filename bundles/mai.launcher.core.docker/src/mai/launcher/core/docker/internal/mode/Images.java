package mai.launcher.core.docker.internal.mode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import mai.launcher.core.docker.internal.DockerSettings;

/**
 * The images of an instance: repositories from the settings, the instance's tag, and the registry mirror used to
 * pull images from Docker Hub.
 *
 * @param maibot  MaiBot's image
 * @param napcat  NapCat's image
 * @param adapter   the 0.x adapter's image
 * @param sqliteWeb the database browser's image
 * @param mirror    the registry mirror, if one is set
 */
public record Images(String maibot, String napcat, String adapter, String sqliteWeb, Optional<String> mirror) {

    /** The instance option naming MaiBot's image (over the {@code docker.image.maibot} setting). */
    public static final String CORE_OPTION = "image.core"; //$NON-NLS-1$
    /** The instance option naming NapCat's image. */
    public static final String NAPCAT_OPTION = "image.napcat"; //$NON-NLS-1$
    /** The instance option naming the database browser's image. */
    public static final String SQLITE_WEB_OPTION = "image.sqlite-web"; //$NON-NLS-1$
    /** The instance option naming the 0.x adapter's image. */
    public static final String ADAPTER_OPTION = "image.adapter"; //$NON-NLS-1$

    /**
     * @param settings reads a setting
     * @param options  the instance's options: an image named there wins over the settings
     * @return the images
     */
    public static Images of(Function<String, Optional<String>> settings, Map<String, String> options) {
        String tag = DockerOptions.of(options).tag();
        Function<String, Optional<String>> option = key -> Optional.ofNullable(options.get(key)).map(String::strip)
                .filter(v -> !v.isEmpty());
        return new Images(
                tagged(option.apply(CORE_OPTION).or(() -> settings.apply(DockerSettings.MAIBOT_IMAGE))
                        .orElse("sengokucola/maibot"), tag), //$NON-NLS-1$
                tagged(option.apply(NAPCAT_OPTION).or(() -> settings.apply(DockerSettings.NAPCAT_IMAGE))
                        .orElse("mlikiowa/napcat-docker"), "latest"), //$NON-NLS-1$ //$NON-NLS-2$
                tagged(option.apply(ADAPTER_OPTION).or(() -> settings.apply(DockerSettings.ADAPTER_IMAGE))
                        .orElse("unclas/maimbot-adapter"), "latest"), //$NON-NLS-1$ //$NON-NLS-2$
                tagged(option.apply(SQLITE_WEB_OPTION).orElse("coleifer/sqlite-web"), "latest"), //$NON-NLS-1$ //$NON-NLS-2$
                settings.apply(DockerSettings.REGISTRY_MIRROR).map(String::strip).filter(m -> !m.isEmpty()));
    }

    private static String tagged(String repository, String tag) {
        String name = repository.strip();
        int slash = name.lastIndexOf('/');
        return name.indexOf(':', slash + 1) >= 0 || name.contains("@") ? name : name + ":" + tag; //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * @param options what the instance runs
     * @return the images its project needs
     */
    public List<String> needed(DockerOptions options) {
        List<String> needed = new ArrayList<>(List.of(maibot, napcat));
        if (options.generation() == 0) {
            needed.add(adapter);
        }
        if (options.sqliteWebPort() > 0) {
            needed.add(sqliteWeb);
        }
        return List.copyOf(needed);
    }

    /**
     * @param image an image
     * @return where to pull it from: through the mirror when one is set and the image is on Docker Hub
     */
    public String pullReference(String image) {
        if (mirror.isEmpty()) {
            return image;
        }
        String first = image.contains("/") ? image.substring(0, image.indexOf('/')) : ""; //$NON-NLS-1$ //$NON-NLS-2$
        boolean ownRegistry = first.contains(".") || first.contains(":") || first.equals("localhost"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        if (ownRegistry) {
            return image;
        }
        String prefix = mirror.get().replaceFirst("^https?://", "").replaceFirst("/+$", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        return prefix + "/" + (image.contains("/") ? image : "library/" + image); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}
