package mai.launcher.core.docker.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import mai.launcher.core.LauncherException;
import mai.launcher.core.LauncherPaths;
import mai.launcher.core.config.maibot.Terms;
import mai.launcher.core.deployment.Deployment;
import mai.launcher.core.deployment.DeploymentService;
import mai.launcher.core.deployment.DeploymentStatus;
import mai.launcher.core.deployment.InstanceRuntime;
import mai.launcher.core.docker.ContainerInfo;
import mai.launcher.core.docker.DockerEngine;
import mai.launcher.core.docker.EngineInfo;
import mai.launcher.core.instance.Instance;
import mai.launcher.core.instance.InstanceRegistry;
import mai.launcher.core.instance.InstanceSpec;
import mai.launcher.core.instance.InstanceStatus;
import mai.launcher.core.storage.Settings;
import mai.launcher.deployment.api.ComponentState;
import mai.launcher.deployment.api.ComponentStatus;
import mai.launcher.deployment.api.Console;
import mai.launcher.deployment.api.DeployRequest;
import mai.launcher.tests.support.DataFolderFixture;
import mai.launcher.tests.support.FakeDockerImages;

/**
 * The Docker mode end to end against the real engine ./test starts (images made locally by {@link FakeDockerImages}; Docker
 * Hub cannot be reached here): engine check, deployment with the terms, the compose project, containers running and
 * wired, NapCat's token in its log, stop and start, and the user's edits of the compose file kept.
 */
class DockerDeploymentTest {

    private static DataFolderFixture folder;
    private static InstanceRegistry instances;
    private static DeploymentService deployments;
    private static InstanceRuntime runtime;
    private static DockerEngine engine;
    private static final List<String> projects = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void engineAndImages() throws Exception {
        FakeDockerImages.build();
        folder = DataFolderFixture.create();
        instances = DataFolderFixture.service(InstanceRegistry.class);
        deployments = DataFolderFixture.service(DeploymentService.class);
        runtime = DataFolderFixture.service(InstanceRuntime.class);
        engine = DataFolderFixture.service(DockerEngine.class);
        Settings settings = DataFolderFixture.service(Settings.class);
        settings.set("docker.image.maibot", FakeDockerImages.MAIBOT); //$NON-NLS-1$
        settings.set("docker.image.napcat", FakeDockerImages.NAPCAT); //$NON-NLS-1$
    }

