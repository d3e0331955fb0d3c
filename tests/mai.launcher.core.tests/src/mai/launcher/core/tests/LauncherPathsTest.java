package mai.launcher.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mai.launcher.core.ErrorCode;
import mai.launcher.core.LauncherException;
import mai.launcher.core.LauncherPaths;

class LauncherPathsTest {

    @TempDir
    Path temp;

    @AfterEach
    void clearProperty() {
        System.clearProperty(LauncherPaths.DATA_DIR_PROPERTY);
    }

    @Test
    void layoutIsTheOldLaunchers() {
        LauncherPaths paths = new LauncherPaths(temp.resolve("mailauncher-data"));
        Path root = temp.resolve("mailauncher-data");
        assertEquals(root.resolve("deployments"), paths.deployments());
        assertEquals(root.resolve("data/database/mailauncher.db"), paths.database());
        assertEquals(root.resolve("data/Log"), paths.logs());
        assertEquals(root.resolve("deployments/麦麦"), paths.instanceFolder("麦麦"));
    }

    @Test
    void instanceFoldersCannotLeaveDeployments() {
        LauncherPaths paths = new LauncherPaths(temp);
        assertThrows(IllegalArgumentException.class, () -> paths.instanceFolder("../data"));
        assertThrows(IllegalArgumentException.class, () -> paths.instanceFolder("a/../../x"));
        assertThrows(IllegalArgumentException.class, () -> paths.instanceFolder("."));
    }

    @Test
    void argumentWinsOverPropertyOverEnvironmentOverProgramFolder() throws LauncherException {
        Path program = temp.resolve("program");
        Map<String, String> env = Map.of(LauncherPaths.DATA_DIR_ENV, temp.resolve("env").toString());

        assertEquals(program.resolve("mailauncher-data"),
                LauncherPaths.choose(List.of(), k -> null, Optional.of(program)).root());
        assertEquals(temp.resolve("env"), LauncherPaths.choose(List.of(), env::get, Optional.of(program)).root());
        System.setProperty(LauncherPaths.DATA_DIR_PROPERTY, temp.resolve("prop").toString());
        assertEquals(temp.resolve("prop"), LauncherPaths.choose(List.of(), env::get, Optional.of(program)).root());
        assertEquals(temp.resolve("arg"), LauncherPaths
                .choose(List.of("--data-dir", temp.resolve("arg").toString()), env::get, Optional.of(program)).root());
        assertEquals(temp.resolve("arg2"), LauncherPaths
                .choose(List.of("--data-dir=" + temp.resolve("arg2")), env::get, Optional.of(program)).root());
    }

    @Test
    void onMacOsTheDataGoesBesideTheAppBundle() throws LauncherException {
        Path app = temp.resolve("Applications/mai-launcher.app/Contents/Eclipse");
        assertEquals(temp.resolve("Applications/mailauncher-data"),
                LauncherPaths.choose(List.of(), k -> null, Optional.of(app)).root());
    }

    @Test
    void dataDirWithoutValueIsABadInput() {
        for (List<String> args : List.of(List.of("--data-dir"), List.of("--data-dir", "--json"),
                List.of("--data-dir="))) {
            LauncherException e = assertThrows(LauncherException.class,
                    () -> LauncherPaths.choose(args, k -> null, Optional.empty()));
            assertEquals(ErrorCode.INVALID_INPUT, e.code());
            assertTrue(e.getMessage().contains("--data-dir"), e.getMessage());
        }
    }

    @Test
    void prepareMakesTheLayout() throws LauncherException {
        LauncherPaths paths = new LauncherPaths(temp.resolve("new folder/数据"));
        paths.prepare();
        assertTrue(Files.isDirectory(paths.deployments()));
        assertTrue(Files.isDirectory(paths.databaseFolder()));
        assertTrue(Files.isDirectory(paths.logs()));
    }

    @Test
    void aFileInTheWayIsNamedWithWhatToDo() throws IOException {
        Path file = Files.writeString(temp.resolve("occupied"), "not a folder");
        LauncherPaths paths = new LauncherPaths(file.resolve("mailauncher-data"));
        LauncherException e = assertThrows(LauncherException.class, paths::prepare);
        assertEquals(ErrorCode.DATA_FOLDER_NOT_WRITABLE, e.code());
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("--data-dir"), e.getMessage());
        assertEquals("not a folder", Files.readString(file));
    }

    @Test
    void aReadOnlyFolderIsNamedWithWhatToDo() throws IOException {
        // Root may write anywhere on a writable file system; /proc refuses everyone.
        Path folder = Path.of("/proc/self/mailauncher-data");
        LauncherException e = assertThrows(LauncherException.class, () -> new LauncherPaths(folder).prepare());
        assertEquals(ErrorCode.DATA_FOLDER_NOT_WRITABLE, e.code());
        assertTrue(e.getMessage().startsWith("The data folder /proc/self/mailauncher-data cannot be written"),
                e.getMessage());
    }
}
