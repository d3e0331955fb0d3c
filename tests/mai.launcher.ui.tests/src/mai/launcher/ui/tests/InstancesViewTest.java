package mai.launcher.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import mai.launcher.core.LauncherPaths;
import mai.launcher.core.instance.Instance;
import mai.launcher.core.instance.InstanceRegistry;
import mai.launcher.tests.support.DataFolderFixture;
import mai.launcher.tests.support.ProductRunner;
import mai.launcher.tests.support.ProductRunner.Result;
import mai.launcher.ui.internal.Commands;
import mai.launcher.ui.internal.views.InstancesView;

/**
 * The workbench as the product runs it (our application, its window, the Instances view), under a real display:
 * create an instance through the New Instance wizard, see it in the table, rename it, see one created by the command
 * line appear, delete it, with screenshots along the way under target/screenshots.
 */
class InstancesViewTest {

    private static final WorkbenchRobot robot = new WorkbenchRobot();
    private static InstanceRegistry registry;
    private static LauncherPaths paths;

    @BeforeAll
    static void startEmpty() throws Exception {
        registry = DataFolderFixture.service(InstanceRegistry.class);
        paths = DataFolderFixture.service(LauncherPaths.class);
        for (Instance leftover : registry.list()) { // from an earlier run on the same target folder
            registry.delete(leftover.id(), true, null);
        }
    }

    @Test
    void theWindowIsTheLaunchers() {
        assertEquals("MAI Launcher", robot.ui(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getText()));
    }

    @Test
    void createRenameSeeTheCommandLinesAndDelete() throws Exception {
        InstancesView view = robot.view(InstancesView.ID, InstancesView.class);
        robot.waitUntil("the empty state", view::showsEmptyState);
        robot.screenshot("01-instances-empty");

        // New Instance: the wizard checks the name as it is typed, then asks for the mode, version and basics.
        robot.uiLater(() -> Commands.execute(Commands.NEW_INSTANCE));
        Shell wizard = robot.awaitShell("New Instance");
        Text name = robot.find(wizard, Text.class, t -> true).get(0);
        robot.uiRun(() -> name.setText("bad/name"));
        assertFalse(robot.enabled(wizard, "Next >"), "Next with a bad name");
        robot.uiRun(() -> name.setText("麦麦 test"));
        robot.screenshot("02-new-instance-name");
        robot.next(wizard);
        robot.waitUntil("the local mode offered and chosen", () -> robot.enabled(wizard, "Next >"));
        robot.screenshot("02-new-instance-mode");
        robot.next(wizard);
        robot.next(wizard);
        robot.screenshot("02-new-instance-basics");
        robot.next(wizard);
        robot.check(wizard, b -> b.getText().replace("&", "").startsWith("Deploy now"), false);
        robot.screenshot("02-new-instance-confirm");
        robot.pressAndClose(wizard, "Finish");
        robot.waitUntil("the new instance in the table", () -> view.viewer().getTable().getItemCount() == 1
                && view.viewer().getTable().getItem(0).getText(0).equals("麦麦 test"));
        robot.waitUntil("the new instance selected", () -> view.selection().size() == 1);
        Instance created = (Instance) robot.ui(() -> view.selection().getFirstElement());
        assertTrue(Files.isDirectory(paths.instanceFolder(created.instancePath())));
        robot.screenshot("03-instance-created");

        // Rename through the view's action.
        robot.uiLater(() -> Commands.execute(Commands.RENAME_INSTANCE));
        Shell rename = robot.awaitShell("Rename Instance");
        Text newName = robot.find(rename, Text.class, t -> true).get(0);
        robot.uiRun(() -> newName.setText("MaiMai"));
        robot.pressAndClose(rename, "OK");
        robot.waitUntil("the new name in the table",
                () -> view.viewer().getTable().getItem(0).getText(0).equals("MaiMai"));
        assertEquals("MaiMai", registry.get(created.id()).orElseThrow().name());

        // An instance created by the command line while the window is open shows up by itself.
        Result cli = ProductRunner.run(List.of("--data-dir", paths.root().toString(), "instance", "create",
                "--name", "from-the-command-line"));
        assertEquals(0, cli.exitCode(), cli.toString());
        Duration seen = robot.waitUntil("the command line's instance in the table",
                () -> view.instances().stream().anyMatch(i -> i.name().equals("from-the-command-line")),
                Duration.ofSeconds(3));
        System.out.println("Instance created by the command line seen in the view after " + seen.toMillis() + " ms");
        robot.waitUntil("two rows", () -> view.viewer().getTable().getItemCount() == 2);
        robot.screenshot("04-instance-from-command-line");

        // Delete, with its folder, after confirming.
        robot.uiRun(() -> view.select(created.id()));
        robot.uiLater(() -> Commands.execute(Commands.DELETE_INSTANCE));
        Shell delete = robot.awaitShell("Delete Instance");
        robot.tick(delete, b -> b.getText().startsWith("Also delete its folder"));
        robot.screenshot("05-delete-dialog");
        robot.pressAndClose(delete, "Delete");
        robot.waitUntil("the instance gone from the table", () -> view.viewer().getTable().getItemCount() == 1);
        robot.waitUntil("its folder deleted", () -> !Files.exists(paths.instanceFolder(created.instancePath())));
        assertTrue(registry.get(created.id()).isEmpty());
        robot.screenshot("06-instance-deleted");
    }

    @Test
    void aDeleteCanBeCancelled() throws Exception {
        InstancesView view = robot.view(InstancesView.ID, InstancesView.class);
        Instance kept = registry.create(mai.launcher.core.instance.InstanceSpec.named("kept"));
        robot.waitUntil("the instance in the table", () -> view.instances().stream().anyMatch(i -> i.id().equals(kept.id())));
        robot.uiRun(() -> view.select(kept.id()));
        robot.uiLater(() -> Commands.execute(Commands.DELETE_INSTANCE));
        Shell delete = robot.awaitShell("Delete Instance");
        robot.pressAndClose(delete, "Cancel");
        WorkbenchRobot.sleep(300);
        assertTrue(registry.get(kept.id()).isPresent());
        assertTrue(Files.isDirectory(paths.instanceFolder(kept.instancePath())));
        registry.delete(kept.id(), true, null);
        robot.waitUntil("the instance gone", () -> view.instances().stream().noneMatch(i -> i.id().equals(kept.id())));
    }

    static Path screenshots() {
        return Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
    }
}
