package mai.launcher.core.config.maibot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import mai.launcher.core.config.maibot.WiringFinding.Link;

class WiringTest {

    @TempDir
    Path tmp;

    /** One kind of mismatch: how to build the instance, how to break it, what must be reported. */
    interface Breakage {
        void apply(InstanceFiles f) throws Exception;
    }

    private static Path oneBot(InstanceFiles f) throws Exception {
        return f.findOneBotConfig(f.generation() == Generation.V0 ? Instances.QQ : "").orElseThrow();
    }

    @Test
    void consistent0xLocalInstancePasses() throws Exception {
        WiringReport r = WiringCheck.check(Instances.v0Local(tmp));
        assertTrue(r.ok(), r.findings().toString());
        // The 0.1.3 template's whitelists are empty: MaiBot would never reply, a warning without fix.
        assertEquals(1, r.findings().size(), r.findings().toString());
        assertEquals(Link.CHAT_FILTER, r.findings().get(0).link());
        assertEquals(Severity.WARNING, r.findings().get(0).severity());
        assertTrue(r.findings().get(0).fix().isEmpty());
    }

    @Test
    void consistent1xDockerInstancePasses() throws Exception {
        WiringReport r = WiringCheck.check(Instances.v1Docker(tmp));
        assertTrue(r.ok(), r.findings().toString());
        assertEquals(List.of(Link.CHAT_FILTER), r.findings().stream().map(WiringFinding::link).toList());
    }

    @Test
    void consistent1xLocalAnd0xDockerInstancesPass() throws Exception {
        assertTrue(WiringCheck.check(Instances.v1Local(tmp.resolve("a"))).ok());
        WiringReport r = WiringCheck.check(Instances.v0Docker(tmp.resolve("b")));
        assertTrue(r.ok(), r.findings().toString());
    }

