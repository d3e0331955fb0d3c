package mai.launcher.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import mai.launcher.core.deployment.Deployment;
import mai.launcher.core.deployment.DeploymentService;
import mai.launcher.core.deployment.DeploymentStatus;
import mai.launcher.core.docker.ContainerInfo;
import mai.launcher.core.docker.DockerProjects;
import mai.launcher.core.instance.Instance;
import mai.launcher.core.instance.InstanceRegistry;
import mai.launcher.core.instance.InstanceSpec;
import mai.launcher.core.instance.InstanceStatus;
import mai.launcher.core.storage.Settings;
import mai.launcher.deployment.api.DeployRequest;
import mai.launcher.tests.support.DataFolderFixture;
import mai.launcher.tests.support.FakeDockerImages;
import mai.launcher.ui.docker.internal.ContainersView;
import mai.launcher.ui.docker.internal.LogsView;
import mai.launcher.ui.docker.internal.StatsView;
import mai.launcher.ui.internal.Commands;
import mai.launcher.ui.internal.views.InstancesView;

/**
 * The Docker views on a running instance of the real engine ./test starts (images made locally; Docker Hub cannot be
 * reached): its containers healthy, NapCat's QR code and token shown, the logs of both containers followed and
 * searched, CPU and memory charted; screenshots of each.
 */
class DockerViewsTest {

    private final WorkbenchRobot robot = new WorkbenchRobot();
    private Instance instance;

    @AfterEach
    void down() throws Exception {
        if (instance != null) {
            DataFolderFixture.service(DockerProjects.class).down(instance.id(), true, line -> { }, null);
            DataFolderFixture.service(InstanceRegistry.class).delete(instance.id(), true, null);
        }
    }

