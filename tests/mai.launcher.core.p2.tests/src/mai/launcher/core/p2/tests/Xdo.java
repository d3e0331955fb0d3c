package mai.launcher.core.p2.tests;

import java.awt.AWTException;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Toolkit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

/**
 * Drives a workbench running in another process, on the test display, the way a user does: windows found by title
 * and keys sent with xdotool (installed by ./test); screenshots of the whole display with AWT's robot.
 */
final class Xdo {

    private static final Duration STEP = Duration.ofMillis(100);

    private final String display;

    Xdo(String display) {
        this.display = display;
        if (run(List.of("version")).isEmpty()) { //$NON-NLS-1$
            throw new AssertionError("xdotool is needed to drive the workbench (./test installs it: apt-get install xdotool)"); //$NON-NLS-1$
        }
    }

    /**
     * @param title   a regular expression the window's whole title matches (GTK adds trailing spaces to titles)
     * @param timeout how long to wait for it
     * @return the id of the visible window with that title
     */
    String awaitWindow(String title, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            String ids = run(List.of("search", "--onlyvisible", "--name", "^(" + title + ")[[:space:]]*$")).strip(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            if (!ids.isEmpty()) {
                return ids.lines().findFirst().orElseThrow();
            }
            pause(STEP);
        }
        throw new AssertionError("No window \"" + title + "\" within " + timeout + "; visible: " + visibleTitles()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** @return the titles of the visible windows */
    List<String> visibleTitles() {
        List<String> titles = new ArrayList<>();
        for (String id : run(List.of("search", "--onlyvisible", "--name", ".")).strip().split("\\s+")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            if (!id.isEmpty()) {
                titles.add(run(List.of("getwindowname", id)).strip()); //$NON-NLS-1$
            }
        }
        return titles;
    }

    /** Gives a window the keyboard (there is no window manager on the test display) and types keys into it. */
    void keys(String window, String... keys) {
        List<String> args = new ArrayList<>(List.of("windowfocus", "--sync", window, "key", "--clearmodifiers")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        args.addAll(List.of(keys));
        run(args);
    }

    /** Saves the whole display as a PNG. */
    void screenshot(Path file) throws IOException, AWTException {
        if (GraphicsEnvironment.isHeadless()) {
            System.out.println("(no screenshot: this JVM is headless) " + file); //$NON-NLS-1$
            return;
        }
        Files.createDirectories(file.getParent());
        Rectangle screen = new Rectangle(Toolkit.getDefaultToolkit().getScreenSize());
        ImageIO.write(new Robot().createScreenCapture(screen), "png", file.toFile()); //$NON-NLS-1$
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private String run(List<String> args) {
        List<String> command = new ArrayList<>(List.of("xdotool")); //$NON-NLS-1$
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("DISPLAY", display); //$NON-NLS-1$
        try {
            Process process = builder.start();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("xdotool " + args + " did not end"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            return process.exitValue() == 0 ? new String(out, StandardCharsets.UTF_8) : ""; //$NON-NLS-1$
        } catch (IOException e) {
            return ""; // not installed: said by the constructor //$NON-NLS-1$
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
