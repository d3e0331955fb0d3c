package mai.launcher.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

/**
 * Drives the running workbench from the test's thread, as a user would: runs commands, waits for dialogs, fills
 * them in, presses their buttons, and takes screenshots of the window. (SWTBot is not on Maven Central.)
 */
final class WorkbenchRobot {

    static final Duration WAIT = Duration.ofSeconds(10);

    private final Display display = PlatformUI.getWorkbench().getDisplay();

    <T> T ui(Callable<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        display.syncExec(() -> {
            try {
                result.set(work.call());
            } catch (Exception e) {
                failure.set(e);
            }
        });
        if (failure.get() != null) {
            throw new AssertionError(failure.get());
        }
        return result.get();
    }

    void uiRun(Runnable work) {
        ui(() -> {
            work.run();
            return null;
        });
    }

    /** Runs something that may open a modal dialog, without waiting for it. */
    void uiLater(Runnable work) {
        display.asyncExec(work);
    }

    void waitUntil(String what, Callable<Boolean> condition) {
        waitUntil(what, condition, WAIT);
    }

    /** @return how long the condition took to become true */
    Duration waitUntil(String what, Callable<Boolean> condition, Duration timeout) {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        while (!ui(condition)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Waited " + timeout.toSeconds() + " s for: " + what);
            }
            sleep(50);
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    <T> T view(String id, Class<T> type) {
        activateWindow();
        return ui(() -> {
            IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
            IViewPart part = page.showView(id);
            page.activate(part);
            return Adapters.adapt(part, type);
        });
    }

    Shell awaitShell(String title) {
        return awaitShell(title, WAIT);
    }

    Shell awaitShell(String title, Duration timeout) {
        AtomicReference<Shell> found = new AtomicReference<>();
        try {
            waitUntil("a window titled \"" + title + "\"", () -> {
                for (Shell shell : display.getShells()) {
                    if (shell.isVisible() && title.equals(shell.getText())) {
                        found.set(shell);
                        return true;
                    }
                }
                return false;
            }, timeout);
        } catch (AssertionError e) {
            List<String> open = ui(() -> java.util.Arrays.stream(display.getShells()).filter(Shell::isVisible)
                    .map(Shell::getText).toList());
            throw new AssertionError(e.getMessage() + "; the windows open: " + open, e);
        }
        return found.get();
    }

    /** @return the workbench window's shell (call on the UI thread) */
    Shell activeWindow() {
        return PlatformUI.getWorkbench().getWorkbenchWindows()[0].getShell();
    }

    /** @return every text that labels, tables and text fields under a control show (call on the UI thread) */
    String allText(Composite root) {
        StringBuilder text = new StringBuilder();
        collectText(root, text);
        return text.toString();
    }

    private static void collectText(Control control, StringBuilder text) {
        if (control instanceof org.eclipse.swt.widgets.Label label) {
            text.append(label.getText()).append('\n');
        } else if (control instanceof org.eclipse.swt.widgets.Text field) {
            text.append(field.getText()).append('\n');
        } else if (control instanceof org.eclipse.swt.widgets.Table table) {
            for (var item : table.getItems()) {
                for (int i = 0; i < Math.max(1, table.getColumnCount()); i++) {
                    text.append(item.getText(i)).append('\t');
                }
                text.append('\n');
            }
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collectText(child, text);
            }
        }
    }

    /** @return whether a window with this title is open (call on the UI thread) */
    boolean shellOpen(String title) {
        for (Shell shell : display.getShells()) {
            if (shell.isVisible() && title.equals(shell.getText())) {
                return true;
            }
        }
        return false;
    }

    /** Waits until something is there (not {@code null}) and returns it. */
    <T> T waitFor(String what, Callable<T> lookup) {
        AtomicReference<T> found = new AtomicReference<>();
        waitUntil(what, () -> {
            found.set(lookup.call());
            return found.get() != null;
        });
        return found.get();
    }

    <T extends Control> List<T> find(Composite root, Class<T> type, Predicate<T> matching) {
        return ui(() -> {
            List<T> result = new ArrayList<>();
            collect(root, type, matching, result);
            return result;
        });
    }

    private static <T extends Control> void collect(Control control, Class<T> type, Predicate<T> matching,
            List<T> result) {
        if (type.isInstance(control) && matching.test(type.cast(control))) {
            result.add(type.cast(control));
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, type, matching, result);
            }
        }
    }

    /** Presses the button whose label, without its mnemonic, is {@code label}. */
    void press(Shell shell, String label) {
        Button button = find(shell, Button.class, b -> b.getText().replace("&", "").equals(label)).stream()
                .findFirst().orElseThrow(() -> new AssertionError("No button \"" + label + "\""));
        uiRun(() -> {
            if (!button.isEnabled()) {
                throw new AssertionError("Button \"" + label + "\" is disabled");
            }
            button.notifyListeners(SWT.Selection, new Event());
        });
    }

    /**
     * Presses a button that closes its dialog, waits for the dialog to go and gives the focus back to the
     * workbench window. (Under a bare X server no window manager does that, and the workbench would go on taking
     * the closed dialog for the active shell, with no active part and no selection for its commands.)
     */
    void pressAndClose(Shell shell, String label) {
        String title = ui(shell::getText);
        press(shell, label);
        waitUntil("the dialog \"" + title + "\" closed", shell::isDisposed);
        activateWindow();
    }

    void activateWindow() {
        Shell window = ui(() -> PlatformUI.getWorkbench().getWorkbenchWindows()[0].getShell());
        uiRun(window::forceActive);
        waitUntil("the workbench window active", () -> display.getActiveShell() == window);
    }

    void tick(Shell shell, Predicate<Button> which) {
        check(shell, which, true);
    }

    void check(Shell shell, Predicate<Button> which, boolean checked) {
        Button box = find(shell, Button.class, b -> (b.getStyle() & SWT.CHECK) != 0 && which.test(b)).get(0);
        uiRun(() -> {
            box.setSelection(checked);
            box.notifyListeners(SWT.Selection, new Event());
        });
    }

    boolean enabled(Shell shell, String label) {
        return ui(() -> find(shell, Button.class, b -> b.getText().replace("&", "").equals(label)).stream()
                .anyMatch(Button::isEnabled));
    }

    /** Presses Next in a wizard once it is enabled. */
    void next(Shell wizard) {
        waitUntil("Next enabled", () -> enabled(wizard, "Next >"));
        press(wizard, "Next >");
    }

    /** Saves the workbench window (and any dialog over it) as a PNG under {@code screenshots.dir}. */
    Path screenshot(String name) throws Exception {
        Path folder = Path.of(System.getProperty("screenshots.dir", "target/screenshots")); //$NON-NLS-1$
        Files.createDirectories(folder);
        Path file = folder.resolve(name + ".png");
        for (int round = 0; round < 3; round++) { // let everything lay out and paint first
            uiRun(() -> {
                while (display.readAndDispatch()) {
                    // dispatch what is pending
                }
                for (Shell shell : display.getShells()) {
                    shell.update();
                }
            });
            sleep(100);
        }
        ImageData data = ui(() -> {
            Shell window = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
            Rectangle bounds = Optional.of(window.getBounds()).get();
            Image image = new Image(display, bounds.width, bounds.height);
            GC gc = new GC(display);
            try {
                gc.copyArea(image, bounds.x, bounds.y);
                return image.getImageData();
            } finally {
                gc.dispose();
                image.dispose();
            }
        });
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] { data };
        loader.save(file.toString(), SWT.IMAGE_PNG);
        return file;
    }
}
