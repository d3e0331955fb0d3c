package mai.launcher.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import mai.launcher.core.LauncherPaths;
import mai.launcher.core.deployment.Deployment;
import mai.launcher.core.deployment.DeploymentService;
import mai.launcher.core.deployment.DeploymentStatus;
import mai.launcher.core.deployment.InstanceRuntime;
import mai.launcher.core.instance.Instance;
import mai.launcher.core.instance.InstanceRegistry;
import mai.launcher.core.storage.Settings;
import mai.launcher.tests.support.DataFolderFixture;
import mai.launcher.tests.support.FakeMaiBot;
import mai.launcher.ui.internal.Commands;
import mai.launcher.ui.internal.views.InstancesView;
import mai.launcher.ui.terminal.internal.TerminalTab;
import mai.launcher.ui.terminal.internal.TerminalView;

/**
 * A local instance made and run the way a user does it, in the product's workbench under a real display: the New
 * Instance wizard with MaiBot's repository (a git daemon on loopback serving a fake MaiBot; GitHub cannot be
 * reached here) and its packages from a local wheel folder (PyPI cannot either), the terms accepted in their
 * dialog, the deployment's progress, Start opening a terminal tab on the real process in its pseudo-terminal, text
 * typed into it and echoed, Stop.
 */
class LocalInstanceTest {

    private static final String NAME = "terminal-bot";
    private static final WorkbenchRobot robot = new WorkbenchRobot();
    private static FakeMaiBot bot;
    private static InstanceRegistry registry;

    @BeforeAll
    static void setUp() throws Exception {
        bot = FakeMaiBot.create();
        registry = DataFolderFixture.service(InstanceRegistry.class);
        Settings settings = DataFolderFixture.service(Settings.class);
        settings.set("pip.wheel-folder", bot.wheels().toString());
        settings.set("watchdog.restarts", "0");
        settings.set("process.stop-timeout", "5");
        for (Instance leftover : registry.list()) { // from an earlier run on the same target folder
            if (leftover.name().equals(NAME)) {
                registry.delete(leftover.id(), true, null);
            }
        }
    }

    @AfterAll
    static void tearDown() throws Exception {
        DataFolderFixture.service(InstanceRuntime.class).stopAll(null);
        bot.close();
    }

