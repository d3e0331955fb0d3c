package mai.launcher.core.config.maibot;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the configuration files of one instance are, from its folder, MaiBot generation and mode.
 * Paths are computed, not checked: a file may not exist yet (MaiBot 1.x writes its TOML files on
 * first start).
 *
 * <table>
 * <caption>Layout</caption>
 * <tr><th>file</th><th>local</th><th>docker (compose bind mounts)</th></tr>
 * <tr><td>bot / model</td><td>{@code MaiBot/config/}</td><td>{@code docker-config/mmc/}</td></tr>
 * <tr><td>adapter 0.x</td><td>{@code MaiBot-Napcat-Adapter/config.toml}</td>
 * <td>{@code docker-config/adapters/config.toml}</td></tr>
 * <tr><td>adapter 1.x</td><td>{@code MaiBot/plugins/MaiBot-Napcat-Adapter/config.toml}</td>
 * <td>{@code data/MaiMBot/plugins/MaiBot-Napcat-Adapter/config.toml}</td></tr>
 * <tr><td>.env (0.x)</td><td>{@code MaiBot/.env}</td><td>{@code docker-config/mmc/.env}</td></tr>
 * <tr><td>NapCat OneBot</td><td>{@code NapCat/config/onebot11[_<qq>].json}</td>
 * <td>{@code napcat/config/onebot11[_<qq>].json}, then the official compose's
 * {@code docker-config/napcat/}</td></tr>
 * </table>
 *
 * @param instanceDir the instance folder, e.g. {@code mailauncher-data/deployments/<name>}
 * @param generation  the MaiBot generation
 * @param mode        local processes or Docker
 * @since 0.1
 */
public record InstanceFiles(Path instanceDir, Generation generation, InstanceMode mode) {

    private static final String ADAPTER_DIR = "MaiBot-Napcat-Adapter"; //$NON-NLS-1$
    private static final String ONEBOT = "onebot11"; //$NON-NLS-1$
    private static final String JSON = ".json"; //$NON-NLS-1$

    /**
     * The files of an instance as the launcher records it: its generation read from its files (1.x when they do
     * not tell yet, as before a first deployment), Docker for the Docker deploy modes.
     *
     * @param instanceDir  the instance folder
     * @param deployModeId the instance's deploy mode ({@code local}, {@code docker}, {@code wsl2_docker}, ...)
     * @return its files
     */
    public static InstanceFiles of(Path instanceDir, String deployModeId) {
        Generation generation = GenerationDetector.detect(instanceDir).orElse(Generation.V1);
        InstanceMode mode = deployModeId.contains("docker") ? InstanceMode.DOCKER //$NON-NLS-1$
                : GenerationDetector.detectMode(instanceDir);
        return new InstanceFiles(instanceDir, generation, mode);
    }

    /**
     * Creates the layout.
     *
     * @param instanceDir the instance folder
     * @param generation  the MaiBot generation
     * @param mode        local or Docker
     */
    public InstanceFiles {
        Objects.requireNonNull(instanceDir, "instanceDir"); //$NON-NLS-1$
        Objects.requireNonNull(generation, "generation"); //$NON-NLS-1$
        Objects.requireNonNull(mode, "mode"); //$NON-NLS-1$
    }

    /**
     * Returns the path of a TOML configuration file.
     *
     * @param kind which file
     * @return its path (it may not exist)
     */
    public Path config(ConfigKind kind) {
        Objects.requireNonNull(kind, "kind"); //$NON-NLS-1$
        if (kind != ConfigKind.ADAPTER) {
            return maiBotConfigDir().resolve(kind.fileName());
        }
        if (generation == Generation.V0) {
            return mode == InstanceMode.LOCAL ? instanceDir.resolve(ADAPTER_DIR).resolve("config.toml") //$NON-NLS-1$
                    : instanceDir.resolve("docker-config/adapters/config.toml"); //$NON-NLS-1$
        }
        Path plugins = mode == InstanceMode.LOCAL ? instanceDir.resolve("MaiBot/plugins") //$NON-NLS-1$
                : instanceDir.resolve("data/MaiMBot/plugins"); //$NON-NLS-1$
        return plugins.resolve(ADAPTER_DIR).resolve("config.toml"); //$NON-NLS-1$
    }