    @AfterAll
    static void removeProjects() throws Exception {
        for (String project : projects) {
            String ids = FakeDockerImages.docker("ps", "-aq", "--filter", "label=com.docker.compose.project=" + project); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            for (String id : ids.split("\\s+")) { //$NON-NLS-1$
                if (!id.isBlank()) {
                    FakeDockerImages.docker("rm", "-f", id); //$NON-NLS-1$ //$NON-NLS-2$
                }
            }
            FakeDockerImages.docker("network", "rm", project + "_maibot"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        folder.close();
    }

    @Test
    void theEngineSaysWhoItIsAndWhatItHas() throws Exception {
        EngineInfo info = engine.info();
        assertFalse(info.version().isBlank());
        assertTrue(info.compose().isPresent(), "compose found: " + info); //$NON-NLS-1$
        assertTrue(engine.images().stream().anyMatch(i -> i.tags().contains(FakeDockerImages.MAIBOT + ":latest"))); //$NON-NLS-1$
        assertTrue(engine.hasImage(FakeDockerImages.NAPCAT + ":latest")); //$NON-NLS-1$
        assertFalse(engine.hasImage("local/not-there:1")); //$NON-NLS-1$
        LauncherException pull = assertThrows(LauncherException.class,
                () -> engine.pull("127.0.0.1:9/nothing/here:1", line -> { //$NON-NLS-1$
                }, new NullProgressMonitor()));
        assertTrue(pull.getMessage().contains("127.0.0.1:9/nothing/here:1"), pull.getMessage()); //$NON-NLS-1$
    }

    @Test
    void deployRunsTheBotAndNapCatWiredTogether() throws Exception {
        int webui = freePort();
        int napcatWebui = freePort();
        Instance instance = create("docker-bot", webui, napcatWebui); //$NON-NLS-1$
        Path dir = DataFolderFixture.service(LauncherPaths.class).instanceFolder(instance.instancePath());

        Deployment refused = deployments.deploy(instance.id(), Map.of(), new NullProgressMonitor());
        assertEquals(DeploymentStatus.FAILED, refused.status());
        assertTrue(refused.error().orElse("").contains("EULA.md"), refused.error().orElse("")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        String eula = Terms.md5(dir.resolve("terms"), Terms.Document.EULA).orElseThrow(); //$NON-NLS-1$
        String privacy = Terms.md5(dir.resolve("terms"), Terms.Document.PRIVACY).orElseThrow(); //$NON-NLS-1$

        Deployment done = deployments.deploy(instance.id(), Map.of(DeployRequest.ACCEPT_EULA, "true", //$NON-NLS-1$
                DeployRequest.EULA_MD5, eula, DeployRequest.PRIVACY_MD5, privacy), new NullProgressMonitor());
        assertEquals(DeploymentStatus.COMPLETED, done.status(), done.error().orElse("")); //$NON-NLS-1$
        String compose = Files.readString(dir.resolve("docker-compose.yml")); //$NON-NLS-1$
        assertTrue(compose.contains("\"127.0.0.1:" + webui + ":8001\""), compose); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(compose.contains("EULA_AGREE: \"" + eula + "\""), compose); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(compose.contains("ACCOUNT: \"123456789\""), compose); //$NON-NLS-1$
        assertTrue(compose.contains("MODE: ws"), compose); //$NON-NLS-1$
        assertTrue(Files.readString(dir.resolve("data/MaiMBot/plugins/MaiBot-Napcat-Adapter/config.toml")) //$NON-NLS-1$
                .contains("host = \"napcat\""), "the adapter plugin points at NapCat's service"); //$NON-NLS-1$ //$NON-NLS-2$

        await("MaiBot and NapCat running", () -> statesNow(instance).equals(List.of(ComponentState.RUNNING, //$NON-NLS-1$
                ComponentState.RUNNING)));
        await("the instance shown as running, from the engine's events", //$NON-NLS-1$
                () -> status(instance) == InstanceStatus.RUNNING);
        await("MaiBot's WebUI answers on 127.0.0.1:" + webui, () -> httpOk(webui, "/api/webui/health")); //$NON-NLS-1$ //$NON-NLS-2$
        String token = instances.get(instance.id()).orElseThrow().options().get("napcat-webui-token"); //$NON-NLS-1$
        Console napcat = runtime.console(instance.id(), "napcat").orElseThrow(); //$NON-NLS-1$
        StringBuffer log = new StringBuffer();
        try (AutoCloseable subscription = napcat.subscribe(b -> log.append(new String(b, StandardCharsets.UTF_8)))) {
            await("NapCat's WebUI URL with its token in the console", //$NON-NLS-1$
                    () -> log.toString().contains("webui?token=" + token)); //$NON-NLS-1$
        }
        List<ContainerInfo> containers = engine.containers("mai-" + instance.id()); //$NON-NLS-1$
        assertEquals(List.of("core", "napcat"), containers.stream().map(ContainerInfo::service).toList()); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(containers.get(0).ports().contains("127.0.0.1:" + webui + "->8001/tcp"), containers.toString()); //$NON-NLS-1$ //$NON-NLS-2$

        runtime.stop(instance.id(), java.util.Optional.empty(), new NullProgressMonitor());
        assertEquals(List.of(ComponentState.STOPPED, ComponentState.STOPPED), states(instance));
        await("the instance shown as stopped", () -> status(instance) == InstanceStatus.STOPPED); //$NON-NLS-1$
        runtime.start(instance.id(), java.util.Optional.empty(), new NullProgressMonitor());
        await("running again", () -> statesNow(instance).equals(List.of(ComponentState.RUNNING, ComponentState.RUNNING))); //$NON-NLS-1$
        runtime.stop(instance.id(), java.util.Optional.empty(), new NullProgressMonitor());
    }

    @Test
    void theUsersEditsOfTheComposeFileAreKept() throws Exception {
        Instance instance = create("docker-edited", freePort(), freePort()); //$NON-NLS-1$
        Path dir = DataFolderFixture.service(LauncherPaths.class).instanceFolder(instance.instancePath());
        Map<String, String> accept = Map.of(DeployRequest.ACCEPT_EULA, "true"); //$NON-NLS-1$
        assertEquals(DeploymentStatus.COMPLETED, deployments.deploy(instance.id(), accept, new NullProgressMonitor()).status());
        runtime.stop(instance.id(), java.util.Optional.empty(), new NullProgressMonitor());
        Path file = dir.resolve("docker-compose.yml"); //$NON-NLS-1$
        String edited = Files.readString(file).replace("TZ: Asia/Shanghai", "TZ: Europe/Berlin # mine"); //$NON-NLS-1$ //$NON-NLS-2$
        Files.writeString(file, edited);

        int port = freePort();
        instances.updateOptions(instance.id(), Map.of(DeployRequest.WEBUI_PORT, String.valueOf(port)));
        Deployment again = deployments.deploy(instance.id(), accept, new NullProgressMonitor());
        assertEquals(DeploymentStatus.COMPLETED, again.status(), again.error().orElse("")); //$NON-NLS-1$
        assertEquals(edited, Files.readString(file), "the user's file is kept"); //$NON-NLS-1$
        assertTrue(Files.readString(dir.resolve("docker-compose.launcher.yml")).contains("127.0.0.1:" + port + ":8001"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                "the launcher's version is beside it"); //$NON-NLS-1$
        assertTrue(deployments.log(again.id()).stream().anyMatch(l -> l.message().contains("docker-compose.launcher.yml") //$NON-NLS-1$
                && l.message().contains(String.valueOf(port))), "the log says what differs"); //$NON-NLS-1$
        runtime.stop(instance.id(), java.util.Optional.empty(), new NullProgressMonitor());
    }

    private static Instance create(String name, int webui, int napcatWebui) throws LauncherException {
        Instance instance = instances.create(new InstanceSpec(name + "-" + System.nanoTime() % 100000, "docker", "", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                Map.of(DeployRequest.WEBUI_PORT, String.valueOf(webui), "napcat-webui-port", //$NON-NLS-1$
                        String.valueOf(napcatWebui), DeployRequest.QQ, "123456789"))); //$NON-NLS-1$
        projects.add("mai-" + instance.id()); //$NON-NLS-1$
        return instance;
    }

    private static List<ComponentState> states(Instance instance) throws LauncherException {
        return runtime.status(instance.id()).stream().map(ComponentStatus::state).toList();
    }

    private static List<ComponentState> statesNow(Instance instance) {
        try {
            return states(instance);
        } catch (LauncherException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InstanceStatus status(Instance instance) {
        try {
            return instances.get(instance.id()).map(Instance::status).orElseThrow();
        } catch (LauncherException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean httpOk(int port, String path) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + path).toURL() //$NON-NLS-1$
                    .openConnection();
            connection.setConnectTimeout(1000);
            connection.setReadTimeout(1000);
            return connection.getResponseCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    private static void await(String what, BooleanSupplier condition) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            try {
                if (condition.getAsBoolean()) {
                    return;
                }
            } catch (RuntimeException e) {
                // not yet
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within 60 s: " + what); //$NON-NLS-1$
            }
            Thread.sleep(200);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
