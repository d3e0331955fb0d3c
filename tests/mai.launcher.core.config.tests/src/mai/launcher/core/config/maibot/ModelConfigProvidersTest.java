package mai.launcher.core.config.maibot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import mai.launcher.core.config.ConfigException;
import mai.launcher.core.config.TomlDocument;

class ModelConfigProvidersTest {

    @TempDir
    Path tmp;

    private String before;
    private TomlDocument doc;
    private ModelConfigProviders providers;
    private Path beforeFile;

    @BeforeEach
    void load() {
        before = TestData.read(TestData.MODEL_121);
        doc = TestData.parse(before);
        providers = new ModelConfigProviders(doc);
        beforeFile = tmp.resolve("before.toml");
        TestData.write(beforeFile, before);
    }

    private JsonNode after() {
        Path a = tmp.resolve("after.toml");
        TestData.write(a, doc.toString());
        return PyToml.load(a);
    }

    @Test
    void listsWithoutTheKey() {
        List<ProviderEntry> list = providers.list();
        assertEquals(List.of(new ProviderEntry("DeepSeek", "https://api.deepseek.com", "openai", true, 0)), list);
        assertFalse(list.toString().contains("your-api-key"));
        assertEquals(Optional.of("your-api-key"), providers.revealApiKey("DeepSeek"));
        assertEquals(Optional.empty(), providers.revealApiKey("Other"));
        assertEquals(List.of("deepseek-v4-pro-think", "deepseek-v4-pro-nonthink", "deepseek-v4-flash"),
                providers.modelsUsing("DeepSeek"));
    }

    @Test
    void addsAfterTheLastProvider() throws Exception {
        providers.add("SiliconFlow", "https://api.siliconflow.cn/v1", "openai", "sk-test");
        String text = doc.toString();
        assertTrue(text.startsWith(before), "everything before the new entry stays byte for byte");
        assertEquals("\n[[api_providers]]\nname = \"SiliconFlow\"\nbase_url = \"https://api.siliconflow.cn/v1\"\n"
                + "api_key = \"sk-test\"\nclient_type = \"openai\"\n", text.substring(before.length()));
        Map<String, Object> added = new LinkedHashMap<>();
        added.put("name", "SiliconFlow");
        added.put("base_url", "https://api.siliconflow.cn/v1");
        added.put("api_key", "sk-test");
        added.put("client_type", "openai");
        JsonNode expected = PyToml.load(beforeFile).deepCopy();
        ((ArrayNode) expected.get("api_providers")).add(PyToml.node(added));
        assertEquals(expected, after());
        assertEquals(List.of(), ModelRules.check(doc));
        assertEquals(2, providers.list().size());
        assertFalse(providers.find("SiliconFlow").orElseThrow().toString().contains("sk-test"));
    }

    @Test
    void addsInsideA0xFileBeforeTheModels() throws Exception {
        String text0 = TestData.read(TestData.MODEL_0123);
        TomlDocument d = TestData.parse(text0);
        new ModelConfigProviders(d).add("Moonshot", "https://api.moonshot.cn/v1", "openai", "k");
        String out = d.toString();
        int added = out.indexOf("name = \"Moonshot\"");
        assertTrue(added > out.indexOf("name = \"SiliconFlow\"") && added < out.indexOf("[[models]]"), out);
        assertEquals(text0, out.replace("\n[[api_providers]]\nname = \"Moonshot\"\nbase_url = "
                + "\"https://api.moonshot.cn/v1\"\napi_key = \"k\"\nclient_type = \"openai\"\n", ""));
        assertEquals(List.of(), ModelRules.check(d));
    }

