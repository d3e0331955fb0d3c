package mai.launcher.core.config.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import mai.launcher.core.config.ConfigException;
import mai.launcher.core.config.ConfigValue;
import mai.launcher.core.config.TomlDocument;
import mai.launcher.core.config.TomlPath;
import mai.launcher.core.config.ValueType;

/** Edits on the real MaiBot and adapter files change exactly the expected lines. */
class MaiBotEditTest {

    private static final List<Path> ALL = List.of(TestData.BOT_121, TestData.MODEL_121, TestData.BOT_0123,
            TestData.MODEL_0123, TestData.ADAPTER);

    @Test
    void everyFileRoundTripsByteForByte() throws Exception {
        for (Path p : ALL) {
            byte[] in = TestData.bytes(p);
            assertArrayEquals(in, TomlDocument.parse(in).toBytes(), p.toString());
        }
    }

    @Test
    void readsTypedValues() throws Exception {
        TomlDocument bot = TomlDocument.parse(TestData.read(TestData.BOT_121));
        assertEquals(ConfigValue.of("8.14.37"), bot.get(TomlPath.of("inner", "version")).orElseThrow());
        assertEquals(ConfigValue.of(40L), bot.get(TomlPath.of("chat", "max_context_size")).orElseThrow());
        assertEquals(ConfigValue.of(30.0), bot.get(TomlPath.of("visual", "max_image_size_mb")).orElseThrow());
        assertEquals(ValueType.BOOLEAN, bot.typeOf(TomlPath.of("chat", "mid_term_memory")).orElseThrow());
        assertEquals(ValueType.TABLE, bot.typeOf(TomlPath.of("chat", "reply_timing")).orElseThrow());
        assertEquals(ValueType.INLINE_TABLE, bot.typeOf(TomlPath.of("log", "library_log_levels")).orElseThrow());
        assertEquals(List.of("platform", "qq_account", "platforms", "nickname", "alias_names"),
                bot.keys(TomlPath.of("bot")));
        assertEquals(ConfigValue.of(0.8), bot.get(TomlPath.parse("chat.reply_timing.talk_value_rules[0].value")).orElseThrow());
        assertEquals(ValueType.STRING, bot.typeOf(TomlPath.of("chat", "reply_style", "group_chat_prompt")).orElseThrow());

        TomlDocument models = TomlDocument.parse(TestData.read(TestData.MODEL_121));
        assertEquals(ValueType.ARRAY_OF_TABLES, models.typeOf(TomlPath.of("models")).orElseThrow());
        assertEquals(3, models.tableArray(TomlPath.of("models")).size());
        assertEquals(ConfigValue.of("enabled"),
                models.get(TomlPath.of("models", 0, "extra_params", "thinking", "type")).orElseThrow());
        assertEquals(ConfigValue.of("deepseek-v4-flash"), models.get(TomlPath.parse("models[2].name")).orElseThrow());

        TomlDocument old = TomlDocument.parse(TestData.read(TestData.BOT_0123));
        assertEquals(ConfigValue.of("^(?P<n>\\S{1,20})是这样的$"),
                old.get(TomlPath.parse("keyword_reaction.regex_rules[0].regex[0]")).orElseThrow());
        assertEquals(ValueType.ARRAY, old.typeOf(TomlPath.of("expression", "learning_list")).orElseThrow());
        assertEquals(ConfigValue.array(ConfigValue.of(""), ConfigValue.of("enable"), ConfigValue.of("enable"),
                ConfigValue.of("enable")), old.get(TomlPath.parse("expression.learning_list[0]")).orElseThrow());
        String plan = ((ConfigValue.StringValue) old.get(TomlPath.of("personality", "plan_style")).orElseThrow()).value();
        assertEquals(5, plan.split("\n").length);
        TomlDocument oldModels = TomlDocument.parse(TestData.read(TestData.MODEL_0123));
        assertEquals(ValueType.TABLE, oldModels.typeOf(TomlPath.of("models", 1, "extra_params")).orElseThrow());
        assertEquals(List.of(), oldModels.keys(TomlPath.of("models", 0, "extra_params")));
    }

