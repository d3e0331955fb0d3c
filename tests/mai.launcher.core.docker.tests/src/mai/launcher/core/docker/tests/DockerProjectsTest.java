package mai.launcher.core.docker.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import mai.launcher.core.LauncherException;
import mai.launcher.core.deployment.Deployment;
import mai.launcher.core.deployment.DeploymentService;
import mai.launcher.core.deployment.DeploymentStatus;
import mai.launcher.core.docker.ContainerEvent;
import mai.launcher.core.docker.ContainerInfo;
import mai.launcher.core.docker.ContainerStats;
import mai.launcher.core.docker.DockerEngine;
import mai.launcher.core.docker.DockerProjects;
import mai.launcher.core.docker.LogChunk;
import mai.launcher.core.docker.NapcatLogin;
import mai.launcher.core.instance.Instance;
import mai.launcher.core.instance.InstanceRegistry;
import mai.launcher.core.instance.InstanceSpec;
import mai.launcher.core.instance.InstanceStatus;
import mai.launcher.core.storage.Settings;
import mai.launcher.deployment.api.Console;
import mai.launcher.deployment.api.DeployRequest;
import mai.launcher.tests.support.DataFolderFixture;
import mai.launcher.tests.support.FakeDockerImages;

/**
 * Docker instances' compose projects against the real engine (images made by {@link FakeDockerImages}): two instances at
 * once without a port or name collision, up / ps / down, logs with stdout and stderr apart, stats, a shell, NapCat's
 * QR code and token read from its real log, and a host port taken by another program.
 */
class DockerProjectsTest {

    private static DataFolderFixture folder;
    private static InstanceRegistry instances;
    private static DeploymentService deployments;
    private static DockerProjects projects;
    private static DockerEngine engine;
    private static final List<String> created = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void engineAndImages() throws Exception {
        FakeDockerImages.build();
        folder = DataFolderFixture.create();
        instances = DataFolderFixture.service(InstanceRegistry.class);
        deployments = DataFolderFixture.service(DeploymentService.class);
        projects = DataFolderFixture.service(DockerProjects.class);
        engine = DataFolderFixture.service(DockerEngine.class);
        Settings settings = DataFolderFixture.service(Settings.class);
        settings.set("docker.image.maibot", FakeDockerImages.MAIBOT); //$NON-NLS-1$
        settings.set("docker.image.napcat", FakeDockerImages.NAPCAT); //$NON-NLS-1$
    }

    @AfterAll
    static void removeProjects() throws Exception {
        for (String id : created) {
            try {
                projects.down(id, true, line -> { }, null);
            } catch (LauncherException e) {
                // not deployed
            }
        }
        folder.close();
    }

    @Test
    void twoInstancesRunAtOnceWithTheirOwnPortsAndNames() throws Exception {
        List<ContainerEvent> heard = new CopyOnWriteArrayList<>();
        AutoCloseable listening = engine.addListener(heard::add);
        Instance first = deployed("pair-a", Map.of()); //$NON-NLS-1$
        await("the engine's start events of the first project", () -> heard.stream() //$NON-NLS-1$
                .anyMatch(e -> e.project().equals(projects.project(first.id())) && e.action().equals("start"))); //$NON-NLS-1$
        listening.close();
        await("the instance is running, from the events alone", //$NON-NLS-1$
                () -> registryStatus(first) == InstanceStatus.RUNNING || registryStatus(first) == InstanceStatus.STARTING);
        Instance second = deployed("pair-b", Map.of()); //$NON-NLS-1$
        await("both instances' containers healthy", () -> healthy(first) && healthy(second)); //$NON-NLS-1$
        List<String> firstPorts = ports(first);
        List<String> secondPorts = ports(second);
        assertEquals(2, firstPorts.size(), firstPorts.toString());
        assertTrue(firstPorts.stream().noneMatch(secondPorts::contains), firstPorts + " vs " + secondPorts); //$NON-NLS-1$
        assertNotEquals(projects.project(first.id()), projects.project(second.id()));
        assertTrue(projects.containers(first.id()).stream().allMatch(c -> c.name().startsWith("mai-" + first.id())), //$NON-NLS-1$
                "containers are named after their project"); //$NON-NLS-1$

        projects.down(first.id(), false, line -> { }, null);
        assertEquals(List.of(), projects.containers(first.id()), "down removes the containers"); //$NON-NLS-1$
        assertEquals(2, projects.containers(second.id()).stream().filter(ContainerInfo::running).count(),
                "the other instance is left alone"); //$NON-NLS-1$
        projects.up(first.id(), line -> { }, null);
        await("up again", () -> healthy(first)); //$NON-NLS-1$
        assertEquals(firstPorts, ports(first), "the same ports after down and up"); //$NON-NLS-1$
        projects.down(first.id(), true, line -> { }, null);
        projects.down(second.id(), true, line -> { }, null);
    }

