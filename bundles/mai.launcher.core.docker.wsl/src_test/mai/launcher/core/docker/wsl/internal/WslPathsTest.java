package mai.launcher.core.docker.wsl.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import mai.launcher.core.ErrorCode;
import mai.launcher.core.LauncherException;

/** Windows paths as a WSL distribution sees them (pure string mapping; it needs no Windows). */
class WslPathsTest {

    @Test
    void drivesAreUnderMnt() throws LauncherException {
        assertEquals("/mnt/c/Users/me/mai", WslPaths.toWsl("C:\\Users\\me\\mai", "Ubuntu"));
        assertEquals("/mnt/d/MaiBot Data/实例", WslPaths.toWsl("D:\\MaiBot Data\\实例\\", "Ubuntu"));
        assertEquals("/mnt/c/Users/me", WslPaths.toWsl("c:/Users//me/", "Ubuntu"));
        assertEquals("/mnt/e", WslPaths.toWsl("E:\\", "Ubuntu"));
    }

    @Test
    void longPathPrefixes() throws LauncherException {
        assertEquals("/mnt/c/Users/me", WslPaths.toWsl("\\\\?\\C:\\Users\\me", "Ubuntu"));
        assertEquals("/home/me", WslPaths.toWsl("\\\\?\\UNC\\wsl.localhost\\Ubuntu\\home\\me", "Ubuntu"));
    }

    @Test
    void theDistributionsOwnFiles() throws LauncherException {
        assertEquals("/home/x", WslPaths.toWsl("\\\\wsl$\\Ubuntu\\home\\x", "Ubuntu"));
        assertEquals("/home/x/mai", WslPaths.toWsl("\\\\wsl.localhost\\Ubuntu-22.04\\home\\x\\mai", "ubuntu-22.04"));
        assertEquals("/", WslPaths.toWsl("\\\\wsl$\\Ubuntu\\", "Ubuntu"));
    }

    @Test
    void anotherDistributionsFilesAreRefused() {
        LauncherException e = assertThrows(LauncherException.class,
                () -> WslPaths.toWsl("\\\\wsl$\\Debian\\home\\x", "Ubuntu"));
        assertEquals(ErrorCode.INVALID_INPUT, e.code());
        assertTrue(e.getMessage().contains("\"Debian\"") && e.getMessage().contains("\"Ubuntu\""), e.getMessage());
    }

    @Test
    void networkSharesAreRefused() {
        LauncherException e = assertThrows(LauncherException.class,
                () -> WslPaths.toWsl("\\\\nas\\share\\mai", "Ubuntu"));
        assertTrue(e.getMessage().contains("network share"), e.getMessage());
        assertThrows(LauncherException.class, () -> WslPaths.toWsl("\\\\wsl$", "Ubuntu"));
    }

    @Test
    void relativePathsAreRefused() {
        for (String path : new String[] { "mai\\data", "C:mai", "\\Users\\me", "", "/home/me", "1:\\x" }) {
            LauncherException e = assertThrows(LauncherException.class, () -> WslPaths.toWsl(path, "Ubuntu"), path);
            assertEquals(ErrorCode.INVALID_INPUT, e.code());
            assertTrue(e.getMessage().contains("not an absolute Windows path"), e.getMessage());
        }
    }
}
