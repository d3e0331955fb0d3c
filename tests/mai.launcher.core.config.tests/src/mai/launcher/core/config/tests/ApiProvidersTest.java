package mai.launcher.core.config.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import mai.launcher.core.ErrorCode;
import mai.launcher.core.LauncherException;
import mai.launcher.core.config.providers.ApiProvider;
import mai.launcher.core.config.providers.ApiProviders;
import mai.launcher.core.config.providers.ClientType;
import mai.launcher.core.config.providers.ModelInfo;
import mai.launcher.core.config.providers.ProviderSpec;
import mai.launcher.tests.support.DataFolderFixture;
import mai.launcher.tests.support.OldLauncherDatabase;

/**
 * API providers in a real data folder: keys in secure storage (never in the database files), the old launcher's
 * plain-text key moved out on first start with no copy left behind, bad names and addresses refused.
 */
class ApiProvidersTest {

    private DataFolderFixture folder;

    @AfterEach
    void close() {
        if (folder != null) {
            folder.close();
        }
    }

    @Test
    void keysLiveInSecureStorageNotInTheDatabase() throws Exception {
        folder = DataFolderFixture.create();
        ApiProviders providers = DataFolderFixture.service(ApiProviders.class);
        ApiProvider added = providers.add(new ProviderSpec("DeepSeek", "https://api.deepseek.com", ClientType.OPENAI,
                true, 5), Optional.of("sk-test-secret-4711"));
        assertTrue(added.hasKey());
        assertEquals(Optional.of("sk-test-secret-4711"), providers.key(added.id()));
        assertFalse(added.toString().contains("sk-test"), "a provider does not carry its key");
        assertNoFileContains(folder.root(), "sk-test-secret-4711");

        ApiProvider changed = providers.update(added.id(), new ProviderSpec("DeepSeek 2", "https://api.deepseek.com/v1",
                ClientType.OPENAI_RESPONSES, false, 1));
        assertEquals("DeepSeek 2", changed.name());
        assertEquals(ClientType.OPENAI_RESPONSES, changed.clientType());
        assertEquals(Optional.of(changed), providers.find("deepseek 2"));
        assertEquals(Optional.of(changed), providers.find(String.valueOf(added.id())));

        providers.setKey(added.id(), Optional.empty());
        assertFalse(providers.find("DeepSeek 2").orElseThrow().hasKey());
        assertEquals(Optional.empty(), providers.key(added.id()));
        providers.remove(added.id());
        assertEquals(List.of(), providers.list());
    }

    @Test
    void modelsAreFetchedWithTheStoredKeyAndKept() throws Exception {
        folder = DataFolderFixture.create();
        ApiProviders providers = DataFolderFixture.service(ApiProviders.class);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/models", exchange -> {
            boolean authorized = "Bearer sk-right".equals(exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] body = (authorized ? "{\"object\":\"list\",\"data\":[{\"id\":\"deepseek-chat\",\"owned_by\":\"deepseek\"},"
                    + "{\"id\":\"deepseek-reasoner\",\"owned_by\":\"deepseek\"}]}"
                    : "{\"error\":{\"message\":\"Authentication Fails, invalid key\"}}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(authorized ? 200 : 401, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
            ApiProvider provider = providers.add(ProviderSpec.openAi("Local", base), Optional.of("sk-right"));
            List<ModelInfo> models = providers.fetchModels(provider.id(), Duration.ofSeconds(5));
            assertEquals(List.of("deepseek-chat", "deepseek-reasoner"), models.stream().map(ModelInfo::id).toList());
            assertEquals(models.stream().map(ModelInfo::id).toList(),
                    providers.models(provider.id()).stream().map(ModelInfo::id).toList(), "kept in api_models");
            assertTrue(providers.find("Local").orElseThrow().modelsUpdated().isPresent());
            assertEquals(Optional.empty(), providers.fetchBalance(provider.id(), Duration.ofSeconds(5)),
                    "no balance endpoint known for this address");

            providers.setKey(provider.id(), Optional.of("sk-wrong-one"));
            LauncherException refused = assertThrows(LauncherException.class,
                    () -> providers.fetchModels(provider.id(), Duration.ofSeconds(5)));
            assertTrue(refused.getMessage().startsWith("Local: "), refused.getMessage());
            assertFalse(refused.getMessage().contains("sk-wrong-one"), refused.getMessage());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void badNamesAndAddressesAreRefused() throws Exception {
        folder = DataFolderFixture.create();
        ApiProviders providers = DataFolderFixture.service(ApiProviders.class);
        providers.add(ProviderSpec.openAi("SiliconFlow", "https://api.siliconflow.cn/v1"), Optional.empty());
        LauncherException taken = assertThrows(LauncherException.class,
                () -> providers.add(ProviderSpec.openAi("siliconflow", "https://x.example"), Optional.empty()));
        assertEquals(ErrorCode.CONFLICT, taken.code());
        LauncherException url = assertThrows(LauncherException.class,
                () -> providers.add(ProviderSpec.openAi("Other", "api.example.com/v1"), Optional.empty()));
        assertTrue(url.getMessage().contains("https://"), url.getMessage());
        assertThrows(LauncherException.class, () -> providers.add(ProviderSpec.openAi(" ", "https://a.b"), Optional.empty()));
        assertEquals(1, providers.list().size());
    }

    @Test
    void theOldLaunchersPlainKeyIsMovedWithNoCopyLeft() throws Exception {
        Path root = Files.createTempDirectory("mai-old-keys-");
        Files.createDirectories(root.resolve("data/database"));
        OldLauncherDatabase.create(root.resolve("data/database/mailauncher.db"), false);
        folder = DataFolderFixture.at(root);
        ApiProviders providers = DataFolderFixture.service(ApiProviders.class);
        ApiProvider old = providers.find("SiliconFlow").orElseThrow();
        assertTrue(old.hasKey());
        assertEquals(Optional.of("sk-old-plain-text-key"), providers.key(old.id()));
        assertTrue(Files.list(root.resolve("data/database/backups")).findAny().isPresent(), "a backup was made");
        assertNoFileContains(root, "sk-old-plain-text-key");
    }

    private static void assertNoFileContains(Path root, String secret) throws Exception {
        byte[] needle = secret.getBytes(StandardCharsets.UTF_8);
        try (var files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertFalse(indexOf(Files.readAllBytes(file), needle) >= 0, secret + " in plain text in " + file);
            }
        }
    }

    private static int indexOf(byte[] content, byte[] part) {
        outer: for (int i = 0; i + part.length <= content.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (content[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
