package mai.launcher.core.config.maibot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

import mai.launcher.core.config.ConfigException;
import mai.launcher.core.config.ConfigValue;
import mai.launcher.core.config.TomlDocument;
import mai.launcher.core.config.TomlPath;

/**
 * Guesses an instance's MaiBot generation and mode from the files present, for instances the
 * launcher did not create itself (e.g. an imported {@code mailauncher-data/}).
 *
 * <p>Evidence, strongest first: the version in {@code pyproject.toml}; the adapter plugin folder
 * (1.x); the standalone adapter folder, or {@code .env} next to {@code template/} (0.x). The
 * {@code [inner].version} of the TOML files is not used: it numbers the file layout (7.x in
 * MaiBot 0.12, 8.x in 1.2), not MaiBot.
 *
 * @since 0.1
 */
public final class GenerationDetector {

    private GenerationDetector() {
    }

    /**
     * Detects the generation.
     *
     * @param instanceDir the instance folder
     * @return the generation, or empty when the files say nothing
     */
    public static Optional<Generation> detect(Path instanceDir) {
        Objects.requireNonNull(instanceDir, "instanceDir"); //$NON-NLS-1$
        Optional<Generation> declared = declaredVersion(instanceDir.resolve("MaiBot/pyproject.toml")) //$NON-NLS-1$
                .flatMap(Generation::ofVersion);
        if (declared.isPresent()) {
            return declared;
        }
        if (isDir(instanceDir, "MaiBot/plugins/MaiBot-Napcat-Adapter") //$NON-NLS-1$
                || isDir(instanceDir, "data/MaiMBot/plugins/MaiBot-Napcat-Adapter")) { //$NON-NLS-1$
            return Optional.of(Generation.V1);
        }
        boolean standalone = isDir(instanceDir, "MaiBot-Napcat-Adapter") //$NON-NLS-1$
                || isDir(instanceDir, "docker-config/adapters"); //$NON-NLS-1$
        boolean dotEnv = Files.isRegularFile(instanceDir.resolve("docker-config/mmc/.env")) //$NON-NLS-1$
                || isDir(instanceDir, "MaiBot/template") //$NON-NLS-1$
                        && Files.isRegularFile(instanceDir.resolve("MaiBot/.env")); //$NON-NLS-1$
        if (standalone || dotEnv) {
            return Optional.of(Generation.V0);
        }
        return Optional.empty();
    }

    /**
     * Detects the mode: Docker when the folder holds a compose file or its {@code docker-config/}.
     *
     * @param instanceDir the instance folder
     * @return {@link InstanceMode#DOCKER} or {@link InstanceMode#LOCAL}
     */
    public static InstanceMode detectMode(Path instanceDir) {
        Objects.requireNonNull(instanceDir, "instanceDir"); //$NON-NLS-1$
        boolean docker = Files.isRegularFile(instanceDir.resolve("docker-compose.yml")) //$NON-NLS-1$
                || Files.isRegularFile(instanceDir.resolve("compose.yml")) //$NON-NLS-1$
                || isDir(instanceDir, "docker-config"); //$NON-NLS-1$
        return docker ? InstanceMode.DOCKER : InstanceMode.LOCAL;
    }

    private static boolean isDir(Path base, String rel) {
        return Files.isDirectory(base.resolve(rel));
    }

    private static Optional<String> declaredVersion(Path pyproject) {
        if (!Files.isRegularFile(pyproject)) {
            return Optional.empty();
        }
        try {
            TomlDocument doc = TomlDocument.parse(Files.readAllBytes(pyproject));
            return doc.get(TomlPath.of("project", "version")) //$NON-NLS-1$ //$NON-NLS-2$
                    .filter(ConfigValue.StringValue.class::isInstance)
                    .map(v -> ((ConfigValue.StringValue) v).value());
        } catch (IOException | ConfigException e) {
            return Optional.empty(); // an unreadable pyproject is no evidence either way
        }
    }
}
