package mai.launcher.core.config.maibot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

import mai.launcher.core.config.ConfigException;
import mai.launcher.core.config.ConfigValue;
import mai.launcher.core.config.TomlPath;
import mai.launcher.core.config.maibot.ManagedSettings.Presence;

class ManagedSettingsTest {

    @TempDir
    Path tmp;

    private static ManagedSettings settings(ConfigKind kind, Generation gen, String text) {
        return new ManagedSettings(kind, gen, TestData.parse(text));
    }

    private static ManagedSettings bot0() {
        return settings(ConfigKind.BOT, Generation.V0, TestData.read(TestData.BOT_0123));
    }

    private static ManagedSettings bot1() {
        return settings(ConfigKind.BOT, Generation.V1, TestData.read(TestData.BOT_121));
    }

    private static ManagedSettings adapter0() {
        return settings(ConfigKind.ADAPTER, Generation.V0, TestData.read(TestData.ADAPTER_013));
    }

    private static ManagedSettings adapter1() {
        return settings(ConfigKind.ADAPTER, Generation.V1, TestData.adapterPlugin());
    }

    @Test
    void readsBotKeysOf0123() {
        ManagedSettings s = bot0();
        assertEquals(Optional.of("qq"), s.text(ManagedKey.BOT_PLATFORM));
        assertEquals(Optional.of("1145141919810"), s.text(ManagedKey.BOT_QQ_ACCOUNT));
        assertEquals(Optional.of("麦麦"), s.text(ManagedKey.BOT_NICKNAME));
        for (ManagedKey k : List.of(ManagedKey.WEBUI_HOST, ManagedKey.WEBUI_PORT, ManagedKey.MESSAGE_SERVER_HOST,
                ManagedKey.MESSAGE_SERVER_PORT)) {
            assertEquals(Presence.NOT_FOR_THIS_GENERATION, s.presence(k), k.name());
            assertEquals(Optional.empty(), s.text(k));
        }
    }

    @Test
    void readsBotKeysOf121() {
        ManagedSettings s = bot1();
        assertEquals(Optional.of(""), s.text(ManagedKey.BOT_PLATFORM));
        assertEquals(Optional.of(""), s.text(ManagedKey.BOT_QQ_ACCOUNT));
        assertEquals(Optional.of("麦麦"), s.text(ManagedKey.BOT_NICKNAME));
        assertEquals(List.of("127.0.0.1", "::1"), s.list(ManagedKey.WEBUI_HOST));
        assertEquals(OptionalInt.of(8001), s.port(ManagedKey.WEBUI_PORT));
        assertEquals(Optional.of("127.0.0.1"), s.text(ManagedKey.MESSAGE_SERVER_HOST));
        assertEquals(OptionalInt.of(8000), s.port(ManagedKey.MESSAGE_SERVER_PORT));
    }

    @Test
    void readsStandaloneAdapterKeys() {
        ManagedSettings s = adapter0();
        assertEquals(Optional.of("localhost"), s.text(ManagedKey.NAPCAT_HOST));
        assertEquals(OptionalInt.of(8095), s.port(ManagedKey.NAPCAT_PORT));
        assertEquals(Optional.of(""), s.text(ManagedKey.NAPCAT_TOKEN));
        assertEquals(Optional.of("localhost"), s.text(ManagedKey.MAIBOT_HOST));
        assertEquals(OptionalInt.of(8000), s.port(ManagedKey.MAIBOT_PORT));
        assertEquals(Optional.of("whitelist"), s.text(ManagedKey.GROUP_LIST_TYPE));
        assertEquals(Optional.of("whitelist"), s.text(ManagedKey.PRIVATE_LIST_TYPE));
        assertEquals(List.of(), s.list(ManagedKey.GROUP_LIST));
        assertEquals(List.of(), s.list(ManagedKey.PRIVATE_LIST));
        assertEquals(List.of(), s.list(ManagedKey.BANNED_USERS));
        assertEquals(Presence.NOT_FOR_THIS_GENERATION, s.presence(ManagedKey.ADAPTER_ENABLED));
    }

