package mai.launcher.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mai.launcher.core.p2.UpdateSites;
import mai.launcher.core.storage.Settings;
import mai.launcher.tests.support.DataFolderFixture;
import mai.launcher.tests.support.TrustedRoots;

/**
 * Help &gt; Update Sites...: the launcher's own site (preset, always on) and the user's sites with their enabled state,
 * read from the settings the command line shares; a site turned off, plain http allowed and a certificate file
 * trusted are saved back.
 */
class UpdateSitesPageTest {

    private static final String OWN = "https://updates.example/mai/"; //$NON-NLS-1$
    private static final String MIRROR = "https://mirror.example/mai/"; //$NON-NLS-1$
    private static final String FOLDER = "file:/opt/mai-plugins/"; //$NON-NLS-1$

    private final WorkbenchRobot robot = new WorkbenchRobot();

    @AfterEach
    void restoreSettings() throws Exception {
        Settings settings = DataFolderFixture.service(Settings.class);
        settings.set(UpdateSites.SITE, ""); //$NON-NLS-1$
        settings.set(UpdateSites.SITES, ""); //$NON-NLS-1$
        settings.set(UpdateSites.ALLOW_HTTP, "false"); //$NON-NLS-1$
        settings.set(UpdateSites.TRUSTED_CERTIFICATES, ""); //$NON-NLS-1$
    }

    @Test
    void showsTheSitesAndSavesAChange(@TempDir Path temp) throws Exception {
        Path pem = TrustedRoots.writePem(temp.resolve("our-plugins.pem")); //$NON-NLS-1$
        Settings settings = DataFolderFixture.service(Settings.class);
        settings.set(UpdateSites.SITE, OWN);
        settings.set(UpdateSites.SITES, MIRROR + " !" + FOLDER); //$NON-NLS-1$
        AtomicReference<Exception> failed = new AtomicReference<>();
        robot.uiLater(() -> {
            try {
                PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("mai.launcher.ui.p2.sites", //$NON-NLS-1$
                        null);
            } catch (Exception e) {
                failed.set(e);
            }
        });
        Shell shell;
        try {
            shell = robot.awaitShell("Update Sites"); //$NON-NLS-1$
        } finally {
            assertNull(failed.get(), () -> "Help > Update Sites... failed: " + failed.get()); //$NON-NLS-1$
        }
        Table table;
        try {
            table = robot.waitFor("the sites' table", //$NON-NLS-1$
                    () -> robot.find(shell, Table.class, t -> (t.getStyle() & SWT.CHECK) != 0).stream().findFirst()
                            .orElse(null));
        } catch (AssertionError e) {
            robot.screenshot("47-update-sites-missing"); //$NON-NLS-1$
            throw new AssertionError(e.getMessage() + "; tables: " + robot.ui(() -> robot.find(shell, Table.class, t -> true) //$NON-NLS-1$
                    .stream().map(t -> t.getStyle() + "/" + t.getItemCount()).toList()) + "; text: " //$NON-NLS-1$ //$NON-NLS-2$
                    + robot.ui(() -> robot.allText(shell)), e);
        }
        robot.waitUntil("the sites read", () -> table.getItemCount() == 3 && table.isEnabled()); //$NON-NLS-1$
        String[] rows = robot.ui(() -> new String[] { table.getItem(0).getText(), table.getItem(1).getText(),
                table.getItem(2).getText() });
        assertEquals(OWN + "  (MAI Launcher)", rows[0]); //$NON-NLS-1$
        assertEquals(MIRROR, rows[1]);
        assertEquals(FOLDER, rows[2]);
        assertTrue(robot.ui(() -> table.getItem(0).getChecked() && table.getItem(1).getChecked()
                && !table.getItem(2).getChecked()), "the preset and the mirror are on, the folder off"); //$NON-NLS-1$

        robot.uiRun(() -> {
            TableItem mirror = table.getItem(1);
            mirror.setChecked(false);
            Event event = new Event();
            event.detail = SWT.CHECK;
            event.item = mirror;
            table.notifyListeners(SWT.Selection, event);
        });
        robot.check(shell, b -> b.getText().startsWith("Allow repositories over plain http"), true); //$NON-NLS-1$
        Text certificates = robot.find(shell, Text.class, t -> "none".equals(t.getMessage())).get(0); //$NON-NLS-1$
        robot.uiRun(() -> certificates.setText(pem.toString()));
        robot.screenshot("47-update-sites"); //$NON-NLS-1$
        robot.pressAndClose(shell, "Apply and Close"); //$NON-NLS-1$
        robot.waitUntil("the change saved", //$NON-NLS-1$
                () -> ("!" + MIRROR + " !" + FOLDER).equals(settings.get(UpdateSites.SITES).orElse(""))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertTrue(UpdateSites.allowHttp(settings));
        robot.waitUntil("the certificates trusted", //$NON-NLS-1$
                () -> pem.toString().equals(settings.get(UpdateSites.TRUSTED_CERTIFICATES).orElse(""))); //$NON-NLS-1$
        assertEquals(OWN, settings.get(UpdateSites.SITE).orElse(""), "the preset site is left as it is"); //$NON-NLS-1$ //$NON-NLS-2$
        assertFalse(UpdateSites.enabled(settings).contains(java.net.URI.create(MIRROR)));
    }
}