    static Stream<Arguments> mismatches() {
        Function<InstanceFiles, Path> adapter = f -> f.config(ConfigKind.ADAPTER);
        return Stream.of(
                m("0.x NapCat client port", Generation.V0, f -> TestData.write(oneBotV0(f),
                        Instances.oneBotWithClient(true, "ws://localhost:8096", "")), Link.NAPCAT_ADAPTER,
                        "NapCat's WebSocket client \"adapter\" connects to ws://localhost:8096, but the adapter waits "
                                + "for it at ws://localhost:8095. Change the client's URL to ws://localhost:8095."),
                m("0.x NapCat client host", Generation.V0, f -> TestData.write(oneBotV0(f),
                        Instances.oneBotWithClient(true, "ws://192.168.1.5:8095/", "")), Link.NAPCAT_ADAPTER,
                        "NapCat's WebSocket client \"adapter\" connects to ws://192.168.1.5:8095/, but the adapter "
                                + "waits for it at ws://localhost:8095/."),
                m("0.x no NapCat client", Generation.V0, f -> TestData.write(oneBotV0(f),
                        TestData.read(TestData.ONEBOT_WS)), Link.NAPCAT_ADAPTER,
                        "NapCat has no WebSocket client that connects to the adapter, so no message reaches MaiBot. "
                                + "Add a reverse WebSocket client with the URL ws://localhost:8095"),
                m("0.x NapCat client off", Generation.V0, f -> TestData.write(oneBotV0(f),
                        Instances.oneBotWithClient(false, "ws://localhost:8095", "")), Link.NAPCAT_ADAPTER,
                        "NapCat's WebSocket client \"adapter\" (URL ws://localhost:8095) is switched off"),
                m("0.x token", Generation.V0, f -> Instances.edit(adapter.apply(f), "token = \"\"",
                        "token = \"abc\""), Link.NAPCAT_ADAPTER,
                        "The access token of NapCat's WebSocket client \"adapter\" differs from napcat_server.token"),
                m("0.x MaiBot port", Generation.V0, f -> Instances.edit(f.dotEnv().orElseThrow(), "\nPORT=8000",
                        "\nPORT=8001"), Link.ADAPTER_MAIBOT,
                        "The adapter connects to MaiBot on port 8000 (maibot_server.port), but MaiBot listens on "
                                + "port 8001 (PORT in .env). Set maibot_server.port to 8001."),
                m("0.x MaiBot host", Generation.V0, f -> Instances.edit(adapter.apply(f),
                        "host = \"localhost\"        # 麦麦", "host = \"10.0.0.2\"        # 麦麦"), Link.ADAPTER_MAIBOT,
                        "The adapter connects to MaiBot at \"10.0.0.2\" (maibot_server.host), but MaiBot listens on "
                                + "\"127.0.0.1\" (HOST in .env). Set maibot_server.host to \"127.0.0.1\"."),
                m("0.x .env without PORT", Generation.V0, f -> Instances.edit(f.dotEnv().orElseThrow(),
                        "\nPORT=8000\n", "\n"), Link.ADAPTER_MAIBOT,
                        "MaiBot's .env does not set PORT, so the adapter cannot be sure where MaiBot listens. Add "
                                + "PORT=8000."),
                m("0.x QQ account", Generation.V0, f -> Files.move(oneBotV0(f),
                        oneBotV0(f).resolveSibling("onebot11_12345678.json")), Link.ACCOUNT,
                        "NapCat is logged in as QQ 12345678 (its settings file is onebot11_12345678.json), but "
                                + "bot.qq_account in bot_config.toml is \"1145141919810\"."),
                m("0.x empty QQ account", Generation.V0, f -> Instances.edit(f.config(ConfigKind.BOT),
                        "qq_account = \"1145141919810\"", "qq_account = \"\""), Link.ACCOUNT,
                        "bot.qq_account in bot_config.toml is empty, but MaiBot 0.x needs the QQ number NapCat logs "
                                + "in with. Set it to 1145141919810."),
                m("1.x plugin off", Generation.V1, f -> Instances.edit(adapter.apply(f), "enabled = true",
                        "enabled = false"), Link.ADAPTER_PLUGIN,
                        "The NapCat adapter plugin is switched off ([plugin] enabled is not true in its "
                                + "config.toml), so MaiBot never connects to NapCat. Switch it on."),
                m("1.x plugin switch missing", Generation.V1, f -> Instances.edit(adapter.apply(f),
                        "enabled = true # 是否启用 NapCat 适配器。\n", ""), Link.ADAPTER_PLUGIN,
                        "The NapCat adapter plugin is switched off"),
                m("1.x loopback in Docker", Generation.V1, f -> Instances.edit(adapter.apply(f),
                        "host = \"napcat\"", "host = \"127.0.0.1\""), Link.NAPCAT_ADAPTER,
                        "In Docker the adapter plugin reaches NapCat by its service name: napcat_server.host is "
                                + "\"127.0.0.1\", it must be \"napcat\"."),
                m("1.x NapCat port", Generation.V1, f -> Instances.edit(oneBotV1(f), "\"port\": 3001",
                        "\"port\": 3002"), Link.NAPCAT_ADAPTER,
                        "The adapter plugin connects to NapCat on port 3001 (napcat_server.port), but NapCat's "
                                + "WebSocket server \"ws\" listens on port 3002. Set napcat_server.port to 3002."),
                m("1.x NapCat token", Generation.V1, f -> Instances.edit(oneBotV1(f), "\"token\": \"\"",
                        "\"token\": \"tok\""), Link.NAPCAT_ADAPTER,
                        "NapCat's WebSocket server \"ws\" requires an access token that differs"),
                m("1.x NapCat server off", Generation.V1, f -> Instances.edit(oneBotV1(f), "\"enable\": true",
                        "\"enable\": false"), Link.NAPCAT_ADAPTER,
                        "NapCat's WebSocket server \"ws\" (port 3001) is switched off"),
                m("1.x NapCat on loopback in Docker", Generation.V1, f -> Instances.edit(oneBotV1(f),
                        "\"host\": \"0.0.0.0\"", "\"host\": \"127.0.0.1\""), Link.NAPCAT_ADAPTER,
                        "NapCat's WebSocket server \"ws\" listens on \"127.0.0.1\" inside its container"),
                m("1.x no NapCat server", Generation.V1, f -> TestData.write(oneBotV1(f),
                        TestData.read(TestData.ONEBOT_WS).replaceAll("(?s)\"websocketServers\": \\[.*?\\n    \\]",
                                "\"websocketServers\": []")), Link.NAPCAT_ADAPTER,
                        "NapCat has no WebSocket server for the adapter plugin to connect to. Add a WebSocket "
                                + "server on port 3001"));
    }