    @Test
    void readsPluginAdapterKeys() {
        ManagedSettings s = adapter1();
        assertEquals(Optional.of(false), s.flag(ManagedKey.ADAPTER_ENABLED));
        assertEquals(Optional.of("127.0.0.1"), s.text(ManagedKey.NAPCAT_HOST));
        assertEquals(OptionalInt.of(3001), s.port(ManagedKey.NAPCAT_PORT));
        assertEquals(Presence.NOT_FOR_THIS_GENERATION, s.presence(ManagedKey.MAIBOT_PORT));
    }

    static Stream<Arguments> writes() {
        Path bot0 = TestData.BOT_0123;
        Path bot1 = TestData.BOT_121;
        Path ad0 = TestData.ADAPTER_013;
        return Stream.of(
                w(bot0, ConfigKind.BOT, Generation.V0, ManagedKey.BOT_PLATFORM, "qq2", "qq2"),
                w(bot0, ConfigKind.BOT, Generation.V0, ManagedKey.BOT_QQ_ACCOUNT, "87654321", "87654321"),
                w(bot0, ConfigKind.BOT, Generation.V0, ManagedKey.BOT_NICKNAME, "小麦 \"Mai\"", "小麦 \"Mai\""),
                w(bot1, ConfigKind.BOT, Generation.V1, ManagedKey.BOT_PLATFORM, "qq", "qq"),
                w(bot1, ConfigKind.BOT, Generation.V1, ManagedKey.BOT_QQ_ACCOUNT, "123456789", "123456789"),
                w(bot1, ConfigKind.BOT, Generation.V1, ManagedKey.BOT_NICKNAME, "Mai", "Mai"),
                w(bot1, ConfigKind.BOT, Generation.V1, ManagedKey.WEBUI_HOST, "0.0.0.0", List.of("0.0.0.0")),
                w(bot1, ConfigKind.BOT, Generation.V1, ManagedKey.WEBUI_HOST, List.of("0.0.0.0", "::"),
                        List.of("0.0.0.0", "::")),
                w(bot1, ConfigKind.BOT, Generation.V1, ManagedKey.WEBUI_PORT, 18001, 18001),
                w(bot1, ConfigKind.BOT, Generation.V1, ManagedKey.MESSAGE_SERVER_HOST, "0.0.0.0", "0.0.0.0"),
                w(bot1, ConfigKind.BOT, Generation.V1, ManagedKey.MESSAGE_SERVER_PORT, 8080, 8080),
                w(ad0, ConfigKind.ADAPTER, Generation.V0, ManagedKey.NAPCAT_HOST, "0.0.0.0", "0.0.0.0"),
                w(ad0, ConfigKind.ADAPTER, Generation.V0, ManagedKey.NAPCAT_PORT, 8096, 8096),
                w(ad0, ConfigKind.ADAPTER, Generation.V0, ManagedKey.NAPCAT_TOKEN, "s3cret", "s3cret"),
                w(ad0, ConfigKind.ADAPTER, Generation.V0, ManagedKey.MAIBOT_HOST, "127.0.0.1", "127.0.0.1"),
                w(ad0, ConfigKind.ADAPTER, Generation.V0, ManagedKey.MAIBOT_PORT, 8001, 8001),
                w(ad0, ConfigKind.ADAPTER, Generation.V0, ManagedKey.GROUP_LIST_TYPE, "blacklist", "blacklist"),
                w(ad0, ConfigKind.ADAPTER, Generation.V0, ManagedKey.GROUP_LIST, List.of("123", "456"),
                        List.of(123L, 456L)),
                w(ad0, ConfigKind.ADAPTER, Generation.V0, ManagedKey.PRIVATE_LIST_TYPE, "blacklist", "blacklist"),
                w(ad0, ConfigKind.ADAPTER, Generation.V0, ManagedKey.PRIVATE_LIST, List.of("10001"), List.of(10001L)),
                w(ad0, ConfigKind.ADAPTER, Generation.V0, ManagedKey.BANNED_USERS, List.of("42"), List.of(42L)),
                w(null, ConfigKind.ADAPTER, Generation.V1, ManagedKey.ADAPTER_ENABLED, true, true),
                w(null, ConfigKind.ADAPTER, Generation.V1, ManagedKey.NAPCAT_HOST, "napcat", "napcat"),
                w(null, ConfigKind.ADAPTER, Generation.V1, ManagedKey.NAPCAT_PORT, 3002, 3002),
                w(null, ConfigKind.ADAPTER, Generation.V1, ManagedKey.NAPCAT_TOKEN, "tok", "tok"),
                w(null, ConfigKind.ADAPTER, Generation.V1, ManagedKey.GROUP_LIST, List.of("123", "456"),
                        List.of("123", "456")));
    }

