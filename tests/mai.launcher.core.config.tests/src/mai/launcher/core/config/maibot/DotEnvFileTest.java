package mai.launcher.core.config.maibot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mai.launcher.core.config.ConfigException;

class DotEnvFileTest {

    @TempDir
    Path tmp;

    @Test
    void readsTheTemplate() {
        DotEnvFile env = DotEnvFile.parse(TestData.read(TestData.ENV_0123));
        assertEquals(Optional.of("127.0.0.1"), env.get("HOST"));
        assertEquals(Optional.of("8000"), env.get("PORT"));
        assertEquals(Optional.of("127.0.0.1"), env.get("WEBUI_HOST"));
        assertEquals(Optional.of("8001"), env.get("WEBUI_PORT"));
        assertEquals(List.of("HOST", "PORT", "WEBUI_HOST", "WEBUI_PORT"), env.keys());
        assertEquals(TestData.read(TestData.ENV_0123), env.toString());
    }

    @Test
    void changesOneLineOfTheTemplate() throws Exception {
        String before = TestData.read(TestData.ENV_0123);
        DotEnvFile env = DotEnvFile.parse(before);
        env.set("PORT", "8080");
        Lines.assertOneLineChanged(before, env.toString(), "PORT=8080");
        env.set("WEBUI_PORT", "9001"); // the last line, without final line break
        assertEquals(before.replace("PORT=8000", "PORT=8080").replace("WEBUI_PORT=8001", "WEBUI_PORT=9001"),
                env.toString());
        Path file = tmp.resolve(".env");
        env.save(file);
        assertEquals(env.toString(), Files.readString(file));
        assertEquals(Optional.of("9001"), DotEnvFile.load(file).get("WEBUI_PORT"));
    }

    @Test
    void appendsMissingVariablesKeepingTheMissingFinalLineBreak() throws Exception {
        String before = TestData.read(TestData.ENV_0123);
        DotEnvFile env = DotEnvFile.parse(before);
        env.set("EULA_AGREE", "abc");
        assertEquals(before + "\nEULA_AGREE=abc", env.toString());
        DotEnvFile crlf = DotEnvFile.parse("# c\r\nA=1\r\n");
        crlf.set("B", "2");
        assertEquals("# c\r\nA=1\r\nB=2\r\n", crlf.toString());
    }

    @Test
    void keepsQuotingCommentsAndExport() throws Exception {
        DotEnvFile env = DotEnvFile.parse("export HOST = \"127.0.0.1\"  # where\nPORT=8000 # port\nX='a b'\nweird line\n");
        assertEquals(Optional.of("127.0.0.1"), env.get("HOST"));
        assertEquals(Optional.of("8000"), env.get("PORT"));
        assertEquals(Optional.of("a b"), env.get("X"));
        env.set("HOST", "0.0.0.0");
        env.set("PORT", "8001");
        env.set("X", "c d");
        assertEquals("export HOST = \"0.0.0.0\"  # where\nPORT=8001 # port\nX='c d'\nweird line\n", env.toString());
        env.set("PORT", "has space");
        assertEquals(Optional.of("has space"), DotEnvFile.parse(env.toString()).get("PORT"));
    }

    @Test
    void refusesBadNamesAndMultiLineValues() {
        DotEnvFile env = DotEnvFile.parse("");
        assertThrows(ConfigException.class, () -> env.set("1BAD", "x"));
        assertThrows(ConfigException.class, () -> env.set("OK", "a\nb"));
        assertEquals("", env.toString());
    }
}
