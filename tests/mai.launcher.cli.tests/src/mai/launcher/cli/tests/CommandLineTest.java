package mai.launcher.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import mai.launcher.cli.internal.CommandLine;
import mai.launcher.cli.internal.CommandLine.Terminal;
import mai.launcher.cli.internal.OsgiSession;
import mai.launcher.cli.tests.InProcessCli.Run;

/**
 * The command line inside this OSGi runtime, with the real session (the data folder registered as a service and the
 * launcher's services on it), so every command and error path is covered quickly. {@link ProductCommandLineTest}
 * runs the installed product.
 */
class CommandLineTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;

    private Run run(String input, boolean interactive, String... args) {
        return new InProcessCli(data).run(input, interactive, args);
    }

    private Run run(String... args) {
        return run("", false, args);
    }

    @Test
    void createListRenameShowDeleteWithJson() throws Exception {
        Run created = run("instance", "create", "--name", "麦麦", "--mode", "docker", "--description", "主号", "--json");
        assertEquals(0, created.exitCode(), created.err());
        JsonNode instance = JSON.readTree(created.out());
        String id = instance.get("id").asText();
        assertTrue(id.matches("inst_[0-9a-f]{12}"), id);
        assertEquals("麦麦", instance.get("name").asText());
        assertEquals("docker", instance.get("deployMode").asText());
        assertEquals("pending", instance.get("status").asText());
        assertEquals(data.resolve("deployments/麦麦").toString(), instance.get("folder").asText());
        assertTrue(instance.get("createdAt").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d"));

        assertEquals(0, run("instance", "create", "second").exitCode(), "the name may also be a word");
        JsonNode list = JSON.readTree(run("instance", "list", "--json").out());
        assertEquals(2, list.size());
        assertEquals(List.of("麦麦", "second"), List.of(list.get(0).get("name").asText(), list.get(1).get("name").asText()));

        Run renamed = run("instance", "rename", "second", "第二个");
        assertEquals(0, renamed.exitCode(), renamed.err());
        assertTrue(renamed.out().contains("\"second\" to \"第二个\""), renamed.out());
        Run shown = run("instance", "show", id);
        assertTrue(shown.out().contains("主号"), shown.out());

        Run deleted = run("instance", "delete", "第二个", "--yes", "--delete-files", "--json");
        assertEquals(0, deleted.exitCode(), deleted.err());
        assertTrue(JSON.readTree(deleted.out()).get("filesDeleted").asBoolean());
        assertFalse(Files.exists(data.resolve("deployments/second")));
        assertEquals(1, JSON.readTree(run("instance", "list", "--json").out()).size());
    }

    @Test
    void listOfNothingSaysHowToCreateOne() {
        Run list = run("instance", "list");
        assertEquals(0, list.exitCode());
        assertTrue(list.out().contains("mai-launcher instance create --name NAME"), list.out());
        assertEquals("[ ]", run("instance", "list", "--json").out().strip());
    }

    @Test
    void aTableLinesUpWithChineseNames() {
        run("instance", "create", "--name", "麦麦机器人");
        run("instance", "create", "--name", "bot");
        List<String> lines = run("instance", "list").out().lines().toList();
        assertEquals(3, lines.size(), lines.toString());
        int modeColumn = width(lines.get(0).substring(0, lines.get(0).indexOf("MODE")));
        for (String line : lines.subList(1, 3)) {
            int at = line.indexOf("local");
            assertEquals(modeColumn, width(line.substring(0, at)), line);
        }
    }

    private static int width(String text) {
        return text.codePoints().map(cp -> cp >= 0x4E00 && cp <= 0x9FFF ? 2 : 1).sum();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                                    | Say what to do
            frobnicate                            | There is no command "frobnicate"
            instance                              | Say what to do with instances
            instance frob x                       | There is no instance command "frob"
            instance list --bogus                 | There is no option "--bogus"
            instance list --name x                | The option --name does not apply to "instance list"
            instance list extra                   | "extra" was not expected here
            instance create                       | Give the new instance a name
            instance create --name                | --name needs a value after it
            instance create --name a --mode podman | "podman" is not a deploy mode; choose one of: local, docker, wsl2_docker
            instance rename onlyone               | Usage: mai-launcher instance rename
            """)
    void badUsageExitsWith2AndOneSentence(String words, String phrase) {
        Run run = run(words.isEmpty() ? new String[0] : words.split(" "));
        assertEquals(2, run.exitCode(), run.toString());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("mai-launcher: "), run.err());
        assertTrue(run.err().contains(phrase), run.err());
        assertEquals("", run.out());
    }

    @Test
    void failedOperationsExitWith1AndSayWhatToDo() {
        run("instance", "create", "--name", "bot");
        Run duplicate = run("instance", "create", "--name", "BOT");
        assertEquals(1, duplicate.exitCode());
        assertEquals("mai-launcher: An instance named \"BOT\" already exists; choose another name.\n", duplicate.err());
        Run traversal = run("instance", "create", "--name", "../../etc");
        assertEquals(1, traversal.exitCode());
        assertTrue(traversal.err().contains("contains \"/\""), traversal.err());
        Run missing = run("instance", "delete", "inst_000000000000", "--yes");
        assertEquals(1, missing.exitCode());
        assertTrue(missing.err().contains("instance list"), missing.err());
    }

    @Test
    void deletingAsksInATerminalAndNeedsYesElsewhere() {
        run("instance", "create", "--name", "bot");
        Run refused = run("instance", "delete", "bot");
        assertEquals(2, refused.exitCode());
        assertTrue(refused.err().contains("add --yes"), refused.err());

        Run no = run("n\n", true, "instance", "delete", "bot");
        assertEquals(1, no.exitCode());
        assertTrue(no.err().contains("[y/N]") && no.err().contains("Nothing was deleted."), no.err());
        assertEquals(1, run("instance", "list", "--json").out().lines().filter(l -> l.contains("\"id\"")).count());

        Run yes = run("y\n", true, "instance", "delete", "bot");
        assertEquals(0, yes.exitCode(), yes.err());
        assertTrue(Files.isDirectory(data.resolve("deployments/bot")), "files kept without --delete-files");
    }

    @Test
    void helpAndVersionNeedNoDataFolder() {
        Path nowhere = data.resolve("never-created");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Terminal terminal = new Terminal(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new BufferedReader(new StringReader("")), false);
        CommandLine commandLine = new CommandLine(terminal, OsgiSession::open, "0.1.0.test");
        assertEquals(0, commandLine.run(List.of("--data-dir", nowhere.toString(), "--version")));
        assertEquals(0, commandLine.run(List.of("--help")));
        assertEquals(0, commandLine.run(List.of("instance", "create", "--help")));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.startsWith("MAI Launcher 0.1.0.test\n"), printed);
        assertTrue(printed.contains("instance delete ID|NAME [--yes] [--delete-files]"), printed);
        assertTrue(printed.contains("local, docker, wsl2_docker"), printed);
        assertFalse(Files.exists(nowhere));
    }
}
