package mai.launcher.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import mai.launcher.core.LauncherPaths;
import mai.launcher.core.config.TomlPath;
import mai.launcher.core.instance.Instance;
import mai.launcher.core.instance.InstanceRegistry;
import mai.launcher.core.instance.InstanceSpec;
import mai.launcher.tests.support.DataFolderFixture;
import mai.launcher.ui.config.internal.ConfigEditor;
import mai.launcher.ui.internal.Commands;
import mai.launcher.ui.internal.views.InstancesView;

/**
 * An instance's real MaiBot 1.2.1 bot_config.toml (from the shared test data) in the config editor, as a user meets
 * it: the nickname changed in the form and saved (only that line changes), invalid text marked where it is and
 * refused on save, the file reopened with the new value; screenshots of both pages.
 */
class ConfigEditorTest {

    private static final TomlPath NICKNAME = TomlPath.of("bot", "nickname");
    private final WorkbenchRobot robot = new WorkbenchRobot();

    @Test
    void changeTheNicknameInTheFormSaveAndReopen() throws Exception {
        InstanceRegistry registry = DataFolderFixture.service(InstanceRegistry.class);
        Instance instance = registry.create(InstanceSpec.named("config-" + System.nanoTime() % 100000));
        Path file = DataFolderFixture.service(LauncherPaths.class).instanceFolder(instance.instancePath())
                .resolve("MaiBot/config/bot_config.toml");
        Files.createDirectories(file.getParent());
        Files.copy(Path.of(System.getProperty("mai.testdata"), "maibot-1.2.1-generated", "bot_config.toml"), file);
        byte[] original = Files.readAllBytes(file);

        ConfigEditor editor = open(instance);
        Text nickname = robot.waitFor("the nickname field", () -> editor.formField(NICKNAME).orElse(null));
        assertEquals("麦麦", robot.ui(nickname::getText));
        robot.screenshot("20-config-form");
        robot.uiRun(() -> {
            nickname.setText("小麦");
            nickname.notifyListeners(SWT.DefaultSelection, new Event());
        });
        assertTrue(robot.ui(editor::isDirty));
        robot.uiRun(() -> editor.doSave(null));
        assertTrue(!robot.ui(editor::isDirty));
        String[] before = new String(original, StandardCharsets.UTF_8).split("\n", -1);
        String[] after = Files.readString(file).split("\n", -1);
        assertEquals(before.length, after.length);
        int changed = 0;
        for (int i = 0; i < before.length; i++) {
            if (!before[i].equals(after[i])) {
                changed++;
                assertEquals("nickname = \"小麦\" # 麦麦显示和自称时使用的名字。", after[i]);
            }
        }
        assertEquals(1, changed, "only the nickname's line changed, its comment kept");

        // Invalid text is marked where it is, and not saved.
        robot.uiRun(editor::showSource);
        String valid = robot.ui(editor::text);
        robot.uiRun(() -> editor.setText(valid.replace("nickname = \"小麦\"", "nickname = \"小麦")));
        robot.waitUntil("the problem found", () -> editor.firstProblem().isPresent());
        assertTrue(robot.ui(() -> editor.firstProblem().get()).startsWith("8:"), robot.ui(() -> editor.firstProblem().get()));
        robot.screenshot("21-config-source-error");
        byte[] saved = Files.readAllBytes(file);
        robot.uiLater(() -> editor.doSave(null));
        Shell refused = robot.awaitShell("Not Saved");
        robot.pressAndClose(refused, "OK");
        assertArrayEquals(saved, Files.readAllBytes(file), "invalid TOML is never written");
        robot.uiRun(() -> editor.setText(valid));
        robot.uiRun(() -> editor.getSite().getPage().closeEditor(editor, false));

        ConfigEditor reopened = open(instance);
        Text field = robot.waitFor("the nickname field", () -> reopened.formField(NICKNAME).orElse(null));
        assertEquals("小麦", robot.ui(field::getText));
        robot.uiRun(() -> reopened.getSite().getPage().closeEditor(reopened, false));
        registry.delete(instance.id(), true, null);
    }

    @Test
    void theModelSetupFormChangesAProvidersClientType() throws Exception {
        InstanceRegistry registry = DataFolderFixture.service(InstanceRegistry.class);
        Instance instance = registry.create(InstanceSpec.named("models-" + System.nanoTime() % 100000));
        Path file = DataFolderFixture.service(LauncherPaths.class).instanceFolder(instance.instancePath())
                .resolve("MaiBot/config/model_config.toml");
        Files.createDirectories(file.getParent());
        Files.copy(Path.of(System.getProperty("mai.testdata"), "maibot-1.2.1-generated", "model_config.toml"), file);
        ConfigEditor editor = open(instance, "model");
        Combo client = robot.waitFor("the client type choice", () -> robot.find(robot.activeWindow(), Combo.class,
                c -> List.of(c.getItems()).contains("openai_responses")).stream().findFirst().orElse(null));
        robot.waitUntil("the provider shown", () -> client.getText().equals("openai"));
        robot.uiRun(() -> editor.getSite().getPage().setPartState(editor.getSite().getPage().getReference(editor),
                IWorkbenchPage.STATE_MAXIMIZED));
        robot.screenshot("22-config-models");
        robot.uiRun(() -> editor.getSite().getPage().setPartState(editor.getSite().getPage().getReference(editor),
                IWorkbenchPage.STATE_RESTORED));
        robot.uiRun(() -> {
            client.select(List.of(client.getItems()).indexOf("openai_responses"));
            client.notifyListeners(SWT.Selection, new Event());
        });
        assertTrue(robot.ui(editor::text).contains("client_type = \"openai_responses\" # 客户端类型。"),
                "changed in place, its comment kept");
        robot.uiRun(() -> editor.doSave(null));
        assertTrue(Files.readString(file).contains("client_type = \"openai_responses\""));
        robot.uiRun(() -> editor.getSite().getPage().closeEditor(editor, false));
        registry.delete(instance.id(), true, null);
    }

    private ConfigEditor open(Instance instance) {
        return open(instance, "bot");
    }

    private ConfigEditor open(Instance instance, String kind) {
        InstancesView view = robot.view(InstancesView.ID, InstancesView.class);
        robot.waitUntil("the instance in the table", () -> view.instances().stream().anyMatch(i -> i.id().equals(instance.id())));
        robot.uiRun(() -> view.select(instance.id()));
        robot.uiRun(() -> Commands.execute("mai.launcher.ui.config.commands.edit", Map.of("mai.launcher.ui.config.kind", kind)));
        return robot.waitFor("the config editor", () -> {
            IEditorPart active = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getActiveEditor();
            return active instanceof ConfigEditor config ? config : null;
        });
    }

}
