package mai.launcher.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mai.launcher.cli.tests.InProcessCli.Run;

/**
 * {@code mai-launcher toml check|get|set} on MaiBot's real 1.2.1 bot_config.toml (from the shared test data): values
 * read as scripts want them, one value changed with everything else kept, bad input refused with the file untouched.
 */
class TomlCommandLineTest {

    @TempDir
    Path folder;
    private Path config;
    private byte[] original;
    private InProcessCli cli;

    @BeforeEach
    void copyTheRealConfig() throws Exception {
        Path source = Path.of(System.getProperty("mai.testdata"), "maibot-1.2.1-generated", "bot_config.toml");
        config = folder.resolve("bot_config.toml");
        Files.copy(source, config);
        original = Files.readAllBytes(config);
        cli = new InProcessCli(folder.resolve("data"));
    }

    @Test
    void checkGetAndSetKeepEverythingElse() throws Exception {
        Run check = cli.run("toml", "check", config.toString());
        assertEquals(0, check.exitCode(), check.err());
        assertTrue(check.out().contains("is valid TOML"), check.out());

        Run nickname = cli.run("toml", "get", config.toString(), "bot.nickname");
        assertEquals(0, nickname.exitCode(), nickname.err());
        String before = nickname.out().strip();

        Run set = cli.run("toml", "set", config.toString(), "bot.nickname", "小麦 \"quoted\"");
        assertEquals(0, set.exitCode(), set.err());
        assertEquals("小麦 \"quoted\"", cli.run("toml", "get", config.toString(), "bot.nickname").out().strip());
        assertEquals("\"小麦 \\\"quoted\\\"\"", cli.run("toml", "get", config.toString(), "bot.nickname", "--json").out().strip());

        String[] was = new String(original, StandardCharsets.UTF_8).split("\n", -1);
        String[] now = Files.readString(config).split("\n", -1);
        assertEquals(was.length, now.length, "no line added or removed");
        int changed = 0;
        for (int i = 0; i < was.length; i++) {
            if (!was[i].equals(now[i])) {
                changed++;
                assertTrue(was[i].contains(before) && now[i].contains("小麦"), was[i] + " -> " + now[i]);
            }
        }
        assertEquals(1, changed, "exactly the nickname's line changed");
        assertTrue(Files.list(folder.resolve(".history").resolve("bot_config.toml")).findAny().isPresent(),
                "the previous version is kept");
    }

    @Test
    void badInputIsRefusedAndTheFileIsUntouched() throws Exception {
        Run wrongType = cli.run("toml", "set", config.toString(), "chat.max_context_size", "forty");
        assertEquals(1, wrongType.exitCode());
        assertTrue(wrongType.err().contains("max_context_size"), wrongType.err());
        Run missing = cli.run("toml", "get", config.toString(), "bot.no_such_key");
        assertEquals(1, missing.exitCode());
        assertTrue(missing.err().contains("There is no \"bot.no_such_key\""), missing.err());
        Run badPath = cli.run("toml", "get", config.toString(), "bot..x");
        assertEquals(1, badPath.exitCode());
        Run usage = cli.run("toml", "set", config.toString(), "bot.nickname");
        assertEquals(2, usage.exitCode());
        assertArrayEquals(original, Files.readAllBytes(config), "nothing written");

        Path broken = folder.resolve("broken.toml");
        Files.writeString(broken, "[bot]\nnickname = \"unclosed\nqq = 1\n");
        Run invalid = cli.run("toml", "check", broken.toString());
        assertEquals(1, invalid.exitCode());
        assertTrue(invalid.err().startsWith(broken + ":2:"), invalid.err());
        Run negative = cli.run("toml", "set", config.toString(), "chat.max_context_size", "-5");
        assertEquals(0, negative.exitCode(), "a negative number is a value: " + negative.err());
    }
}