    @Test
    void refusesBadNewProviders() {
        assertEquals("There is already an API provider named \"DeepSeek\". Choose another name.",
                assertThrows(ConfigException.class, () -> providers.add("DeepSeek", "https://x", "openai", ""))
                        .getMessage());
        assertThrows(ConfigException.class, () -> providers.add("X", "ftp://x", "openai", ""));
        assertThrows(ConfigException.class, () -> providers.add("X", "https://x", "claude", ""));
        assertThrows(ConfigException.class, () -> providers.add(" ", "https://x", "openai", ""));
        assertEquals(before, doc.toString());
    }

    @Test
    void updatesBaseUrl() throws Exception {
        providers.setBaseUrl("DeepSeek", "https://api.deepseek.com/v1");
        Lines.assertOneLineChanged(before, doc.toString(), "base_url");
        assertEquals(PyToml.with(PyToml.load(beforeFile), PyToml.node("https://api.deepseek.com/v1"),
                "api_providers", 0, "base_url"), after());
    }

    @Test
    void updatesClientType() throws Exception {
        providers.setClientType("DeepSeek", "gemini");
        Lines.assertOneLineChanged(before, doc.toString(), "client_type");
        assertEquals(PyToml.with(PyToml.load(beforeFile), PyToml.node("gemini"), "api_providers", 0, "client_type"),
                after());
    }

    @Test
    void updatesKey() throws Exception {
        providers.setApiKey("DeepSeek", "sk-new");
        Lines.assertOneLineChanged(before, doc.toString(), "api_key");
        assertEquals(PyToml.with(PyToml.load(beforeFile), PyToml.node("sk-new"), "api_providers", 0, "api_key"),
                after());
        assertEquals(Optional.of("sk-new"), providers.revealApiKey("DeepSeek"));
        assertThrows(ConfigException.class, () -> providers.setApiKey("Nope", "x"));
    }

    @Test
    void addsAKeyTheEntryLeftOut() throws Exception {
        String text = TestData.replaceOnce(before, "client_type = \"openai\" # 客户端类型。内置支持 openai、openai_responses 和 gemini，也可由插件扩展。\n", "");
        TomlDocument d = TestData.parse(text);
        assertEquals("openai", new ModelConfigProviders(d).list().get(0).clientType());
        new ModelConfigProviders(d).setClientType("DeepSeek", "openai_responses");
        assertEquals("openai_responses", new ModelConfigProviders(d).list().get(0).clientType());
    }

    @Test
    void refusesToRemoveAProviderInUse() {
        ConfigException e = assertThrows(ConfigException.class, () -> providers.remove("DeepSeek"));
        assertEquals("The API provider \"DeepSeek\" is still used by these models: deepseek-v4-pro-think, "
                + "deepseek-v4-pro-nonthink, deepseek-v4-flash. Change them to another provider or remove them "
                + "first.", e.getMessage());
        assertEquals(before, doc.toString());
    }

    @Test
    void removesAnUnusedProvider() throws Exception {
        providers.add("Spare", "https://spare.example/v1", "openai", "k");
        providers.remove("Spare");
        assertEquals(PyToml.load(beforeFile), after());
        assertEquals(before, doc.toString());
        assertThrows(ConfigException.class, () -> providers.remove("Spare"));
    }

    @Test
    void renamesAndUpdatesTheModels() throws Exception {
        providers.rename("DeepSeek", "DS");
        JsonNode expected = PyToml.with(PyToml.load(beforeFile), PyToml.node("DS"), "api_providers", 0, "name");
        for (int i = 0; i < 3; i++) {
            ((ObjectNode) expected.get("models").get(i)).put("api_provider", "DS");
        }
        assertEquals(expected, after());
        assertEquals(4, Lines.changed(before, doc.toString()).size());
        assertEquals(List.of(), ModelRules.check(doc));
        assertEquals(List.of("deepseek-v4-pro-think", "deepseek-v4-pro-nonthink", "deepseek-v4-flash"),
                providers.modelsUsing("DS"));
        providers.add("Other", "https://o.example", "openai", "");
        assertThrows(ConfigException.class, () -> providers.rename("DS", "Other"));
    }
}