    @Test
    void settingAccountAndNicknameChangesOnlyThoseLines() throws Exception {
        String in = TestData.read(TestData.BOT_121);
        TomlDocument doc = TomlDocument.parse(in);
        doc.set(TomlPath.of("bot", "qq_account"), ConfigValue.of("123456789"));
        doc.set(TomlPath.of("bot", "nickname"), ConfigValue.of("小麦"));
        String expected = Lines.of(in)
                .replace("qq_account = \"\" # 适配器没有上报 QQ 身份时使用的备用账号 ID。",
                        "qq_account = \"123456789\" # 适配器没有上报 QQ 身份时使用的备用账号 ID。")
                .replace("nickname = \"麦麦\" # 麦麦显示和自称时使用的名字。", "nickname = \"小麦\" # 麦麦显示和自称时使用的名字。")
                .text();
        assertEquals(expected, doc.toString(), () -> LineDiff.diff(expected, doc.toString()).toString());

        String old = TestData.read(TestData.BOT_0123);
        TomlDocument doc2 = TomlDocument.parse(old);
        doc2.setFromText(TomlPath.parse("bot.qq_account"), "10001");
        doc2.setFromText(TomlPath.parse("bot.nickname"), "Mai \"the bot\"");
        assertEquals(List.of("-qq_account = \"1145141919810\" # 麦麦的QQ账号", "+qq_account = \"10001\" # 麦麦的QQ账号",
                "-nickname = \"麦麦\" # 麦麦的昵称", "+nickname = \"Mai \\\"the bot\\\"\" # 麦麦的昵称"),
                LineDiff.diff(old, doc2.toString()));
    }

    @Test
    void addedKeyGoesAfterTheTablesLastKeyAndItsComments() throws Exception {
        String in = TestData.read(TestData.BOT_121);
        TomlDocument doc = TomlDocument.parse(in);
        doc.addKey(TomlPath.of("bot"), "qq_password", ConfigValue.of("secret"));
        doc.addKey(TomlPath.of("jargon"), "enabled", ConfigValue.of(true));
        String expected = Lines.of(in)
                .insertAfter("alias_names = [] # 别人可能用来称呼麦麦的名字，用于辅助识别提及。", "qq_password = \"secret\"")
                .insertAfter("# 让多个群聊或私聊共享学到的黑话。", "enabled = true")
                .text();
        assertEquals(expected, doc.toString(), () -> LineDiff.diff(expected, doc.toString()).toString());
        assertEquals(ConfigValue.of("secret"), doc.get(TomlPath.of("bot", "qq_password")).orElseThrow());

        String old = TestData.read(TestData.BOT_0123);
        TomlDocument doc2 = TomlDocument.parse(old);
        doc2.addKey(TomlPath.of("bot"), "extra", ConfigValue.array(ConfigValue.of(1), ConfigValue.of(2)));
        assertEquals(Lines.of(old).insertAfter("alias_names = [\"麦叠\", \"牢麦\"] # 麦麦的别名", "extra = [1, 2]").text(),
                doc2.toString());
    }

    @Test
    void keysAddedToModelsStayInsideTheirElement() throws Exception {
        String old = TestData.read(TestData.MODEL_0123);
        TomlDocument doc = TomlDocument.parse(old);
        doc.addKey(TomlPath.of("models", 1), "temperature", ConfigValue.of(0.5));
        doc.addKey(TomlPath.of("models", 1, "extra_params"), "budget", ConfigValue.of(1024));
        Lines l = Lines.of(old);
        int name = l.indexOf("name = \"siliconflow-deepseek-v3.2\"");
        // After price_out; the commented-out lines below it belong to [models.extra_params].
        String expected = l.insertAt(name + 8, "budget = 1024").insertAt(name + 4, "temperature = 0.5").text();
        assertEquals(expected, doc.toString(), () -> LineDiff.diff(expected, doc.toString()).toString());
        assertEquals(ConfigValue.of(0.5), doc.get(TomlPath.parse("models[1].temperature")).orElseThrow());
        assertEquals(ConfigValue.of(1024L), doc.get(TomlPath.parse("models[1].extra_params.budget")).orElseThrow());

        String gen = TestData.read(TestData.MODEL_121);
        TomlDocument doc2 = TomlDocument.parse(gen);
        doc2.addKey(TomlPath.of("models", 2), "temperature", ConfigValue.of(0.3));
        Lines g = Lines.of(gen);
        int flash = g.indexOf("name = \"deepseek-v4-flash\" # 模型名称 (可随意命名, 在models中需使用这个命名)");
        // After extra_params and the six comment lines that explain it (they end in a blank line).
        assertEquals(g.insertAt(flash + 15, "temperature = 0.3").text(), doc2.toString());
    }

