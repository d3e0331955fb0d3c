package mai.launcher.core.config.maibot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstanceFilesTest {

    @TempDir
    Path tmp;

    private static String rel(InstanceFiles f, Path p) {
        return f.instanceDir().relativize(p).toString();
    }

    @Test
    void localLayouts() {
        InstanceFiles v0 = new InstanceFiles(tmp, Generation.V0, InstanceMode.LOCAL);
        assertEquals("MaiBot/config/bot_config.toml", rel(v0, v0.config(ConfigKind.BOT)));
        assertEquals("MaiBot/config/model_config.toml", rel(v0, v0.config(ConfigKind.MODEL)));
        assertEquals("MaiBot-Napcat-Adapter/config.toml", rel(v0, v0.config(ConfigKind.ADAPTER)));
        assertEquals("MaiBot/.env", rel(v0, v0.dotEnv().orElseThrow()));
        InstanceFiles v1 = new InstanceFiles(tmp, Generation.V1, InstanceMode.LOCAL);
        assertEquals("MaiBot/config/bot_config.toml", rel(v1, v1.config(ConfigKind.BOT)));
        assertEquals("MaiBot/plugins/MaiBot-Napcat-Adapter/config.toml", rel(v1, v1.config(ConfigKind.ADAPTER)));
        assertEquals(Optional.empty(), v1.dotEnv());
        assertEquals(List.of("NapCat/config/onebot11_123.json", "NapCat/config/onebot11.json"),
                v1.oneBotCandidates("123").stream().map(p -> rel(v1, p)).toList());
    }

    @Test
    void dockerLayouts() {
        InstanceFiles v0 = new InstanceFiles(tmp, Generation.V0, InstanceMode.DOCKER);
        assertEquals("docker-config/mmc/bot_config.toml", rel(v0, v0.config(ConfigKind.BOT)));
        assertEquals("docker-config/adapters/config.toml", rel(v0, v0.config(ConfigKind.ADAPTER)));
        assertEquals("docker-config/mmc/.env", rel(v0, v0.dotEnv().orElseThrow()));
        InstanceFiles v1 = new InstanceFiles(tmp, Generation.V1, InstanceMode.DOCKER);
        assertEquals("docker-config/mmc/model_config.toml", rel(v1, v1.config(ConfigKind.MODEL)));
        assertEquals("data/MaiMBot/plugins/MaiBot-Napcat-Adapter/config.toml", rel(v1, v1.config(ConfigKind.ADAPTER)));
        assertEquals(List.of("napcat/config/onebot11.json", "docker-config/napcat/onebot11.json"),
                v1.oneBotCandidates("").stream().map(p -> rel(v1, p)).toList());
    }

    @Test
    void findsTheOneBotFileNapCatUses() throws Exception {
        InstanceFiles f = new InstanceFiles(tmp, Generation.V1, InstanceMode.LOCAL);
        assertEquals(Optional.empty(), f.findOneBotConfig(""));
        Path generic = tmp.resolve("NapCat/config/onebot11.json");
        TestData.write(generic, "{}");
        assertEquals(Optional.of(generic), f.findOneBotConfig("123"));
        Path account = tmp.resolve("NapCat/config/onebot11_555.json");
        TestData.write(account, "{}");
        assertEquals(Optional.of(account), f.findOneBotConfig(""));
        assertEquals(Optional.of(account), f.findOneBotConfig("123"));
        Path own = tmp.resolve("NapCat/config/onebot11_123.json");
        TestData.write(own, "{}");
        assertEquals(Optional.of(own), f.findOneBotConfig("123"));
        assertEquals(Optional.of(generic), f.findOneBotConfig("")); // two accounts: no guess
    }

    @Test
    void namesAndVersions() {
        assertEquals(Optional.of(ConfigKind.BOT), ConfigKind.fromCliName("bot"));
        assertEquals(Optional.of(ConfigKind.MODEL), ConfigKind.fromCliName(" Model "));
        assertEquals(Optional.of(ConfigKind.ADAPTER), ConfigKind.fromCliName("adapter"));
        assertEquals(Optional.empty(), ConfigKind.fromCliName("env"));
        assertEquals(Optional.of(InstanceMode.DOCKER), InstanceMode.fromCliName("docker"));
        assertEquals(Optional.of(Generation.V0), Generation.ofVersion("0.12.3"));
        assertEquals(Optional.of(Generation.V1), Generation.ofVersion("v1.2.1"));
        assertEquals(Optional.of(Generation.V1), Generation.ofVersion("1.0.0-beta"));
        assertEquals(Optional.empty(), Generation.ofVersion("2.0.0"));
        assertEquals(Optional.empty(), Generation.ofVersion("latest"));
        assertEquals(Optional.of(ManagedKey.NAPCAT_PORT), ManagedKey.find(ConfigKind.ADAPTER, "napcat_server.port"));
        assertEquals(Optional.empty(), ManagedKey.find(ConfigKind.BOT, "napcat_server.port"));
    }

    @Test
    void detectsGenerationAndMode() throws Exception {
        Path v0 = tmp.resolve("v0");
        Instances.v0Local(v0);
        assertEquals(Optional.of(Generation.V0), GenerationDetector.detect(v0));
        assertEquals(InstanceMode.LOCAL, GenerationDetector.detectMode(v0));
        Path v1 = tmp.resolve("v1");
        Instances.v1Docker(v1);
        assertEquals(Optional.of(Generation.V1), GenerationDetector.detect(v1));
        assertEquals(InstanceMode.DOCKER, GenerationDetector.detectMode(v1));
        Path v0d = tmp.resolve("v0d");
        Instances.v0Docker(v0d);
        assertEquals(Optional.of(Generation.V0), GenerationDetector.detect(v0d));
        assertEquals(Optional.empty(), GenerationDetector.detect(tmp.resolve("empty")));
        Path declared = tmp.resolve("declared");
        TestData.write(declared.resolve("MaiBot/pyproject.toml"), "[project]\nname = \"MaiBot\"\nversion = \"1.2.1\"\n");
        Instances.mkdirs(declared.resolve("MaiBot-Napcat-Adapter")); // left over from 0.x: the version wins
        assertEquals(Optional.of(Generation.V1), GenerationDetector.detect(declared));
        // Upgraded in place: the old standalone adapter is still there, the plugin decides.
        Path upgraded = tmp.resolve("upgraded");
        Files.createDirectories(upgraded.resolve("MaiBot-Napcat-Adapter"));
        Files.createDirectories(upgraded.resolve("MaiBot/plugins/MaiBot-Napcat-Adapter"));
        assertEquals(Optional.of(Generation.V1), GenerationDetector.detect(upgraded));
    }
}
