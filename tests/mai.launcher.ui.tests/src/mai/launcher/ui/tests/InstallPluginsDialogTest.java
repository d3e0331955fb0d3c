package mai.launcher.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

import mai.launcher.core.p2.AvailableFeature;
import mai.launcher.ui.internal.Commands;
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

    /**
     * The example plugin's bundle installed and started in the running workbench, as p2 does without a restart
     * ({@code plugins install} tests that path on the product): its mode appears in the open New Instance wizard at
     * once, and goes when the bundle is uninstalled.
     */
    @Test
    void aPluginStartedWithoutARestartAppearsInTheOpenWizard() throws Exception {
        Path plugins = Path.of(System.getProperty("mai.example.repository", ""), "plugins"); //$NON-NLS-1$ //$NON-NLS-2$
        Path jar;
        try (var files = Files.list(plugins)) {
            jar = files.filter(f -> f.getFileName().toString().startsWith("mai.launcher.examples.podman_")).findFirst() //$NON-NLS-1$
                    .orElseThrow(() -> new AssertionError("the example plugin's jar in " + plugins)); //$NON-NLS-1$
        }
        robot.uiLater(() -> Commands.execute(Commands.NEW_INSTANCE));
        Shell wizard = robot.awaitShell("New Instance"); //$NON-NLS-1$
        Text name = robot.find(wizard, Text.class, t -> true).get(0);
        robot.uiRun(() -> name.setText("live-plugin")); //$NON-NLS-1$
        robot.next(wizard);
        robot.waitUntil("the modes listed", () -> robot.allText(wizard).contains("Docker")); //$NON-NLS-1$ //$NON-NLS-2$
        assertFalse(robot.ui(() -> robot.allText(wizard)).contains("Podman"), "not installed yet"); //$NON-NLS-1$ //$NON-NLS-2$

        BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();
        Bundle plugin = context.installBundle(jar.toUri().toString());
        try {
            plugin.start();
            robot.waitUntil("the plugin's mode in the open wizard", () -> robot.allText(wizard).contains("Podman")); //$NON-NLS-1$ //$NON-NLS-2$
            robot.screenshot("48-new-instance-plugin-mode"); //$NON-NLS-1$
        } finally {
            plugin.uninstall();
        }
        robot.waitUntil("the mode gone with its bundle", () -> !robot.allText(wizard).contains("Podman")); //$NON-NLS-1$ //$NON-NLS-2$
        robot.pressAndClose(wizard, "Cancel"); //$NON-NLS-1$
    }
}