    @Test
    void logsStatsShellAndNapcatLogin() throws Exception {
        Instance instance = deployed("watched", Map.of()); //$NON-NLS-1$
        await("running", () -> healthy(instance)); //$NON-NLS-1$
        ContainerInfo napcat = container(instance, "napcat"); //$NON-NLS-1$

        List<LogChunk> history = engine.history(napcat.id(), 1000);
        String out = text(history, false);
        String err = text(history, true);
        assertTrue(err.contains("a warning on stderr") && !out.contains("a warning on stderr"), "stderr kept apart"); //$NON-NLS-1$ //$NON-NLS-2$
        NapcatLogin login = new NapcatLogin();
        out.lines().forEach(login::accept);
        login.flush();
        String token = instances.get(instance.id()).orElseThrow().options().get("napcat-webui-token"); //$NON-NLS-1$
        assertEquals(token, login.token().orElseThrow());
        assertEquals("https://txz.qq.com/p?k=fake&f=1600001615", login.qrUrl().orElseThrow()); //$NON-NLS-1$
        NapcatLogin.QrCode qr = login.qr().orElseThrow();
        for (int y = 0; y < FakeDockerImages.QR.length; y++) {
            boolean[] row = new boolean[FakeDockerImages.QR.length];
            for (int x = 0; x < row.length; x++) {
                row[x] = qr.isDark(x + 1, y + 1); // inside the quiet zone
            }
            assertArrayEquals(FakeDockerImages.QR[y], row, "QR row " + y); //$NON-NLS-1$
        }

        List<byte[]> followed = new CopyOnWriteArrayList<>();
        try (AutoCloseable stream = engine.logs(napcat.id(), 5, chunk -> followed.add(chunk.bytes()))) {
            await("the last lines come first when following", () -> !followed.isEmpty()); //$NON-NLS-1$
        }

        List<ContainerStats> samples = new CopyOnWriteArrayList<>();
        try (AutoCloseable stream = engine.stats(container(instance, "core").id(), samples::add)) { //$NON-NLS-1$
            await("two stats samples", () -> samples.size() >= 2); //$NON-NLS-1$
        }
        assertTrue(samples.get(1).memoryBytes() > 0 && samples.get(1).memoryLimit() > 0, samples.toString());

        Console shell = engine.shell(container(instance, "core").id()); //$NON-NLS-1$
        StringBuffer typed = new StringBuffer();
        try (AutoCloseable subscription = shell.subscribe(b -> typed.append(new String(b, StandardCharsets.UTF_8)))) {
            shell.resize(100, 30);
            shell.write("echo shell-$((6*7)); cat /MaiMBot/EULA.md | head -1\n".getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$
            await("the shell runs commands in the container", //$NON-NLS-1$
                    () -> typed.toString().contains("shell-42") && typed.toString().contains("# MaiBot EULA")); //$NON-NLS-1$ //$NON-NLS-2$
        }
        projects.down(instance.id(), false, line -> { }, null);
    }

    @Test
    void aHostPortTakenByAnotherProgramIsNamed() throws Exception {
        Instance instance = deployed("blocked", Map.of()); //$NON-NLS-1$
        int webui = Integer.parseInt(instances.get(instance.id()).orElseThrow().options().get(DeployRequest.WEBUI_PORT));
        projects.down(instance.id(), false, line -> { }, null);
        try (ServerSocket squatter = new ServerSocket(webui, 50, InetAddress.getByName("127.0.0.1"))) { //$NON-NLS-1$
            LauncherException e = assertThrows(LauncherException.class, () -> projects.up(instance.id(), l -> { }, null));
            assertTrue(e.getMessage().contains(String.valueOf(webui)), e.getMessage());
        }
    }

    @Test
    void generation0WiresNapcatToTheAdapterByAReverseWebSocket() throws Exception {
        // The adapter's image is a stand-in (busybox): the wiring is in the files compose mounts.
        Instance instance = deployed("zero", Map.of("generation", "0", "image.adapter", "local/busybox:1.35", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                DeployRequest.QQ, "10002")); //$NON-NLS-1$
        java.nio.file.Path folder = DataFolderFixture.service(mai.launcher.core.LauncherPaths.class)
                .instanceFolder(instance.instancePath());
        assertEquals(List.of("adapters", "core", "napcat"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                projects.containers(instance.id()).stream().map(ContainerInfo::service).toList());
        String compose = java.nio.file.Files.readString(folder.resolve("docker-compose.yml")); //$NON-NLS-1$
        assertTrue(!compose.contains("MODE: ws"), "0.x NapCat is no WebSocket server"); //$NON-NLS-1$ //$NON-NLS-2$
        for (String file : List.of("onebot11.json", "onebot11_10002.json")) { //$NON-NLS-1$ //$NON-NLS-2$
            assertTrue(java.nio.file.Files.readString(folder.resolve("docker-config/napcat").resolve(file)) //$NON-NLS-1$
                    .contains("\"url\": \"ws://adapters:8095\""), file); //$NON-NLS-1$
        }
        String adapter = java.nio.file.Files.readString(folder.resolve("docker-config/adapters/config.toml")); //$NON-NLS-1$
        assertTrue(adapter.contains("port = 8095") && adapter.contains("host = \"core\""), adapter); //$NON-NLS-1$ //$NON-NLS-2$
        projects.down(instance.id(), true, line -> { }, null);
    }

    @Test
    void theComposeFileIsCheckedBeforeItIsSavedAndSqliteWebIsOptional() throws Exception {
        int browser = freePort();
        // sqlite-web's image is a stand-in (busybox): what matters is that the service is in the project.
        Instance instance = deployed("browser", Map.of("sqlite-web-port", String.valueOf(browser), //$NON-NLS-1$ //$NON-NLS-2$
                "image.sqlite-web", "local/busybox:1.35")); //$NON-NLS-1$ //$NON-NLS-2$
        java.nio.file.Path file = projects.composeFile(instance.id());
        String original = java.nio.file.Files.readString(file);
        assertTrue(original.contains("\"127.0.0.1:" + browser + ":8080\""), original); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(List.of("core", "napcat", "sqlite-web"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                projects.containers(instance.id()).stream().map(ContainerInfo::service).toList());

        String broken = original.replace("    restart: unless-stopped", "    restartt: unless-stopped"); //$NON-NLS-1$ //$NON-NLS-2$
        String problem = projects.checkCompose(instance.id(), broken).orElseThrow();
        assertTrue(problem.contains("restartt"), problem); //$NON-NLS-1$ //$NON-NLS-2$
        assertThrows(LauncherException.class, () -> projects.saveCompose(instance.id(), broken));
        assertEquals(original, java.nio.file.Files.readString(file), "an invalid file is never written"); //$NON-NLS-1$

        String edited = original.replace("TZ: Asia/Shanghai", "TZ: Asia/Shanghai # edited in the launcher"); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(java.util.Optional.empty(), projects.checkCompose(instance.id(), edited));
        projects.saveCompose(instance.id(), edited);
        assertEquals(edited, java.nio.file.Files.readString(file));
        assertEquals(original, java.nio.file.Files.readString(
                file.resolveSibling(".mai-launcher").resolve("docker-compose.yml.previous"))); //$NON-NLS-1$ //$NON-NLS-2$
        projects.down(instance.id(), true, line -> { }, null);
    }

    @Test
    void aMissingImageIsNamed() throws Exception {
        Instance instance = instances.create(new InstanceSpec("no-image-" + System.nanoTime() % 100000, "docker", "", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                Map.of("image.core", "127.0.0.1:9/nobody/maibot"))); //$NON-NLS-1$ //$NON-NLS-2$
        created.add(instance.id());
        Deployment failed = deployments.deploy(instance.id(), Map.of(DeployRequest.ACCEPT_EULA, "true"), //$NON-NLS-1$
                new NullProgressMonitor());
        assertEquals(DeploymentStatus.FAILED, failed.status());
        assertTrue(failed.error().orElse("").contains("127.0.0.1:9/nobody/maibot:latest"), failed.error().orElse("")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private static Instance deployed(String name, Map<String, String> options) throws Exception {
        Instance instance = instances.create(new InstanceSpec(name + "-" + System.nanoTime() % 100000, "docker", "", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                options));
        created.add(instance.id());
        Deployment done = deployments.deploy(instance.id(), Map.of(DeployRequest.ACCEPT_EULA, "true"), //$NON-NLS-1$
                new NullProgressMonitor());
        assertEquals(DeploymentStatus.COMPLETED, done.status(), done.error().orElse("")); //$NON-NLS-1$
        return instances.get(instance.id()).orElseThrow();
    }

    private static InstanceStatus registryStatus(Instance instance) {
        try {
            return instances.get(instance.id()).orElseThrow().status();
        } catch (LauncherException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean healthy(Instance instance) {
        try {
            List<ContainerInfo> containers = projects.containers(instance.id());
            return containers.size() == 2 && containers.stream().allMatch(
                    c -> c.running() && c.health().map("healthy"::equals).orElse(true)); //$NON-NLS-1$
        } catch (LauncherException e) {
            return false;
        }
    }

    private static List<String> ports(Instance instance) throws LauncherException {
        List<String> ports = new ArrayList<>();
        projects.containers(instance.id()).forEach(c -> ports.addAll(c.ports()));
        return ports.stream().map(p -> p.substring(0, p.indexOf("->"))).sorted().toList(); //$NON-NLS-1$
    }

    private static ContainerInfo container(Instance instance, String service) throws LauncherException {
        return projects.containers(instance.id()).stream().filter(c -> c.service().equals(service)).findFirst()
                .orElseThrow();
    }

    private static String text(List<LogChunk> chunks, boolean stderr) {
        StringBuilder text = new StringBuilder();
        chunks.stream().filter(c -> c.stderr() == stderr)
                .forEach(c -> text.append(new String(c.bytes(), StandardCharsets.UTF_8)));
        return text.toString();
    }

    static void await(String what, BooleanSupplier condition) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within 90 s: " + what); //$NON-NLS-1$
            }
            Thread.sleep(200);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
