package mai.launcher.core.config.tests;


import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Access to the shared, read-only test files. */
final class TestData {

    static final Path ROOT = Path.of(System.getProperty("mai.testdata", "../testdata"));
    static final Path BOT_121 = ROOT.resolve("maibot-1.2.1-generated/bot_config.toml");
    static final Path MODEL_121 = ROOT.resolve("maibot-1.2.1-generated/model_config.toml");
    static final Path BOT_0123 = ROOT.resolve("maibot-0.12.3.bot_config_template.toml");
    static final Path MODEL_0123 = ROOT.resolve("maibot-0.12.3.model_config_template.toml");
    static final Path ADAPTER = ROOT.resolve("adapter-standalone-0.1.3.template_config.toml");

    private TestData() {
    }

    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String crlf(String lf) {
        return lf.replace("\r\n", "\n").replace("\n", "\r\n");
    }
}
