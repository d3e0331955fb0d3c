package mai.launcher.core.config.maibot;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import mai.launcher.core.config.ConfigException;
import mai.launcher.core.config.TomlDocument;

/** The shared, read-only MaiBot files (system property {@code mai.testdata}) and the fixture. */
final class TestData {

    static final Path ROOT = Path.of(System.getProperty("mai.testdata", "/work/shared/testdata"));
    static final Path BOT_121 = ROOT.resolve("maibot-1.2.1-generated/bot_config.toml");
    static final Path MODEL_121 = ROOT.resolve("maibot-1.2.1-generated/model_config.toml");
    static final Path BOT_0123 = ROOT.resolve("maibot-0.12.3.bot_config_template.toml");
    static final Path MODEL_0123 = ROOT.resolve("maibot-0.12.3.model_config_template.toml");
    static final Path ENV_0123 = ROOT.resolve("maibot-0.12.3.template.env");
    static final Path ADAPTER_013 = ROOT.resolve("adapter-standalone-0.1.3.template_config.toml");
    static final Path ONEBOT_WS = ROOT.resolve("napcat-docker.onebot11.ws.json");
    static final Path COMPOSE_121 = ROOT.resolve("maibot-1.2.1.docker-compose.yml");
    /** Classpath resource: the 1.x adapter plugin config, synthesized (see the file's header). */
    static final String ADAPTER_PLUGIN = "/fixtures/adapter-plugin-1.x.config.toml";

    private TestData() {
    }

    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String adapterPlugin() {
        try (InputStream in = TestData.class.getResourceAsStream(ADAPTER_PLUGIN)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TomlDocument parse(String text) {
        try {
            return TomlDocument.parse(text);
        } catch (ConfigException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    static void write(Path p, String text) {
        try {
            Files.createDirectories(p.getParent());
            Files.writeString(p, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces exactly one occurrence, failing loudly when the text is not there once. */
    static String replaceOnce(String text, String from, String to) {
        int at = text.indexOf(from);
        if (at < 0 || text.indexOf(from, at + 1) >= 0) {
            throw new AssertionError("expected exactly one occurrence of: " + from);
        }
        return text.substring(0, at) + to + text.substring(at + from.length());
    }

    /** Returns the 1-based line of the first occurrence. */
    static int lineOf(String text, String what) {
        int at = text.indexOf(what);
        if (at < 0) {
            throw new AssertionError("not found: " + what);
        }
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }
}
