package mai.launcher.core.docker.internal.mode;

import java.util.Map;

import mai.launcher.deployment.api.DeployRequest;

/**
 * What a Docker instance was deployed with, from its options: the published ports (MaiBot's WebUI, NapCat's WebUI),
 * the generation and the image tag.
 *
 * @param webuiPort       the host port of MaiBot's WebUI (8001 in the container)
 * @param napcatWebuiPort the host port of NapCat's WebUI (6099 in the container)
 * @param generation      MaiBot's generation, {@code 0} or {@code 1}
 * @param tag             the images' tag
 * @param sqliteWebPort   the host port of the optional database browser (sqlite-web), 0 for none
 */
public record DockerOptions(int webuiPort, int napcatWebuiPort, int generation, String tag, int sqliteWebPort) {

    /** The option with NapCat's WebUI port. */
    public static final String NAPCAT_WEBUI_PORT = "napcat-webui-port"; //$NON-NLS-1$
    /** The option that forces pulling the images even when the engine has them. */
    public static final String PULL = "pull"; //$NON-NLS-1$
    /** The option with the host port of the database browser (sqlite-web); absent or 0: no browser. */
    public static final String SQLITE_WEB_PORT = "sqlite-web-port"; //$NON-NLS-1$
    /** The option with the generation. */
    public static final String GENERATION = "generation"; //$NON-NLS-1$

    /**
     * @param options an instance's or request's options
     * @return the Docker options, with MaiBot's compose defaults (18001, 6099, latest) where none is given
     */
    public static DockerOptions of(Map<String, String> options) {
        String tag = options.getOrDefault(DeployRequest.REF, "").isBlank() ? "latest" //$NON-NLS-1$ //$NON-NLS-2$
                : options.get(DeployRequest.REF).strip();
        int generation = options.containsKey(GENERATION) ? number(options.get(GENERATION), 1)
                : tag.matches("v?0\\..*") ? 0 : 1; //$NON-NLS-1$
        return new DockerOptions(number(options.get(DeployRequest.WEBUI_PORT), 18001),
                number(options.get(NAPCAT_WEBUI_PORT), 6099), generation, tag,
                number(options.get(SQLITE_WEB_PORT), 0));
    }

    /** @return the host ports the instance's project publishes */
    public java.util.List<Integer> hostPorts() {
        return sqliteWebPort > 0 ? java.util.List.of(webuiPort, napcatWebuiPort, sqliteWebPort)
                : java.util.List.of(webuiPort, napcatWebuiPort);
    }

    private static int number(String text, int fallback) {
        try {
            return text == null || text.isBlank() ? fallback : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