    @Test
    void wizardDeploysThenStartOpensATerminalToTypeInto() throws Exception {
        InstancesView view = robot.view(InstancesView.ID, InstancesView.class);
        int port = freePort();
        int webuiPort = freePort();

        robot.uiLater(() -> Commands.execute(Commands.NEW_INSTANCE));
        Shell wizard = robot.awaitShell("New Instance");
        robot.uiRun(() -> robot.find(wizard, Text.class, t -> true).get(0).setText(NAME));
        robot.next(wizard);
        robot.screenshot("07-new-instance-mode");
        robot.next(wizard); // Local, chosen by default
        robot.uiRun(() -> {
            robot.find(wizard, Combo.class, c -> c.isVisible()).get(0).setText(FakeMaiBot.V1);
            robot.find(wizard, Text.class, t -> t.isVisible() && (t.getStyle() & org.eclipse.swt.SWT.SINGLE) != 0)
                    .get(0).setText(bot.maibotUrl());
        });
        robot.screenshot("08-new-instance-version");
        robot.next(wizard);
        robot.uiRun(() -> {
            List<Spinner> ports = robot.find(wizard, Spinner.class, Spinner::isVisible);
            ports.get(0).setSelection(port);
            ports.get(1).setSelection(webuiPort);
        });
        robot.next(wizard);
        robot.waitUntil("the last page", () -> !robot.enabled(wizard, "Next >") && robot.enabled(wizard, "Finish"));
        robot.screenshot("08-new-instance-confirm");
        robot.pressAndClose(wizard, "Finish");

        // The table shows the deployment's progress; it stops for MaiBot's terms, shown in a dialog.
        Instance instance = robot.waitFor("the instance created", () -> registry.list().stream()
                .filter(i -> i.name().equals(NAME)).findFirst().orElse(null));
        robot.waitUntil("the deployment's progress in the table",
                () -> statusText(view, instance).startsWith("deploying") || robot.shellOpen("MaiBot's Terms"),
                Duration.ofMinutes(1));
        robot.screenshot("09-deploying");
        Shell terms = robot.awaitShell("MaiBot's Terms", Duration.ofMinutes(3));
        assertFalse(robot.enabled(terms, "Accept and Continue"), "Accept before the box is ticked");
        robot.tick(terms, b -> b.getText().startsWith("I have read"));
        robot.screenshot("10-terms");
        robot.pressAndClose(terms, "Accept and Continue");
        robot.waitUntil("the deployment completed", () -> completed(instance), Duration.ofMinutes(2));
        LauncherPaths paths = DataFolderFixture.service(LauncherPaths.class);
        assertTrue(Files.exists(paths.instanceFolder(instance.instancePath()).resolve("MaiBot/eula.confirmed")));

        // Start: the terminal comes up on the bot's pseudo-terminal, in colour, and takes what is typed.
        robot.uiRun(() -> view.select(instance.id()));
        robot.uiRun(() -> Commands.execute(Commands.START_INSTANCE));
        TerminalView terminals = robot.waitFor("the Terminal view", () -> Adapters.adapt(PlatformUI.getWorkbench()
                .getActiveWorkbenchWindow().getActivePage().findView(TerminalView.ID), TerminalView.class));
        robot.waitUntil("a tab on MaiBot", () -> terminals.tabs().size() == 1);
        TerminalTab tab = robot.ui(() -> terminals.tabs().get(0));
        robot.waitUntil("the bot ready in its tab", () -> tab.interactive() && tab.text().contains("ready on port " + port),
                Duration.ofMinutes(1));
        robot.uiRun(() -> tab.type("你好, terminal\r"));
        robot.waitUntil("the echo", () -> tab.text().contains("echo: 你好, terminal"));
        robot.uiRun(() -> tab.type("/size\r"));
        robot.waitUntil("the terminal's size", () -> size(tab.text()) != null);
        String size = size(robot.ui(tab::text));
        assertFalse(size.equals("120x36"), "the pseudo-terminal has the tab's size, not the initial one: " + size);
        assertTrue(robot.ui(() -> tab.item().getText()).endsWith("(running)"), robot.ui(() -> tab.item().getText()));
        robot.screenshot("11-terminal-running");

        // A program writing GBK (a Chinese Windows console's code page) reads right once the tab is set to GBK.
        robot.uiRun(() -> tab.setCharset(Charset.forName("GBK")));
        robot.uiRun(() -> tab.type("/gbk\r"));
        robot.waitUntil("GBK text decoded", () -> tab.text().contains("GBK: 你好"));
        robot.uiRun(() -> tab.setCharset(StandardCharsets.UTF_8));

        // Stop: the tab stays, with the bot's last words and its state.
        robot.uiRun(() -> view.select(instance.id()));
        robot.uiRun(() -> Commands.execute(Commands.STOP_INSTANCE));
        robot.waitUntil("the tab marked stopped", () -> tab.item().getText().endsWith("(stopped)"), Duration.ofSeconds(20));
        robot.waitUntil("the bot's goodbye", () -> tab.text().contains("MaiBot fake stopping"));
        robot.waitUntil("the instance shown stopped", () -> "stopped".equals(statusText(view, instance)));
        robot.screenshot("12-terminal-stopped");
    }

    private static boolean completed(Instance instance) throws Exception {
        List<Deployment> deployments = DataFolderFixture.service(DeploymentService.class).deployments(instance.id());
        return !deployments.isEmpty() && deployments.get(0).status() == DeploymentStatus.COMPLETED;
    }

    private static String statusText(InstancesView view, Instance instance) {
        for (var item : view.viewer().getTable().getItems()) {
            if (((Instance) item.getData()).id().equals(instance.id())) {
                return item.getText(2);
            }
        }
        return "";
    }

    private static String size(String text) {
        Matcher matcher = Pattern.compile("size: (\\d+x\\d+)").matcher(text);
        return matcher.find() ? matcher.group(1) : null;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
