package mai.launcher.core.config.maibot.internal;

import java.nio.file.Path;
import java.util.List;

/**
 * What the wiring check needs from NapCat's OneBot 11 JSON: its WebSocket servers (1.x adapter
 * connects to one) and WebSocket clients (NapCat connects to the 0.x adapter through one).
 *
 * @param file    the JSON file
 * @param servers {@code network.websocketServers}
 * @param clients {@code network.websocketClients}
 */
public record OneBotConfig(Path file, List<Server> servers, List<Client> clients) {

    /** JSON Pointer of the servers array. */
    public static final String SERVERS = "/network/websocketServers"; //$NON-NLS-1$
    /** JSON Pointer of the clients array. */
    public static final String CLIENTS = "/network/websocketClients"; //$NON-NLS-1$

    /**
     * A WebSocket server entry.
     *
     * @param index  its position in the array
     * @param enable whether it is switched on
     * @param name   its name ("" when missing)
     * @param host   its listen address ("" when missing)
     * @param port   its port, or -1 when missing or no number
     * @param token  its access token ("" when missing)
     */
    public record Server(int index, boolean enable, String name, String host, int port, String token) {

        /**
         * Returns the JSON Pointer of one of its fields.
         *
         * @param field e.g. {@code port}
         * @return the pointer
         */
        public String pointer(String field) {
            return SERVERS + "/" + index + "/" + field; //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /**
     * A WebSocket client entry.
     *
     * @param index  its position in the array
     * @param enable whether it is switched on
     * @param name   its name ("" when missing)
     * @param url    the URL it connects to ("" when missing)
     * @param token  its access token ("" when missing)
     */
    public record Client(int index, boolean enable, String name, String url, String token) {

        /**
         * Returns the JSON Pointer of one of its fields.
         *
         * @param field e.g. {@code url}
         * @return the pointer
         */
        public String pointer(String field) {
            return CLIENTS + "/" + index + "/" + field; //$NON-NLS-1$ //$NON-NLS-2$
        }
    }
}
