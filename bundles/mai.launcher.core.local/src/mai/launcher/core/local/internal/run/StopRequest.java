package mai.launcher.core.local.internal.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tells the launcher process that runs a component that another one is stopping it on purpose (the command line's
 * {@code instance stop} while the workbench runs the bot), so its end is not taken for a crash and restarted by the
 * watchdog. It is a file beside the pid file.
 */
final class StopRequest {

    private StopRequest() {
    }

    private static Path file(Path pidFile) {
        return pidFile.resolveSibling(pidFile.getFileName().toString().replace(".pid", ".stop")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    static void ask(Path pidFile) {
        try {
            Files.writeString(file(pidFile), String.valueOf(ProcessHandle.current().pid()));
        } catch (IOException e) {
            // then the watchdog may restart it; the stop itself still happens
        }
    }

    /** @return whether a stop was asked, forgetting the request */
    static boolean take(Path pidFile) {
        try {
            return Files.deleteIfExists(file(pidFile));
        } catch (IOException e) {
            return false;
        }
    }
}
