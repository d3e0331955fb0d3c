package mai.launcher.core.config.maibot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Builds instance folders in a temporary directory from the real testdata files. */
final class Instances {

    static final String QQ = "1145141919810"; // bot.qq_account of the 0.12.3 template

    private Instances() {
    }

    /** NapCat's ws-mode JSON with one WebSocket client entry (as NapCat's WebUI writes it). */
    static String oneBotWithClient(boolean enable, String url, String token) {
        String client = "\"websocketClients\": [\n"
                + "      {\n"
                + "        \"enable\": " + enable + ",\n"
                + "        \"name\": \"adapter\",\n"
                + "        \"url\": \"" + url + "\",\n"
                + "        \"reportSelfMessage\": false,\n"
                + "        \"messagePostFormat\": \"array\",\n"
                + "        \"token\": \"" + token + "\",\n"
                + "        \"debug\": false,\n"
                + "        \"heartInterval\": 30000,\n"
                + "        \"reconnectInterval\": 30000\n"
                + "      }\n"
                + "    ]";
        return TestData.replaceOnce(TestData.read(TestData.ONEBOT_WS), "\"websocketClients\": []", client);
    }

    /** A consistent MaiBot 0.12.3 instance run locally. */
    static InstanceFiles v0Local(Path dir) {
        InstanceFiles f = new InstanceFiles(dir, Generation.V0, InstanceMode.LOCAL);
        TestData.write(f.config(ConfigKind.BOT), TestData.read(TestData.BOT_0123));
        TestData.write(f.config(ConfigKind.MODEL), TestData.read(TestData.MODEL_0123));
        TestData.write(f.config(ConfigKind.ADAPTER), TestData.read(TestData.ADAPTER_013));
        TestData.write(f.dotEnv().orElseThrow(), TestData.read(TestData.ENV_0123));
        mkdirs(dir.resolve("MaiBot/template"));
        TestData.write(dir.resolve("NapCat/config/onebot11_" + QQ + ".json"),
                oneBotWithClient(true, "ws://localhost:8095", ""));
        return f;
    }

    /** A consistent MaiBot 0.12.3 instance in Docker (0.x compose: services adapters and core). */
    static InstanceFiles v0Docker(Path dir) {
        InstanceFiles f = new InstanceFiles(dir, Generation.V0, InstanceMode.DOCKER);
        TestData.write(f.config(ConfigKind.BOT), TestData.read(TestData.BOT_0123));
        TestData.write(f.config(ConfigKind.MODEL), TestData.read(TestData.MODEL_0123));
        String adapter = TestData.replaceOnce(TestData.read(TestData.ADAPTER_013),
                "host = \"localhost\"      # Napcat", "host = \"0.0.0.0\"      # Napcat");
        adapter = TestData.replaceOnce(adapter, "host = \"localhost\"        # 麦麦", "host = \"core\"        # 麦麦");
        TestData.write(f.config(ConfigKind.ADAPTER), adapter);
        TestData.write(f.dotEnv().orElseThrow(),
                TestData.replaceOnce(TestData.read(TestData.ENV_0123), "HOST=127.0.0.1\nPORT", "HOST=0.0.0.0\nPORT"));
        TestData.write(dir.resolve("napcat/config/onebot11.json"), oneBotWithClient(true, "ws://adapters:8095", ""));
        return f;
    }

    /** A consistent MaiBot 1.2.1 instance from the official compose file. */
    static InstanceFiles v1Docker(Path dir) {
        InstanceFiles f = new InstanceFiles(dir, Generation.V1, InstanceMode.DOCKER);
        TestData.write(dir.resolve("docker-compose.yml"), TestData.read(TestData.COMPOSE_121));
        TestData.write(f.config(ConfigKind.BOT), TestData.read(TestData.BOT_121));
        TestData.write(f.config(ConfigKind.MODEL), TestData.read(TestData.MODEL_121));
        TestData.write(f.config(ConfigKind.ADAPTER), plugin(true, "napcat"));
        TestData.write(dir.resolve("napcat/config/onebot11.json"), TestData.read(TestData.ONEBOT_WS));
        return f;
    }

    /** A consistent MaiBot 1.2.1 instance run locally. */
    static InstanceFiles v1Local(Path dir) {
        InstanceFiles f = new InstanceFiles(dir, Generation.V1, InstanceMode.LOCAL);
        TestData.write(f.config(ConfigKind.BOT), TestData.read(TestData.BOT_121));
        TestData.write(f.config(ConfigKind.MODEL), TestData.read(TestData.MODEL_121));
        TestData.write(f.config(ConfigKind.ADAPTER), plugin(true, "127.0.0.1"));
        TestData.write(dir.resolve("NapCat/config/onebot11.json"), TestData.read(TestData.ONEBOT_WS));
        return f;
    }

    static String plugin(boolean enabled, String host) {
        String text = TestData.replaceOnce(TestData.adapterPlugin(), "\nenabled = false", "\nenabled = " + enabled);
        return TestData.replaceOnce(text, "host = \"127.0.0.1\"", "host = \"" + host + "\"");
    }

    /** Replaces text once in a file of the instance. */
    static void edit(Path file, String from, String to) {
        TestData.write(file, TestData.replaceOnce(TestData.read(file), from, to));
    }

    static void mkdirs(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