    private static Arguments w(Path file, ConfigKind kind, Generation gen, ManagedKey key, Object value, Object json) {
        return Arguments.of(file == null ? "adapter plugin 1.x" : file.getFileName().toString(), file, kind, gen, key,
                value, json);
    }

    @ParameterizedTest(name = "{0}: {4} = {5}")
    @MethodSource("writes")
    void writesOneKeyAndNothingElse(String label, Path file, ConfigKind kind, Generation gen, ManagedKey key,
            Object value, Object json) throws Exception {
        String before = file == null ? TestData.adapterPlugin() : TestData.read(file);
        ManagedSettings s = settings(kind, gen, before);
        write(s, key, value);
        String after = s.document().toString();

        ManagedSettings reparsed = settings(kind, gen, after);
        assertEquals(value, read(reparsed, key, value), "engine re-parse");
        Path b = tmp.resolve("before.toml");
        Path a = tmp.resolve("after.toml");
        TestData.write(b, before);
        TestData.write(a, after);
        PyToml.assertOnlyChanged(b, a, PyToml.node(json), key.path().toString().split("\\."));
        Lines.assertOneLineChanged(before, after, ((TomlPath.Key) key.path().segments().get(1)).name());
    }

    @SuppressWarnings("unchecked")
    private static void write(ManagedSettings s, ManagedKey key, Object value) throws ConfigException {
        if (value instanceof List<?> l) {
            s.setList(key, (List<String>) l);
        } else if (value instanceof Integer i) {
            s.setPort(key, i);
        } else if (value instanceof Boolean f) {
            s.setFlag(key, f);
        } else {
            s.setText(key, (String) value);
        }
    }

    private static Object read(ManagedSettings s, ManagedKey key, Object like) {
        if (like instanceof List<?>) {
            return s.list(key);
        } else if (like instanceof Integer) {
            return s.port(key).getAsInt();
        } else if (like instanceof Boolean) {
            return s.flag(key).orElseThrow();
        }
        return s.text(key).orElseThrow();
    }

    @Test
    void keepsIntegerTypeOfQqAccount() throws Exception {
        String before = TestData.replaceOnce(TestData.read(TestData.BOT_0123), "qq_account = \"1145141919810\"",
                "qq_account = 1145141919810");
        ManagedSettings s = settings(ConfigKind.BOT, Generation.V0, before);
        s.setText(ManagedKey.BOT_QQ_ACCOUNT, "42");
        assertEquals(Optional.of(new ConfigValue.IntegerValue(42)), s.document().get(ManagedKey.BOT_QQ_ACCOUNT.path()));
        Path b = tmp.resolve("b.toml");
        Path a = tmp.resolve("a.toml");
        TestData.write(b, before);
        TestData.write(a, s.document().toString());
        PyToml.assertOnlyChanged(b, a, PyToml.node(42), "bot", "qq_account");
        Lines.assertOneLineChanged(before, s.document().toString(), "qq_account");
        ConfigException e = assertThrows(ConfigException.class, () -> s.setText(ManagedKey.BOT_QQ_ACCOUNT, ""));
        assertTrue(e.getMessage().contains("digits only"), e.getMessage());
    }

    @Test
    void addsPluginSwitchWhenMissing() throws Exception {
        String before = TestData.replaceOnce(TestData.adapterPlugin(), "enabled = false # 是否启用 NapCat 适配器。\n", "");
        ManagedSettings s = settings(ConfigKind.ADAPTER, Generation.V1, before);
        assertEquals(Presence.NOT_IN_THIS_FILE, s.presence(ManagedKey.ADAPTER_ENABLED));
        s.setFlag(ManagedKey.ADAPTER_ENABLED, true);
        assertEquals(Optional.of(true), s.flag(ManagedKey.ADAPTER_ENABLED));
        Path b = tmp.resolve("b.toml");
        Path a = tmp.resolve("a.toml");
        TestData.write(b, before);
        TestData.write(a, s.document().toString());
        PyToml.assertOnlyChanged(b, a, PyToml.node(true), "plugin", "enabled");
        assertTrue(s.document().toString().startsWith(before.substring(0, before.indexOf("config_version"))));
    }

