package mai.launcher.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

import mai.launcher.cli.tests.InProcessCli.Run;

/**
 * {@code config} and {@code provider} commands on a MaiBot 0.x instance made of the real 0.12.3 templates and the
 * standalone adapter's config (shared test data): values read and changed with everything else kept, the wiring
 * checked and fixed, a provider added with its key from the standard input, its models fetched from an
 * OpenAI-compatible server on 127.0.0.1, and applied to the instance's model_config.toml.
 */
class ConfigCommandLineTest {

    @TempDir
    Path data;
    private InProcessCli cli;
    private Path folder;

    @BeforeEach
    void makeA0xInstance() throws Exception {
        cli = new InProcessCli(data);
        assertEquals(0, cli.run("instance", "create", "--name", "legacy").exitCode());
        folder = data.resolve("deployments/legacy");
        Path testdata = Path.of(System.getProperty("mai.testdata"));
        Files.createDirectories(folder.resolve("MaiBot/config"));
        Files.createDirectories(folder.resolve("MaiBot/template"));
        Files.createDirectories(folder.resolve("MaiBot-Napcat-Adapter"));
        Files.copy(testdata.resolve("maibot-0.12.3.bot_config_template.toml"), folder.resolve("MaiBot/config/bot_config.toml"));
        Files.copy(testdata.resolve("maibot-0.12.3.model_config_template.toml"), folder.resolve("MaiBot/config/model_config.toml"));
        Files.copy(testdata.resolve("maibot-0.12.3.template.env"), folder.resolve("MaiBot/.env"));
        Files.copy(testdata.resolve("adapter-standalone-0.1.3.template_config.toml"),
                folder.resolve("MaiBot-Napcat-Adapter/config.toml"));
    }

    @Test
    void getSetAndValidateTheWiring() throws Exception {
        Run nickname = cli.run("config", "get", "legacy", "bot", "bot.nickname");
        assertEquals(0, nickname.exitCode(), nickname.err());
        Run set = cli.run("config", "set", "legacy", "bot", "bot.nickname", "小麦");
        assertEquals(0, set.exitCode(), set.err());
        assertEquals("小麦", cli.run("config", "get", "legacy", "bot", "bot.nickname").out().strip());
        Run version = cli.run("config", "set", "legacy", "bot", "inner.version", "9.9.9");
        assertEquals(1, version.exitCode(), "[inner].version is never changed");
        Run badFile = cli.run("config", "get", "legacy", "napcat", "x");
        assertEquals(2, badFile.exitCode());

        // The adapter looks for MaiBot on another port than MaiBot's .env says: found, then fixed.
        Path adapter = folder.resolve("MaiBot-Napcat-Adapter/config.toml");
        assertEquals(0, cli.run("toml", "set", adapter.toString(), "maibot_server.port", "8123").exitCode());
        Run broken = cli.run("config", "validate", "legacy");
        assertTrue(broken.out().contains("adapter -> MaiBot"), broken.out());
        assertTrue(broken.out().contains("--fix"), broken.out());
        Run fixed = cli.run("config", "validate", "legacy", "--fix");
        assertTrue(fixed.out().contains("Applied"), fixed.out());
        Run again = cli.run("config", "validate", "legacy");
        assertFalse(again.out().contains("adapter -> MaiBot"), again.out());
    }

    @Test
    void providersKeepTheirKeySecretAndAreAppliedToAnInstance() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/models", exchange -> {
            boolean authorized = "Bearer sk-cli-secret".equals(exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] body = (authorized ? "{\"data\":[{\"id\":\"deepseek-chat\",\"owned_by\":\"deepseek\"}]}"
                    : "{\"error\":{\"message\":\"bad key\"}}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(authorized ? 200 : 401, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            assertTrue(cli.run("provider").out().contains("No API provider yet"));
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
            Run added = cli.run("sk-cli-secret\n", false, "provider", "add", "--name", "Local", "--url", url, "--key", "-");
            assertEquals(0, added.exitCode(), added.err());
            Run list = cli.run("provider", "list");
            assertTrue(list.out().contains("Local") && list.out().contains("\u25cf"), list.out());
            assertFalse(list.out().contains("sk-cli-secret"), "the key is never printed");
            Run models = cli.run("provider", "models", "Local");
            assertEquals(0, models.exitCode(), models.err());
            assertTrue(models.out().contains("deepseek-chat"), models.out());

            Run applied = cli.run("provider", "apply", "Local", "legacy");
            assertEquals(0, applied.exitCode(), applied.err());
            String model = Files.readString(folder.resolve("MaiBot/config/model_config.toml"));
            assertTrue(model.contains("name = \"Local\"") && model.contains("api_key = \"sk-cli-secret\""), model);

            Run unconfirmed = cli.run("provider", "remove", "Local");
            assertEquals(2, unconfirmed.exitCode(), "removing a key asks for --yes");
            assertEquals(0, cli.run("provider", "remove", "Local", "--yes").exitCode());
            assertTrue(cli.run("provider").out().contains("No API provider yet"));
        } finally {
            server.stop(0);
        }
    }
}
