package mai.launcher.core.local.internal;

import java.util.Map;

import mai.launcher.deployment.api.DeployRequest;

/**
 * The ports of a local instance: MaiBot's message server, its WebUI, and the 0.x adapter's server.
 *
 * @param maibot  MaiBot's message server (8000)
 * @param webui   MaiBot's WebUI (8001)
 * @param adapter the 0.x adapter's server that NapCat connects to (8095)
 */
public record LocalPorts(int maibot, int webui, int adapter) {

    /**
     * @param options an instance's or a request's options
     * @return the ports they name, with the defaults for the others
     */
    public static LocalPorts of(Map<String, String> options) {
        return new LocalPorts(port(options, DeployRequest.PORT, 8000), port(options, DeployRequest.WEBUI_PORT, 8001),
                port(options, DeployRequest.ADAPTER_PORT, 8095));
    }

    private static int port(Map<String, String> options, String key, int fallback) {
        try {
            int port = Integer.parseInt(options.getOrDefault(key, "").strip()); //$NON-NLS-1$
            return port > 0 && port < 65536 ? port : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