    @Test
    void refusesInnerVersion() {
        for (ManagedSettings s : List.of(bot0(), bot1(), adapter0())) {
            String before = s.document().toString();
            ConfigException e = assertThrows(ConfigException.class,
                    () -> s.set(TomlPath.of("inner", "version"), ConfigValue.of("99.0.0")));
            assertTrue(e.getMessage().startsWith("inner.version in "), e.getMessage());
            assertTrue(e.getMessage().contains("is never changed by the launcher"), e.getMessage());
            assertThrows(ConfigException.class, () -> s.setFromText(TomlPath.of("inner", "version"), "99.0.0"));
            assertEquals(before, s.document().toString());
        }
        ManagedSettings plugin = adapter1();
        assertThrows(ConfigException.class,
                () -> plugin.setFromText(TomlPath.of("plugin", "config_version"), "9"));
    }

    @Test
    void expertWritesOtherKeys() throws Exception {
        ManagedSettings s = bot1();
        s.setFromText(TomlPath.parse("chat.max_context_size"), "50");
        assertEquals(Optional.of(new ConfigValue.IntegerValue(50)),
                s.document().get(TomlPath.parse("chat.max_context_size")));
    }

    @Test
    void reportsKeysOfTheOtherGeneration() {
        ManagedSettings s = bot0();
        String before = s.document().toString();
        ConfigException e = assertThrows(ConfigException.class, () -> s.setPort(ManagedKey.WEBUI_PORT, 9000));
        assertEquals("webui.port is not a setting of bot_config.toml in MaiBot 0.x. In MaiBot 0.x this is "
                + "WEBUI_PORT in MaiBot's .env file; change it there.", e.getMessage());
        assertEquals(before, s.document().toString());
    }

    @Test
    void reportsKeysNotInThisFile() {
        String text = TestData.replaceOnce(TestData.read(TestData.BOT_121), "port = 8001 # WebUI 访问端口。\n", "");
        ManagedSettings s = settings(ConfigKind.BOT, Generation.V1, text);
        assertEquals(Presence.NOT_IN_THIS_FILE, s.presence(ManagedKey.WEBUI_PORT));
        assertEquals(OptionalInt.empty(), s.port(ManagedKey.WEBUI_PORT));
        ConfigException e = assertThrows(ConfigException.class, () -> s.setPort(ManagedKey.WEBUI_PORT, 9000));
        assertTrue(e.getMessage().startsWith("bot_config.toml has no webui.port."), e.getMessage());
        assertEquals(text, s.document().toString());
    }

    @Test
    void refusesValuesThatDoNotFit() {
        ManagedSettings s = adapter0();
        String before = s.document().toString();
        assertEquals("napcat_server.port must be a port number from 1 to 65535, not \"70000\".",
                assertThrows(ConfigException.class, () -> s.setText(ManagedKey.NAPCAT_PORT, "70000")).getMessage());
        assertThrows(ConfigException.class, () -> s.setText(ManagedKey.NAPCAT_PORT, "abc"));
        assertEquals("chat.group_list_type must be \"whitelist\" or \"blacklist\", not \"greylist\".",
                assertThrows(ConfigException.class, () -> s.setText(ManagedKey.GROUP_LIST_TYPE, "greylist"))
                        .getMessage());
        assertThrows(ConfigException.class, () -> s.setList(ManagedKey.GROUP_LIST, List.of("12a")));
        assertEquals(before, s.document().toString());
        assertThrows(IllegalArgumentException.class, () -> s.text(ManagedKey.BOT_NICKNAME));
    }

    @Test
    void jsonHelperSeesNestedPaths() {
        JsonNode tree = PyToml.node(java.util.Map.of("a", java.util.Map.of("b", 1)));
        assertEquals(PyToml.node(2), PyToml.with(tree, PyToml.node(2), "a", "b").get("a").get("b"));
    }
}
