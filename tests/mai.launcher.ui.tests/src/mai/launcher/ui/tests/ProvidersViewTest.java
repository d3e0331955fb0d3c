package mai.launcher.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

import mai.launcher.core.LauncherPaths;
import mai.launcher.core.config.providers.ApiProviders;
import mai.launcher.core.instance.Instance;
import mai.launcher.core.instance.InstanceRegistry;
import mai.launcher.core.instance.InstanceSpec;
import mai.launcher.tests.support.DataFolderFixture;
import mai.launcher.ui.config.internal.ProvidersView;
import mai.launcher.ui.internal.Commands;
import mai.launcher.ui.internal.views.InstancesView;

/**
 * The API Providers view (a provider added through its dialog, the key typed hidden and kept in secure storage,
 * never shown) and the wiring check of a 0.x instance made of the real templates, whose mismatch is fixed from the
 * dialog; screenshots of both.
 */
class ProvidersViewTest {

    private final WorkbenchRobot robot = new WorkbenchRobot();

    @Test
    void addAProviderWithAHiddenKey() throws Exception {
        ApiProviders providers = DataFolderFixture.service(ApiProviders.class);
        for (var leftover : providers.list()) {
            providers.remove(leftover.id());
        }
        ProvidersView view = robot.view(ProvidersView.ID, ProvidersView.class);
        robot.screenshot("30-providers-empty");
        robot.uiLater(() -> view.add());
        Shell dialog = robot.awaitShell("Add API Provider");
        List<Text> fields = robot.find(dialog, Text.class, t -> true);
        robot.uiRun(() -> {
            fields.get(0).setText("DeepSeek");
            fields.get(1).setText("https://api.deepseek.com");
            fields.get(2).setText("sk-typed-in-the-dialog");
        });
        assertTrue(robot.ui(() -> fields.get(2).getEchoChar() != '\0'), "the key is typed hidden");
        robot.screenshot("31-provider-dialog");
        robot.pressAndClose(dialog, "OK");
        robot.waitUntil("the provider in the view", () -> view.shown().size() == 1);
        assertEquals(Optional.of("sk-typed-in-the-dialog"), providers.key(view.shown().get(0).id()));
        Table table = robot.find(robot.ui(() -> robot.activeWindow()), Table.class,
                t -> t.getColumnCount() == 6).get(0);
        String row = robot.ui(() -> table.getItem(0).getText(0) + " " + table.getItem(0).getText(3));
        assertTrue(row.startsWith("DeepSeek \u25cf"), row);
        assertFalse(robot.ui(() -> robot.allText(robot.activeWindow())).contains("sk-typed"), "the key is never shown");
        robot.screenshot("32-providers");
    }

    @Test
    void theWiringCheckFindsAMismatchAndFixesIt() throws Exception {
        InstanceRegistry registry = DataFolderFixture.service(InstanceRegistry.class);
        Instance instance = registry.create(InstanceSpec.named("wiring-" + System.nanoTime() % 100000));
        Path folder = DataFolderFixture.service(LauncherPaths.class).instanceFolder(instance.instancePath());
        Path testdata = Path.of(System.getProperty("mai.testdata"));
        Files.createDirectories(folder.resolve("MaiBot/config"));
        Files.createDirectories(folder.resolve("MaiBot/template"));
        Files.createDirectories(folder.resolve("MaiBot-Napcat-Adapter"));
        Files.copy(testdata.resolve("maibot-0.12.3.bot_config_template.toml"), folder.resolve("MaiBot/config/bot_config.toml"));
        Files.copy(testdata.resolve("maibot-0.12.3.template.env"), folder.resolve("MaiBot/.env"));
        Files.writeString(folder.resolve("MaiBot-Napcat-Adapter/config.toml"), Files.readString(
                testdata.resolve("adapter-standalone-0.1.3.template_config.toml")).replace("port = 8000", "port = 8123"));

        InstancesView instances = robot.view(InstancesView.ID, InstancesView.class);
        robot.waitUntil("the instance", () -> instances.instances().stream().anyMatch(i -> i.id().equals(instance.id())));
        robot.uiRun(() -> instances.select(instance.id()));
        robot.uiRun(() -> Commands.execute("mai.launcher.ui.config.commands.checkWiring", Map.of()));
        Shell wiring = robot.awaitShell("Wiring");
        robot.screenshot("33-wiring");
        assertTrue(robot.enabled(wiring, "Apply Fixes"));
        robot.press(wiring, "Apply Fixes");
        robot.waitUntil("the fix applied", () -> !robot.enabled(wiring, "Apply Fixes"));
        assertTrue(Files.readString(folder.resolve("MaiBot-Napcat-Adapter/config.toml")).contains("port = 8000"));
        robot.pressAndClose(wiring, "Close");
        registry.delete(instance.id(), true, null);
    }
}
