package mai.launcher.core.p2.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

import mai.launcher.tests.support.ProductRunner.Result;

/**
 * The update as a user meets it in the workbench of a real product (its own process, on the test display): Help &gt;
 * Check for Updates lists the update from the update site, Install Anyway applies it, Yes to the restart offered
 * after it, and the start script relaunches the workbench, which runs with the new version while the old jar is gone.
 * Help &gt; Installed Plugins then lists the product's features. Keys are sent with xdotool, since the workbench is
 * another process; screenshots go to target/screenshots. Skipped only when ./test has no display, which CI forbids.
 */
class WorkbenchUpdateTest {

    private static final String BUNDLE = "mai.launcher.cli"; //$NON-NLS-1$
    private static final String FEATURE = "mai.launcher.core.feature"; //$NON-NLS-1$
    private static final String VISIBLE = "MAI-LAUNCHER-INSTANCES-VIEW-VISIBLE"; //$NON-NLS-1$
    private static final String MAIN_WINDOW = "MAI Launcher"; //$NON-NLS-1$
    private static final Duration WINDOW_WAIT = Duration.ofSeconds(90);
    private static final Path SCREENSHOTS = Path.of("target", "screenshots"); //$NON-NLS-1$ //$NON-NLS-2$

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path temp;

    private Process workbench;

    /** Ends the start script and the workbench it runs, and waits for them, so that the folder can be deleted. */
    @AfterEach
    void closeWorkbench() throws Exception {
        if (workbench == null) {
            return;
        }
        List<ProcessHandle> processes = Stream.concat(workbench.descendants(), Stream.of(workbench.toHandle())).toList();
        processes.forEach(ProcessHandle::destroy);
        for (ProcessHandle process : processes) {
            try {
                process.onExit().get(30, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                process.destroyForcibly();
            }
        }
    }

    @Test
    void updatesFromTheWorkbenchAndRelaunchesIt() throws Exception {
        assumeFalse(Boolean.getBoolean("mai.skipUiTests"), "./test found no display (never in CI)"); //$NON-NLS-1$ //$NON-NLS-2$
        String display = System.getenv("DISPLAY"); //$NON-NLS-1$
        assertTrue(display != null && !display.isBlank(), "the UI tests need a display (./test starts Xvfb)"); //$NON-NLS-1$
        Xdo xdo = new Xdo(display);
        Installation installation = new Installation(temp);
        NextVersionSite.Published next = NextVersionSite.publish(installation.folder, BUNDLE, FEATURE,
                temp.resolve("next")); //$NON-NLS-1$
        Result site = installation.run("settings", "set", "update.site", next.repository().toUri().toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(0, site.exitCode(), site.toString());
        String oldJar = installation.plugins(BUNDLE).get(0);

        Path log = temp.resolve("workbench.log"); //$NON-NLS-1$
        workbench = start(installation, display, log);
        awaitVisible(log, 1);
        String main = xdo.awaitWindow(MAIN_WINDOW, WINDOW_WAIT);
        xdo.keys(main, "alt+h"); //$NON-NLS-1$
        Xdo.pause(Duration.ofMillis(500));
        xdo.keys(main, "Return"); // the Help menu's first item: Check for Updates //$NON-NLS-1$

        String plan = xdo.awaitWindow("Check for Updates", WINDOW_WAIT); //$NON-NLS-1$
        Xdo.pause(Duration.ofMillis(500));
        xdo.screenshot(SCREENSHOTS.resolve("50-workbench-update-found.png")); //$NON-NLS-1$
        long applied = System.nanoTime();
        xdo.keys(plan, "Return"); // Install Anyway, the default button (the site is not signed) //$NON-NLS-1$

        String question = xdo.awaitWindow("Restart MAI Launcher", WINDOW_WAIT); //$NON-NLS-1$
        long applyMillis = (System.nanoTime() - applied) / 1_000_000;
        xdo.screenshot(SCREENSHOTS.resolve("51-workbench-update-restart.png")); //$NON-NLS-1$
        long restarted = System.nanoTime();
        xdo.keys(question, "Return"); // Yes //$NON-NLS-1$
        awaitVisible(log, 2);
        long restartMillis = (System.nanoTime() - restarted) / 1_000_000;
        System.out.println("workbench: apply " + applyMillis + " ms, restart to the Instances view " + restartMillis //$NON-NLS-1$ //$NON-NLS-2$
                + " ms"); //$NON-NLS-1$
        assertTrue(workbench.isAlive(), "the start script relaunched the workbench: " + read(log)); //$NON-NLS-1$
        assertEquals(List.of(BUNDLE + "_" + next.bundleVersion() + ".jar"), installation.plugins(BUNDLE), //$NON-NLS-1$ //$NON-NLS-2$
                "the relaunch runs the new version and deleted " + oldJar); //$NON-NLS-1$

        String relaunched = xdo.awaitWindow(MAIN_WINDOW, WINDOW_WAIT);
        xdo.keys(relaunched, "alt+h"); //$NON-NLS-1$
        Xdo.pause(Duration.ofMillis(500));
        xdo.keys(relaunched, "Down", "Down", "Return"); // Installed Plugins //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        String installed = xdo.awaitWindow("Installed Plugins", WINDOW_WAIT); //$NON-NLS-1$
        Xdo.pause(Duration.ofMillis(500));
        xdo.screenshot(SCREENSHOTS.resolve("52-workbench-installed-plugins.png")); //$NON-NLS-1$
        xdo.keys(installed, "Escape"); //$NON-NLS-1$
        Result version = installation.run("--version"); //$NON-NLS-1$
        assertEquals("MAI Launcher " + next.bundleVersion() + "\n", version.out(), version.toString()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static Process start(Installation installation, String display, Path log) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(installation.folder.resolve("mai-launcher").toString(), //$NON-NLS-1$
                "--data-dir", installation.data.toString(), "-clearPersistedState"); //$NON-NLS-1$ //$NON-NLS-2$
        builder.environment().put("DISPLAY", display); //$NON-NLS-1$
        builder.environment().put("JAVA_HOME", System.getProperty("java.home")); //$NON-NLS-1$ //$NON-NLS-2$
        builder.environment().put("LC_ALL", "C.UTF-8"); // the English texts whose titles are looked for //$NON-NLS-1$ //$NON-NLS-2$
        builder.environment().put("MAI_LAUNCHER_VM_ARGS", "-Dmai.launcher.trace.startup=true"); //$NON-NLS-1$ //$NON-NLS-2$
        builder.environment().remove("MAI_LAUNCHER_DATA_DIR"); //$NON-NLS-1$
        return builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** Waits until the workbench has shown its Instances view for the n-th time (once per start). */
    private void awaitVisible(Path log, int times) throws IOException {
        long deadline = System.nanoTime() + WINDOW_WAIT.toNanos();
        while (read(log).lines().filter(l -> l.startsWith(VISIBLE)).count() < times) {
            if (System.nanoTime() > deadline || !workbench.isAlive()) {
                throw new AssertionError("The workbench did not show its Instances view (start " + times + "):\n" //$NON-NLS-1$ //$NON-NLS-2$
                        + read(log));
            }
            Xdo.pause(Duration.ofMillis(100));
        }
    }

    private static String read(Path log) throws IOException {
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : ""; //$NON-NLS-1$
    }
}