    @Test
    void theWizardsDockerPageSaysWhatTheEngineIs() throws Exception {
        assumeFalse(Boolean.getBoolean("mai.skipDockerTests"), "./test found no Docker engine (never so in CI)"); //$NON-NLS-1$ //$NON-NLS-2$
        robot.view(InstancesView.ID, InstancesView.class);
        robot.uiLater(() -> Commands.execute(Commands.NEW_INSTANCE));
        Shell wizard = robot.awaitShell("New Instance"); //$NON-NLS-1$
        robot.uiRun(() -> robot.find(wizard, Text.class, t -> true).get(0).setText("docker-wizard")); //$NON-NLS-1$
        robot.next(wizard);
        Table modes = robot.find(wizard, Table.class, Table::isVisible).get(0);
        robot.waitUntil("the Docker mode available", () -> java.util.Arrays.stream(modes.getItems()) //$NON-NLS-1$
                .anyMatch(i -> i.getText(0).equals("Docker") && i.getText(1).equals("yes"))); //$NON-NLS-1$ //$NON-NLS-2$
        robot.uiRun(() -> {
            for (int i = 0; i < modes.getItemCount(); i++) {
                if (modes.getItem(i).getText(0).equals("Docker")) { //$NON-NLS-1$
                    modes.setSelection(i);
                    modes.notifyListeners(SWT.Selection, new Event());
                }
            }
        });
        robot.screenshot("43-new-instance-mode-docker"); //$NON-NLS-1$
        robot.next(wizard);
        robot.waitUntil("the engine's answer", () -> robot.allText(wizard).contains("GB free")); //$NON-NLS-1$ //$NON-NLS-2$
        robot.screenshot("44-new-instance-docker"); //$NON-NLS-1$
        robot.next(wizard);
        robot.waitUntil("the confirmation", () -> robot.enabled(wizard, "Finish") && !robot.enabled(wizard, "Next >")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        String confirmation = robot.ui(() -> robot.allText(wizard));
        assertTrue(confirmation.contains("(NapCat WebUI)"), confirmation); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(1, robot.find(wizard, org.eclipse.swt.widgets.Button.class, b -> b.getText().replace("&", "") //$NON-NLS-1$ //$NON-NLS-2$
                .startsWith("Deploy now (get the images")).size(), "the Docker mode's deploy-now label"); //$NON-NLS-1$ //$NON-NLS-2$
        robot.screenshot("45-new-instance-docker-confirm"); //$NON-NLS-1$
        robot.pressAndClose(wizard, "Cancel"); //$NON-NLS-1$
    }

    @Test
    void containersLogsAndStatsOfARunningInstance() throws Exception {
        assumeFalse(Boolean.getBoolean("mai.skipDockerTests"), "./test found no Docker engine (never so in CI)"); //$NON-NLS-1$ //$NON-NLS-2$
        FakeDockerImages.build();
        Settings settings = DataFolderFixture.service(Settings.class);
        settings.set("docker.image.maibot", FakeDockerImages.MAIBOT); //$NON-NLS-1$
        settings.set("docker.image.napcat", FakeDockerImages.NAPCAT); //$NON-NLS-1$
        InstanceRegistry registry = DataFolderFixture.service(InstanceRegistry.class);
        instance = registry.create(new InstanceSpec("麦麦-docker-" + System.nanoTime() % 1_000_000, "docker", "", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                Map.of(DeployRequest.QQ, "123456789"))); //$NON-NLS-1$
        Deployment done = DataFolderFixture.service(DeploymentService.class).deploy(instance.id(),
                Map.of(DeployRequest.ACCEPT_EULA, "true"), new NullProgressMonitor()); //$NON-NLS-1$
        assertEquals(DeploymentStatus.COMPLETED, done.status(), done.error().orElse("")); //$NON-NLS-1$

        InstancesView instances = robot.view(InstancesView.ID, InstancesView.class);
        robot.waitUntil("the instance listed", //$NON-NLS-1$
                () -> instances.instances().stream().anyMatch(i -> i.id().equals(instance.id())));
        robot.uiRun(() -> instances.select(instance.id()));

        ContainersView containers = robot.view(ContainersView.ID, ContainersView.class);
        robot.waitUntil("both containers running and healthy", () -> containers.shown().size() == 2 //$NON-NLS-1$
                && containers.shown().stream().allMatch(c -> c.running() && !c.health().filter("starting"::equals) //$NON-NLS-1$
                        .isPresent()), java.time.Duration.ofSeconds(90));
        robot.waitUntil("NapCat's QR code and token shown", //$NON-NLS-1$
                () -> containers.napcat().login().qr().isPresent() && containers.napcat().login().token().isPresent());
        String token = registry.get(instance.id()).orElseThrow().options().get("napcat-webui-token"); //$NON-NLS-1$
        assertEquals(token, containers.napcat().login().token().orElseThrow());
        robot.waitUntil("the WebUI address with the token shown", //$NON-NLS-1$
                () -> containers.napcat().webuiText().contains("webui?token=" + token)); //$NON-NLS-1$
        assertTrue(containers.shown().stream().map(ContainerInfo::service).toList().containsAll(
                java.util.List.of("core", "napcat"))); //$NON-NLS-1$ //$NON-NLS-2$
        robot.waitUntil("the instance shown as running", () -> instances.instances().stream() //$NON-NLS-1$
                .anyMatch(i -> i.id().equals(instance.id()) && i.status() == InstanceStatus.RUNNING));
        robot.screenshot("40-docker-containers"); //$NON-NLS-1$
        robot.uiLater(containers::editCompose);
        Shell compose = robot.awaitShell("Compose file of " + instance.name()); //$NON-NLS-1$
        robot.waitUntil("the compose file shown", () -> robot.allText(compose).contains("docker-compose.yml")); //$NON-NLS-1$ //$NON-NLS-2$
        robot.screenshot("46-docker-compose-file"); //$NON-NLS-1$
        robot.pressAndClose(compose, "Cancel"); //$NON-NLS-1$

        LogsView logs = robot.view(LogsView.ID, LogsView.class);
        robot.waitUntil("both containers' logs", () -> logs.text().contains("[core] MaiBot fake ready") //$NON-NLS-1$ //$NON-NLS-2$
                && logs.text().contains("[napcat] NapCat fake for 123456789")); //$NON-NLS-1$
        assertTrue(robot.ui(() -> logs.text()).contains("[napcat] 11-22 10:00:01 [warn] a warning on stderr")); //$NON-NLS-1$
        robot.uiRun(() -> logs.search("fake")); //$NON-NLS-1$
        robot.waitUntil("matches counted", () -> logs.matchCount().matches("[1-9]\\d* matches")); //$NON-NLS-1$ //$NON-NLS-2$
        robot.screenshot("41-docker-logs"); //$NON-NLS-1$
        robot.uiRun(() -> logs.filterContainer("core")); //$NON-NLS-1$
        assertTrue(robot.ui(() -> !logs.text().contains("NapCat fake") && logs.text().contains("MaiBot fake ready"))); //$NON-NLS-1$ //$NON-NLS-2$

        StatsView stats = robot.view(StatsView.ID, StatsView.class);
        robot.waitUntil("two charts with samples", () -> stats.charts() == 2 //$NON-NLS-1$
                && stats.lastSamples().values().stream().allMatch(s -> s[1] > 0), java.time.Duration.ofSeconds(30));
        WorkbenchRobot.sleep(3000); // a few samples more, for the picture
        robot.screenshot("42-docker-stats"); //$NON-NLS-1$
    }
}