    @Test
    void removingKeysRemovesTheirWholeLinesOnly() throws Exception {
        String old = TestData.read(TestData.BOT_0123);
        TomlDocument doc = TomlDocument.parse(old);
        doc.removeKey(TomlPath.of("bot", "platforms"));
        doc.removeKey(TomlPath.of("personality", "plan_style"));
        doc.removeKey(TomlPath.of("expression", "learning_list"));
        String expected = Lines.of(old)
                .remove("platforms = [\"wx:114514\",\"xx:1919810\"] # 麦麦的其他平台账号", 0, 1)
                .remove("# 麦麦的说话规则和行为规则:", 1, 5)
                .remove("learning_list = [ # 表达学习配置列表，支持按聊天流配置", 0, 10)
                .text();
        assertEquals(expected, doc.toString(), () -> LineDiff.diff(expected, doc.toString()).toString());
        assertEquals(List.of("qq_account", "platform", "nickname", "alias_names").size(),
                doc.keys(TomlPath.of("bot")).size());
    }

    @Test
    void removingAModelRemovesItsExtraParamsToo() throws Exception {
        String in = TestData.read(TestData.MODEL_0123);
        TomlDocument doc = TomlDocument.parse(in);
        assertEquals(11, doc.tableArray(TomlPath.of("models")).size());
        doc.removeTableArrayElement(TomlPath.of("models"), 1);
        String expected = Lines.of(in).remove("name = \"siliconflow-deepseek-v3.2\"", -2, 12).text();
        assertEquals(expected, doc.toString(), () -> LineDiff.diff(expected, doc.toString()).toString());
        assertEquals(10, doc.tableArray(TomlPath.of("models")).size());
        assertEquals(ConfigValue.of("siliconflow-deepseek-v3.2-think"), doc.get(TomlPath.parse("models[1].name")).orElseThrow());
        assertEquals(ConfigValue.of(true), doc.get(TomlPath.parse("models[1].extra_params.enable_thinking")).orElseThrow());
    }

    @Test
    void movingAModelCarriesItsSubTablesAndLeavesSpacingInPlace() throws Exception {
        String in = TestData.read(TestData.MODEL_0123);
        TomlDocument doc = TomlDocument.parse(in);
        doc.moveTableArrayElement(TomlPath.of("models"), 2, 0);
        Lines l = Lines.of(in);
        List<String> raw = LineDiff.lines(in);
        int e0 = l.indexOf("name = \"deepseek-v3\"               # 模型名称（可随意命名，在后面中需使用这个命名）") - 2;
        int e1 = l.indexOf("name = \"siliconflow-deepseek-v3.2\"") - 2;
        int e2 = l.indexOf("name = \"siliconflow-deepseek-v3.2-think\"") - 2;
        List<String> out = new ArrayList<>(raw.subList(0, e0));
        out.addAll(raw.subList(e2, e2 + 10)); // element 2 content into slot 0
        out.addAll(raw.subList(e0 + 7, e1)); // the gap after slot 0 stays
        out.addAll(raw.subList(e0, e0 + 7)); // element 0 into slot 1
        out.addAll(raw.subList(e1 + 10, e2)); // gap after slot 1
        out.addAll(raw.subList(e1, e1 + 10)); // element 1 into slot 2
        out.addAll(raw.subList(e2 + 10, raw.size()));
        assertEquals(String.join("", out), doc.toString(), () -> LineDiff.diff(in, doc.toString()).toString());
        assertEquals(List.of("siliconflow-deepseek-v3.2-think", "deepseek-v3", "siliconflow-deepseek-v3.2", "qwen3-next-80b"),
                names(doc).subList(0, 4));
        assertEquals(ConfigValue.of(true), doc.get(TomlPath.parse("models[0].extra_params.enable_thinking")).orElseThrow());
        assertEquals(ConfigValue.of(false), doc.get(TomlPath.parse("models[2].extra_params.enable_thinking")).orElseThrow());
        doc.moveTableArrayElement(TomlPath.of("models"), 0, 2);
        assertEquals(in, doc.toString(), "moving back restores the file exactly");
    }

