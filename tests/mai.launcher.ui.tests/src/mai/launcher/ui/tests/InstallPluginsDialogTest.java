package mai.launcher.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

import mai.launcher.core.p2.AvailableFeature;
import mai.launcher.ui.p2.internal.InstallPluginsDialog;

/**
 * Help &gt; Install Plugins... on the example plugin's repository: its feature is listed by category with name,
 * version and provider, and its description shows when chosen; screenshot.
 */
class InstallPluginsDialogTest {

    private final WorkbenchRobot robot = new WorkbenchRobot();

    @Test
    void listsTheExamplePluginsFeature() throws Exception {
        Path repository = Path.of(System.getProperty("mai.example.repository", "")); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(Files.isDirectory(repository), "the example plugin's repository is built before the tests: " + repository); //$NON-NLS-1$
        AtomicReference<InstallPluginsDialog> dialog = new AtomicReference<>();
        robot.uiLater(() -> {
            dialog.set(new InstallPluginsDialog(robot.activeWindow()));
            dialog.get().open();
        });
        Shell shell = robot.awaitShell("Install Plugins"); //$NON-NLS-1$
        robot.uiRun(() -> dialog.get().setRepository(repository.toString()));
        robot.waitUntil("the repository's features", () -> robot.ui(() -> !dialog.get().features().isEmpty()), //$NON-NLS-1$
                Duration.ofSeconds(60));
        AvailableFeature feature = robot.ui(() -> dialog.get().features().get(0));
        assertEquals("mai.launcher.examples.podman.feature", feature.id()); //$NON-NLS-1$
        assertEquals("Deploy modes", feature.category()); //$NON-NLS-1$
        Table table = robot.find(shell, Table.class, t -> t.getColumnCount() == 5).get(0);
        robot.uiRun(() -> {
            table.setSelection(0);
            table.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        });
        String row = robot.ui(() -> table.getItem(0).getText(0) + " | " + table.getItem(0).getText(1) + " | " //$NON-NLS-1$ //$NON-NLS-2$
                + table.getItem(0).getText(2) + " | " + table.getItem(0).getText(3)); //$NON-NLS-1$
        assertTrue(row.startsWith("Deploy modes | Podman deploy mode (example plugin) | 1.0.0."), row); //$NON-NLS-1$
        assertTrue(row.endsWith("| MAI Launcher examples"), row); //$NON-NLS-1$
        String description = robot.ui(() -> robot.find(shell, Text.class, t -> (t.getStyle() & org.eclipse.swt.SWT.READ_ONLY) != 0)
                .get(0).getText());
        assertTrue(description.contains("rootless Podman container"), description); //$NON-NLS-1$
        robot.screenshot("40-install-plugins"); //$NON-NLS-1$
        robot.pressAndClose(shell, "Cancel"); //$NON-NLS-1$
    }
}