    /**
     * Returns the folder holding {@code bot_config.toml} and {@code model_config.toml}.
     *
     * @return {@code MaiBot/config} locally, {@code docker-config/mmc} in Docker
     */
    public Path maiBotConfigDir() {
        return mode == InstanceMode.LOCAL ? instanceDir.resolve("MaiBot/config") //$NON-NLS-1$
                : instanceDir.resolve("docker-config/mmc"); //$NON-NLS-1$
    }

    /**
     * Returns MaiBot's {@code .env}, which only 0.x has (1.x migrates it into TOML and deletes it).
     *
     * @return the path for 0.x, empty for 1.x
     */
    public Optional<Path> dotEnv() {
        if (generation == Generation.V1) {
            return Optional.empty();
        }
        return Optional.of(mode == InstanceMode.LOCAL ? instanceDir.resolve("MaiBot/.env") //$NON-NLS-1$
                : instanceDir.resolve("docker-config/mmc/.env")); //$NON-NLS-1$
    }

    /**
     * Lists the places NapCat's OneBot 11 configuration may be, most specific first. NapCat uses
     * {@code onebot11_<qq>.json} once an account logged in and {@code onebot11.json} as template.
     *
     * @param qq the bot's QQ number, or an empty string when unknown
     * @return the candidate paths, in order
     */
    public List<Path> oneBotCandidates(String qq) {
        Objects.requireNonNull(qq, "qq"); //$NON-NLS-1$
        List<Path> out = new ArrayList<>();
        for (Path dir : napCatConfigDirs()) {
            if (!qq.isBlank()) {
                out.add(dir.resolve(ONEBOT + "_" + qq.strip() + JSON)); //$NON-NLS-1$
            }
            out.add(dir.resolve(ONEBOT + JSON));
        }
        return out;
    }

    /**
     * Finds the OneBot configuration NapCat uses: {@code onebot11_<qq>.json} for the given QQ;
     * else the only {@code onebot11_<number>.json} there is (the account NapCat logged in with,
     * which may differ from the bot's configured QQ); else {@code onebot11.json}.
     *
     * @param qq the bot's QQ number, or an empty string when unknown
     * @return the existing file, or empty when there is none
     * @throws IOException when a NapCat config folder cannot be listed
     */
    public Optional<Path> findOneBotConfig(String qq) throws IOException {
        Objects.requireNonNull(qq, "qq"); //$NON-NLS-1$
        List<Path> candidates = oneBotCandidates(qq);
        Optional<Path> own = candidates.stream().filter(p -> !p.getFileName().toString().equals(ONEBOT + JSON))
                .filter(Files::isRegularFile).findFirst();
        if (own.isPresent()) {
            return own;
        }
        Optional<Path> single = singleAccountFile();
        if (single.isPresent()) {
            return single;
        }
        return candidates.stream().filter(Files::isRegularFile).findFirst();
    }

    private Optional<Path> singleAccountFile() throws IOException {
        List<Path> found = new ArrayList<>();
        for (Path dir : napCatConfigDirs()) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, ONEBOT + "_*" + JSON)) { //$NON-NLS-1$
                s.forEach(p -> {
                    if (p.getFileName().toString().matches("onebot11_\\d+\\.json")) { //$NON-NLS-1$
                        found.add(p);
                    }
                });
            }
        }
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    private List<Path> napCatConfigDirs() {
        if (mode == InstanceMode.LOCAL) {
            return List.of(instanceDir.resolve("NapCat/config")); //$NON-NLS-1$
        }
        return List.of(instanceDir.resolve("napcat/config"), instanceDir.resolve("docker-config/napcat")); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