    @Test
    void movingInTheGeneratedFileKeepsEveryLine() throws Exception {
        String in = TestData.read(TestData.MODEL_121);
        TomlDocument doc = TomlDocument.parse(in);
        doc.moveTableArrayElement(TomlPath.of("models"), 0, 2);
        assertEquals(List.of("deepseek-v4-pro-nonthink", "deepseek-v4-flash", "deepseek-v4-pro-think"), names(doc));
        assertEquals(sorted(in), sorted(doc.toString()), "a move only reorders lines");
        assertEquals(ConfigValue.of("high"), doc.get(TomlPath.parse("models[2].extra_params.reasoning_effort")).orElseThrow());
        doc.removeTableArrayElement(TomlPath.of("models"), 0);
        assertEquals(List.of("deepseek-v4-flash", "deepseek-v4-pro-think"), names(doc));
    }

    @Test
    void appendingAnApiProviderAddsOnlyItsLines() throws Exception {
        Map<String, ConfigValue> provider = new LinkedHashMap<>();
        provider.put("name", ConfigValue.of("OpenRouter"));
        provider.put("base_url", ConfigValue.of("https://openrouter.ai/api/v1"));
        provider.put("api_key", ConfigValue.of("sk-or-xxx"));
        provider.put("timeout", ConfigValue.of(60));
        String[] lines = {"", "[[api_providers]]", "name = \"OpenRouter\"", "base_url = \"https://openrouter.ai/api/v1\"",
            "api_key = \"sk-or-xxx\"", "timeout = 60"};

        String in = TestData.read(TestData.MODEL_121);
        TomlDocument doc = TomlDocument.parse(in);
        assertEquals(1, doc.appendTableArrayElement(TomlPath.of("api_providers"), provider));
        assertEquals(Lines.of(in).append(lines).text(), doc.toString());

        String old = TestData.read(TestData.MODEL_0123);
        TomlDocument doc2 = TomlDocument.parse(old);
        assertEquals(4, doc2.appendTableArrayElement(TomlPath.of("api_providers"), provider));
        List<String> raw = new ArrayList<>(LineDiff.lines(old));
        int after = Lines.of(old).indexOf("name = \"SiliconFlow\"") + 7; // after its retry_interval line
        for (int i = 0; i < lines.length; i++) {
            raw.add(after + i, lines[i] + "\n");
        }
        assertEquals(String.join("", raw), doc2.toString(), () -> LineDiff.diff(old, doc2.toString()).toString());
        assertEquals(ConfigValue.of("OpenRouter"), doc2.get(TomlPath.parse("api_providers[4].name")).orElseThrow());
        assertEquals(11, doc2.tableArray(TomlPath.of("models")).size());
    }

    @Test
    void adapterEditsKeepAlignmentAndComments() throws Exception {
        String in = TestData.read(TestData.ADAPTER);
        TomlDocument doc = TomlDocument.parse(in);
        doc.setFromText(TomlPath.parse("napcat_server.port"), "3001");
        doc.setFromText(TomlPath.parse("maibot_server.enable_api_server"), "true");
        doc.removeKey(TomlPath.parse("chat.ban_qq_bot"));
        doc.addKey(TomlPath.of("chat"), "group_list_extra", ConfigValue.array());
        String expected = Lines.of(in)
                .replace("port = 8095             # Napcat设定的端口 ", "port = 3001             # Napcat设定的端口 ")
                .replace("enable_api_server = false # 是否启用API-Server模式连接", "enable_api_server = true # 是否启用API-Server模式连接")
                .remove("ban_qq_bot = false # 是否屏蔽QQ官方机器人", 0, 1)
                .insertAfter("enable_poke = true # 是否启用戳一戳功能", "group_list_extra = []")
                .text();
        assertEquals(expected, doc.toString(), () -> LineDiff.diff(expected, doc.toString()).toString());
        ConfigException e = assertThrows(ConfigException.class,
                () -> doc.setFromText(TomlPath.parse("napcat_server.port"), "abc"));
        assertEquals("napcat_server.port is an integer; \"abc\" is not a whole number.", e.getMessage());
        assertEquals(expected, doc.toString());
    }

    private static List<String> names(TomlDocument doc) {
        return doc.tableArray(TomlPath.of("models")).stream()
                .map(t -> ((ConfigValue.StringValue) t.get("name").orElseThrow()).value()).toList();
    }

    private static List<String> sorted(String text) {
        List<String> l = new ArrayList<>(LineDiff.lines(text.endsWith("\n") ? text : text + "\n"));
        l.sort(null);
        return l;
    }
}
