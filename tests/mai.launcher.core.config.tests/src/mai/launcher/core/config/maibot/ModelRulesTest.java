package mai.launcher.core.config.maibot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

import mai.launcher.core.config.TomlPath;
import mai.launcher.core.config.maibot.ModelProblem.Rule;

class ModelRulesTest {

    private static TomlPath path(String text) {
        try {
            return TomlPath.parse(text);
        } catch (mai.launcher.core.config.ConfigException e) {
            throw new AssertionError(e);
        }
    }

    private static List<ModelProblem> check(String text) {
        return ModelRules.check(TestData.parse(text));
    }

    private static ModelProblem only(List<ModelProblem> problems, Rule rule) {
        List<ModelProblem> found = problems.stream().filter(p -> p.rule() == rule).toList();
        assertEquals(1, found.size(), "one " + rule + " in " + problems);
        return found.get(0);
    }

    @Test
    void realFilesPass() {
        assertEquals(List.of(), check(TestData.read(TestData.MODEL_0123)));
        assertEquals(List.of(), check(TestData.read(TestData.MODEL_121)));
    }

    @Test
    void duplicateProviderName() {
        String text = TestData.replaceOnce(TestData.read(TestData.MODEL_0123), "name = \"BaiLian\"",
                "name = \"DeepSeek\"");
        ModelProblem p = only(check(text), Rule.DUPLICATE_PROVIDER);
        int line = TestData.lineOf(text, "name = \"DeepSeek\"\n");
        assertEquals(path("api_providers[1].name"), p.path());
        assertEquals(OptionalInt.of(line), p.line());
        assertEquals(Severity.ERROR, p.severity());
        assertEquals("Line " + line + ": The API provider name \"DeepSeek\" is used twice (first on line 7). Give "
                + "each provider its own name, and make the models use the right one.", p.message());
    }

    @Test
    void duplicateModelName() {
        String text = TestData.replaceOnce(TestData.read(TestData.MODEL_121), "name = \"deepseek-v4-pro-nonthink\"",
                "name = \"deepseek-v4-pro-think\"");
        List<ModelProblem> problems = check(text);
        ModelProblem p = only(problems, Rule.DUPLICATE_MODEL);
        assertEquals(path("models[1].name"), p.path());
        assertEquals(OptionalInt.of(25), p.line());
        assertTrue(p.message().startsWith("Line 25: The model name \"deepseek-v4-pro-think\" is used twice (first "
                + "on line 6)."), p.message());
        // The task that listed the renamed model now names a missing one.
        assertEquals(path("model_task_config.replyer.model_list[1]"),
                only(problems, Rule.UNKNOWN_MODEL).path());
    }

    @Test
    void danglingApiProvider() {
        String text = TestData.read(TestData.MODEL_121).replaceFirst("api_provider = \"DeepSeek\"",
                "api_provider = \"Nowhere\"");
        ModelProblem p = only(check(text), Rule.UNKNOWN_PROVIDER);
        assertEquals(path("models[0].api_provider"), p.path());
        assertEquals(OptionalInt.of(7), p.line());
        assertEquals("Line 7: The model \"deepseek-v4-pro-think\" uses the API provider \"Nowhere\", but there is "
                + "no provider with that name. Change api_provider to one of: DeepSeek; or add a provider named "
                + "\"Nowhere\".", p.message());
    }

    @Test
    void emptyProviders() {
        String full = TestData.read(TestData.MODEL_121);
        String text = full.substring(0, full.indexOf("[[api_providers]]"));
        List<ModelProblem> problems = check(text);
        ModelProblem p = only(problems, Rule.NO_PROVIDERS);
        assertEquals(path("api_providers"), p.path());
        assertEquals(OptionalInt.empty(), p.line());
        assertEquals("model_config.toml has no API provider ([[api_providers]]). Add at least one provider with its "
                + "name, base_url and api_key so MaiBot can reach a model service.", p.message());
        assertEquals(3, problems.stream().filter(x -> x.rule() == Rule.UNKNOWN_PROVIDER).count());
        assertTrue(problems.get(1).message().contains("one of: (none yet)"), problems.get(1).message());
    }

    @Test
    void emptyModels() {
        String full = TestData.read(TestData.MODEL_0123);
        String text = full.substring(0, full.indexOf("[[models]]")) + full.substring(full.indexOf("[model_task_config"));
        ModelProblem p = only(check(text), Rule.NO_MODELS);
        assertEquals(OptionalInt.empty(), p.line());
    }

    @Test
    void taskNamingAMissingModel() {
        String text = TestData.replaceOnce(TestData.read(TestData.MODEL_0123), "model_list = [\"qwen3-vl-30\"]",
                "model_list = [\"qwen3-vl-31\"]");
        ModelProblem p = only(check(text), Rule.UNKNOWN_MODEL);
        int line = TestData.lineOf(text, "model_list = [\"qwen3-vl-31\"]");
        assertEquals(path("model_task_config.vlm.model_list[0]"), p.path());
        assertEquals(OptionalInt.of(line), p.line());
        assertTrue(p.message().startsWith("Line " + line + ": The task \"vlm\" lists the model \"qwen3-vl-31\" in "
                + "model_list, but there is no model with that name. Change it to one of: deepseek-v3, "),
                p.message());
    }

    @Test
    void modelWithoutProviderOrName() {
        String text = TestData.replaceOnce(TestData.read(TestData.MODEL_0123),
                "name = \"bge-m3\"\napi_provider = \"SiliconFlow\"\n", "");
        List<ModelProblem> problems = check(text);
        assertEquals(path("models[10]"), only(problems, Rule.MISSING_NAME).path());
        assertEquals(path("models[10]"), only(problems, Rule.MISSING_PROVIDER).path());
        assertEquals(OptionalInt.of(TestData.lineOf(text, "model_identifier = \"BAAI/bge-m3\"") - 1),
                only(problems, Rule.MISSING_NAME).line());
    }

    @Test
    void unknownClientTypeIsAWarning() {
        String text = TestData.replaceOnce(TestData.read(TestData.MODEL_121), "client_type = \"openai\"",
                "client_type = \"claude\"");
        List<ModelProblem> problems = check(text);
        ModelProblem p = only(problems, Rule.UNKNOWN_CLIENT_TYPE);
        assertEquals(Severity.WARNING, p.severity());
        assertEquals(OptionalInt.of(TestData.lineOf(text, "client_type = \"claude\"")), p.line());
        assertFalse(ModelRules.hasErrors(problems));
    }
}