    private static Path oneBotV0(InstanceFiles f) {
        return f.instanceDir().resolve("NapCat/config/onebot11_" + Instances.QQ + ".json");
    }

    private static Path oneBotV1(InstanceFiles f) {
        return f.instanceDir().resolve("napcat/config/onebot11.json");
    }

    private static Arguments m(String name, Generation gen, Breakage breakage, Link link, String message) {
        return Arguments.of(name, gen, breakage, link, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mismatches")
    void findsEachMismatchAndItsFixRepairsIt(String name, Generation gen, Breakage breakage, Link link,
            String message) throws Exception {
        InstanceFiles f = gen == Generation.V0 ? Instances.v0Local(tmp) : Instances.v1Docker(tmp);
        breakage.apply(f);
        WiringReport broken = WiringCheck.check(f);
        assertFalse(broken.ok());
        List<WiringFinding> errors = broken.errors();
        assertEquals(1, errors.size(), errors.toString());
        WiringFinding finding = errors.get(0);
        assertEquals(link, finding.link());
        assertTrue(finding.message().startsWith(message), finding.message());
        assertTrue(finding.fix().isPresent(), "a fix is proposed");

        ConfigEdits.apply(finding.fix().get());
        WiringReport fixed = WiringCheck.check(f);
        assertTrue(fixed.ok(), fixed.findings().toString());
    }

    @Test
    void jsonFixesKeepNapCatsFileByteForByte() throws Exception {
        InstanceFiles f = Instances.v1Docker(tmp);
        Path json = oneBotV1(f);
        byte[] original = Files.readAllBytes(json);
        Instances.edit(json, "\"host\": \"0.0.0.0\"", "\"host\": \"127.0.0.1\"");
        Instances.edit(json, "\"enable\": true", "\"enable\": false");
        WiringReport r = WiringCheck.check(f);
        assertEquals(2, r.fixes().size(), r.findings().toString());
        assertTrue(r.fixes().stream().allMatch(e -> e instanceof ConfigEdit.JsonEdit));
        ConfigEdits.applyAll(r.fixes());
        assertArrayEquals(original, Files.readAllBytes(json));
    }

    @Test
    void appendedNapCatClientIsWhatTheAdapterExpects() throws Exception {
        InstanceFiles f = Instances.v0Local(tmp);
        Path json = oneBotV0(f);
        TestData.write(json, TestData.read(TestData.ONEBOT_WS));
        Instances.edit(f.config(ConfigKind.ADAPTER), "token = \"\"", "token = \"abc\"");
        ConfigEdits.applyAll(WiringCheck.check(f).fixes());
        String text = TestData.read(json);
        assertTrue(text.contains("    \"websocketClients\": [\n      {\n        \"enable\": true,\n"), text);
        assertTrue(text.contains("\"url\": \"ws://localhost:8095\""), text);
        assertTrue(text.contains("\"token\": \"abc\""), text);
        String withoutClient = text.replaceAll("(?s)\"websocketClients\": \\[.*?\\n    \\]", "\"websocketClients\": []");
        assertEquals(TestData.read(TestData.ONEBOT_WS), withoutClient);
        assertTrue(WiringCheck.check(f).ok());
    }

    @Test
    void tomlFixChangesOneLine() throws Exception {
        InstanceFiles f = Instances.v1Docker(tmp);
        Instances.edit(oneBotV1(f), "\"port\": 3001", "\"port\": 3002");
        String before = TestData.read(f.config(ConfigKind.ADAPTER));
        WiringFinding finding = WiringCheck.check(f).errors().get(0);
        assertEquals("config.toml: set napcat_server.port to 3002", finding.fix().orElseThrow().describe());
        ConfigEdits.apply(finding.fix().orElseThrow());
        Lines.assertOneLineChanged(before, TestData.read(f.config(ConfigKind.ADAPTER)), "port = 3002");
    }

    @Test
    void localHostRules1x() throws Exception {
        InstanceFiles f = Instances.v1Local(tmp);
        Instances.edit(f.config(ConfigKind.ADAPTER), "host = \"127.0.0.1\"", "host = \"napcat\"");
        WiringReport r = WiringCheck.check(f);
        assertEquals(1, r.errors().size(), r.findings().toString());
        assertTrue(r.errors().get(0).message().startsWith("The adapter plugin connects to NapCat at \"napcat\", but "
                + "NapCat runs on this computer."));
        ConfigEdits.applyAll(r.fixes());
        assertTrue(WiringCheck.check(f).ok());
    }

    @Test
    void the0xTemplatesInDockerAreRepairedByTheirFixes() throws Exception {
        InstanceFiles f = new InstanceFiles(tmp, Generation.V0, InstanceMode.DOCKER);
        TestData.write(f.config(ConfigKind.BOT), TestData.read(TestData.BOT_0123));
        TestData.write(f.config(ConfigKind.ADAPTER), TestData.read(TestData.ADAPTER_013));
        TestData.write(f.dotEnv().orElseThrow(), TestData.read(TestData.ENV_0123));
        TestData.write(tmp.resolve("napcat/config/onebot11.json"),
                Instances.oneBotWithClient(true, "ws://127.0.0.1:8095", ""));
        WiringReport r = WiringCheck.check(f);
        assertEquals(4, r.errors().size(), r.findings().toString());
        ConfigEdits.applyAll(r.fixes());
        WiringReport fixed = WiringCheck.check(f);
        assertTrue(fixed.ok(), fixed.findings().toString());
        assertEquals("0.0.0.0", DotEnvFile.load(f.dotEnv().orElseThrow()).get("HOST").orElseThrow());
    }

    @Test
    void missingFilesAreReported() throws Exception {
        InstanceFiles f = Instances.v1Docker(tmp);
        Files.delete(oneBotV1(f));
        WiringReport r = WiringCheck.check(f);
        assertTrue(r.ok(), "NapCat not logged in yet is no error");
        assertTrue(r.findings().stream().anyMatch(x -> x.link() == Link.FILES && x.message().startsWith(
                "NapCat's OneBot settings were not found (looked for napcat/config/onebot11.json, "
                        + "docker-config/napcat/onebot11.json).")), r.findings().toString());
        Files.delete(f.config(ConfigKind.ADAPTER));
        WiringReport r2 = WiringCheck.check(f);
        assertFalse(r2.ok());
        assertTrue(r2.errors().get(0).message().startsWith("The file " + f.config(ConfigKind.ADAPTER) + " is missing."));
        TestData.write(f.config(ConfigKind.ADAPTER), "[plugin\n");
        String unreadable = WiringCheck.check(f).errors().get(0).message();
        assertTrue(unreadable.startsWith("config.toml cannot be read: "), unreadable);
        TestData.write(oneBotV1(f), "{ nope");
        assertTrue(WiringCheck.check(f).errors().stream()
                .anyMatch(x -> x.message().startsWith("onebot11.json is not valid JSON")));
    }

    @Test
    void versionEditsAreRefusedOnDiskToo() throws Exception {
        InstanceFiles f = Instances.v1Docker(tmp);
        Path bot = f.config(ConfigKind.BOT);
        byte[] before = Files.readAllBytes(bot);
        ConfigEdit edit = new ConfigEdit.TomlEdit(bot, ConfigKind.BOT, mai.launcher.core.config.TomlPath.of("inner",
                "version"), mai.launcher.core.config.ConfigValue.of("9.9.9"));
        assertTrue(org.junit.jupiter.api.Assertions.assertThrows(mai.launcher.core.config.ConfigException.class,
                () -> ConfigEdits.apply(edit)).getMessage().contains("never changed"));
        assertArrayEquals(before, Files.readAllBytes(bot));
    }
}
