package mai.launcher.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import mai.launcher.tests.support.OldLauncherDatabase;
import mai.launcher.tests.support.ProductRunner;
import mai.launcher.tests.support.ProductRunner.Result;

/**
 * The installed product's {@code mai-launcher} script, end to end, in its own JVM and without a display: what a user
 * types in a shell and what a script reads back.
 */
class ProductCommandLineTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private Result run(Path data, String... args) {
        List<String> all = new java.util.ArrayList<>(List.of("--data-dir", data.toString()));
        all.addAll(List.of(args));
        return ProductRunner.run(all);
    }

    @Test
    void versionAndHelp() {
        Result version = ProductRunner.run(List.of("--version"));
        assertEquals(0, version.exitCode(), version.toString());
        assertTrue(version.out().matches("MAI Launcher 0\\.1\\.0\\.\\S+\\n"), version.out());
        Result help = ProductRunner.run(List.of("--help"));
        assertEquals(0, help.exitCode(), help.toString());
        assertTrue(help.out().contains("instance create --name NAME"), help.out());
        assertEquals("", help.err());
    }

    @Test
    void instancesRoundTripThroughJsonWithExitCodes() throws Exception {
        Path data = temp.resolve("data dir 数据");
        Result created = run(data, "instance", "create", "--name", "麦麦", "--mode", "docker", "--json");
        assertEquals(0, created.exitCode(), created.toString());
        String id = JSON.readTree(created.out()).get("id").asText();

        Result list = run(data, "instance", "list", "--json");
        assertEquals(0, list.exitCode(), list.toString());
        JsonNode instances = JSON.readTree(list.out());
        assertEquals(1, instances.size());
        assertEquals(id, instances.get(0).get("id").asText());
        assertEquals("麦麦", instances.get(0).get("name").asText(), "UTF-8 whatever the locale");

        Result duplicate = run(data, "instance", "create", "--name", "麦麦");
        assertEquals(1, duplicate.exitCode(), duplicate.toString());
        assertEquals(1, duplicate.err().lines().count(), duplicate.err());
        Result usage = run(data, "instance", "frob");
        assertEquals(2, usage.exitCode(), usage.toString());

        Result deleted = run(data, "instance", "delete", id, "--yes");
        assertEquals(0, deleted.exitCode(), deleted.toString());
        assertEquals("[ ]", run(data, "instance", "list", "--json").out().strip());
    }

    @Test
    void anUnwritableDataFolderIsNamedWithWhatToDo() throws Exception {
        Path file = Files.writeString(temp.resolve("occupied"), "x");
        Result result = run(file.resolve("data"), "instance", "list");
        assertEquals(1, result.exitCode(), result.toString());
        assertTrue(result.err().startsWith("mai-launcher: The data folder " + file), result.err());
        assertTrue(result.err().contains("--data-dir"), result.err());
        assertEquals(1, result.err().lines().count(), result.err());
    }

    @Test
    void aCorruptDatabaseIsNamedAndLeftUntouched() throws Exception {
        Path database = Files.createDirectories(temp.resolve("data/data/database")).resolve("mailauncher.db");
        byte[] content = "not a database at all".getBytes();
        Files.write(database, content);
        Result result = run(temp.resolve("data"), "instance", "list");
        assertEquals(1, result.exitCode(), result.toString());
        assertTrue(result.err().contains(database.toString()) && result.err().contains("is not a SQLite database"),
                result.err());
        assertArrayEquals(content, Files.readAllBytes(database));
    }

    @Test
    void theOldLaunchersDataFolderOpensAsItIs() throws Exception {
        Path data = temp.resolve("mailauncher-data");
        Files.createDirectories(data.resolve("data/database"));
        Files.createDirectories(data.resolve("deployments/麦麦/MaiBot"));
        OldLauncherDatabase.create(data.resolve("data/database/mailauncher.db"), false);
        Result list = run(data, "instance", "list", "--json");
        assertEquals(0, list.exitCode(), list.toString());
        JsonNode instances = JSON.readTree(list.out());
        assertEquals(OldLauncherDatabase.INSTANCE_IDS.get(0), instances.get(0).get("id").asText());
        assertEquals("local", instances.get(0).get("deployMode").asText());
        assertEquals(data.resolve("deployments/麦麦").toString(), instances.get(0).get("folder").asText());
        assertEquals("123456789", instances.get(0).get("qqAccount").asText());
        try (var backups = Files.list(data.resolve("data/database/backups"))) {
            assertEquals(1, backups.count(), "a backup before the migration");
        }
        // The old launcher kept an API key in plain text: it is now in secure storage, and in no database file.
        byte[] key = "sk-old-plain-text-key".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try (var files = Files.walk(data.resolve("data"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertFalse(contains(Files.readAllBytes(file), key), "the plain key is still in " + file);
            }
        }
        assertTrue(Files.exists(data.resolve("data/secure/secure_storage")), "the key's new home");
    }

    private static boolean contains(byte[] content, byte[] part) {
        outer: for (int i = 0; i + part.length <= content.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (content[i + j] != part[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    @Test
    void speaksChineseWhenAsked() {
        Result result = ProductRunner.run(List.of("-nl", "zh_CN", "--data-dir", temp.toString(), "instance", "list"));
        assertEquals(0, result.exitCode(), result.toString());
        assertTrue(result.out().startsWith("还没有实例。"), result.out());
    }

    @Test
    void theDataFolderCanComeFromTheEnvironment() {
        Result result = ProductRunner.run(List.of("instance", "create", "--name", "env"),
                java.util.Map.of("MAI_LAUNCHER_DATA_DIR", temp.toString()));
        assertEquals(0, result.exitCode(), result.toString());
        assertTrue(Files.isDirectory(temp.resolve("deployments/env")));
    }
}
