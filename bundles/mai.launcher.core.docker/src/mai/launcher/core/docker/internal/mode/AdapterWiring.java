package mai.launcher.core.docker.internal.mode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.osgi.util.NLS;

import mai.launcher.core.AtomicWrite;
import mai.launcher.core.config.ConfigException;
import mai.launcher.core.config.ConfigFile;
import mai.launcher.core.config.TomlPath;
import mai.launcher.core.docker.internal.Messages;

/**
 * Points the adapter at the other containers by their service names: for 1.x the adapter plugin connects to NapCat's
 * WebSocket server {@code napcat:3001}; for 0.x the adapter listens on 8095 for NapCat and connects to {@code core:8000}.
 * An existing file is edited in place through the TOML engine (comments kept); a missing one is written with the keys
 * that matter, and MaiBot completes it on its first start.
 */
final class AdapterWiring {

    private AdapterWiring() {
    }

    /**
     * For 0.x, NapCat is the client: its OneBot configuration gets a reverse WebSocket to {@code ws://adapters:8095}
     * (instead of {@code MODE=ws}'s server). Written only where NapCat has none yet ({@code onebot11.json}, which
     * NapCat copies for a new account, and the account's own file when the QQ account is known); the user's are kept.
     */
    static void writeNapcatClient(DockerLayout layout, java.util.Optional<String> qq, Consumer<String> log)
            throws IOException {
        Path folder = layout.folder().resolve("docker-config/napcat"); //$NON-NLS-1$
        java.util.List<Path> files = new java.util.ArrayList<>(java.util.List.of(folder.resolve("onebot11.json"))); //$NON-NLS-1$
        qq.ifPresent(account -> files.add(folder.resolve("onebot11_" + account + ".json"))); //$NON-NLS-1$ //$NON-NLS-2$
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                AtomicWrite.string(file, NAPCAT_REVERSE_WS);
                log.accept(NLS.bind(Messages.adapterWritten, file));
            }
        }
    }

    static void write(DockerLayout layout, int generation, Consumer<String> log) throws IOException {
        Path file;
        Map<String, String> values;
        if (generation == 0) {
            file = layout.folder().resolve("docker-config/adapters/config.toml"); //$NON-NLS-1$
            values = Map.of("napcat_server.host", "0.0.0.0", "napcat_server.port", "8095", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    "maibot_server.host", "core", "maibot_server.port", "8000"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        } else {
            file = layout.folder().resolve("data/MaiMBot/plugins/MaiBot-Napcat-Adapter/config.toml"); //$NON-NLS-1$
            values = Map.of("plugin.enabled", "true", "napcat_server.host", "napcat", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    "napcat_server.port", "3001"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (!Files.isRegularFile(file)) {
            AtomicWrite.string(file, generation == 0 ? V0 : V1);
            log.accept(NLS.bind(Messages.adapterWritten, file));
            return;
        }
        try {
            ConfigFile config = ConfigFile.load(file);
            for (Map.Entry<String, String> value : values.entrySet()) {
                TomlPath key = TomlPath.parse(value.getKey());
                if (config.document().get(key).isPresent()) {
                    config.document().setFromText(key, value.getValue());
                }
            }
            config.save();
            log.accept(NLS.bind(Messages.adapterUpdated, file));
        } catch (ConfigException e) {
            log.accept(NLS.bind(Messages.adapterNotUpdated, file, e.getMessage()));
        }
    }

    private static final String V1 = """
            # Written by MAI Launcher: the adapter plugin connects to NapCat's WebSocket server in the compose network.
            [plugin]
            enabled = true

            [napcat_server]
            host = "napcat"
            port = 3001
            token = ""
            """;

    /** NapCat's OneBot 11 network settings (as its templates have them) with one reverse WebSocket client. */
    private static final String NAPCAT_REVERSE_WS = """
            {
              "network": {
                "httpServers": [],
                "httpSseServers": [],
                "httpClients": [],
                "websocketServers": [],
                "websocketClients": [
                  {
                    "enable": true,
                    "name": "MaiBot-Napcat-Adapter",
                    "url": "ws://adapters:8095",
                    "reportSelfMessage": false,
                    "messagePostFormat": "array",
                    "token": "",
                    "debug": false,
                    "heartInterval": 30000,
                    "reconnectInterval": 30000
                  }
                ],
                "plugins": []
              },
              "musicSignUrl": "",
              "enableLocalFile2Url": false,
              "parseMultMsg": false
            }
            """;

    private static final String V0 = """
            # Written by MAI Launcher: NapCat connects to this adapter, which connects to MaiBot ("core").
            [napcat_server]
            host = "0.0.0.0"
            port = 8095
            heartbeat_interval = 30

            [maibot_server]
            host = "core"
            port = 8000
            """;
}
