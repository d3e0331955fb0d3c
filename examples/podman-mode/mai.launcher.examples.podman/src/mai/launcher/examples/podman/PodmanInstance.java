package mai.launcher.examples.podman;

import java.nio.file.Path;

import mai.launcher.deployment.api.DeployRequest;
import mai.launcher.deployment.api.InstanceRef;

/** What the mode derives from an instance: its container's name, image, port and data folder. */
record PodmanInstance(InstanceRef ref) {

    static final String DEFAULT_IMAGE = "docker.io/sengokucola/maibot:latest"; //$NON-NLS-1$
    /** The option (and launcher setting) naming the image. */
    static final String IMAGE_OPTION = "podman.image"; //$NON-NLS-1$
    private static final int DEFAULT_PORT = 8000;

    String container() {
        return "mai-" + ref.id() + "-maibot"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    String image() {
        String image = ref.options().get(IMAGE_OPTION);
        return image == null || image.isBlank() ? DEFAULT_IMAGE : image;
    }

    int port() {
        try {
            return Integer.parseInt(ref.options().getOrDefault(DeployRequest.PORT, String.valueOf(DEFAULT_PORT)));
        } catch (NumberFormatException e) {
            return DEFAULT_PORT;
        }
    }

    Path dataFolder() {
        return ref.folder().resolve("podman-data"); //$NON-NLS-1$
    }
}
