package mai.launcher.core.docker.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import mai.launcher.core.ErrorCode;
import mai.launcher.core.LauncherException;
import mai.launcher.core.docker.ContainerEvent;
import mai.launcher.core.docker.DockerEngine;
import mai.launcher.core.storage.Settings;
import mai.launcher.tests.support.DataFolderFixture;
import mai.launcher.tests.support.FakeDockerImages;

/**
 * The engine goes away and comes back while its events and a container's log are followed: a second, private dockerd
 * (the shared one stays up for the other tests) is stopped and started again. The listeners hear "engine lost" and
 * "engine back", calls in between fail with a sentence naming the endpoint, and following the restarted container
 * gives its new output (what the Logs view does on the container's start event).
 */
class EngineRestartTest {

    private static DataFolderFixture folder;
    private static DockerEngine engine;
    private static Settings settings;
    private static Path dir;
    private static Process dockerd;

    @BeforeAll
    static void secondEngine() throws Exception {
        assertEquals("0", run(List.of("id", "-u")).strip(), "starting a second dockerd needs root, as ./test has"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        dir = Files.createTempDirectory(Path.of("/tmp"), "mai-dockerd2."); //$NON-NLS-1$ //$NON-NLS-2$
        startDockerd();
        FakeDockerImages.build(); // the busybox base in the shared engine
        String socket = "unix://" + dir.resolve("docker.sock"); //$NON-NLS-1$ //$NON-NLS-2$
        run(List.of("bash", "-c", "docker save local/busybox:1.35 | DOCKER_HOST=" + socket + " docker load")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        folder = DataFolderFixture.create();
        engine = DataFolderFixture.service(DockerEngine.class);
        settings = DataFolderFixture.service(Settings.class);
        settings.set("docker.host", socket); //$NON-NLS-1$
        List<String> switched = new CopyOnWriteArrayList<>();
        try (AutoCloseable listening = engine.addListener(e -> switched.add(e.action()))) {
            engine.info(); // moves the client, and the event stream, to the second engine
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!switched.contains(ContainerEvent.ENGINE_BACK) && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
        }
    }

    private static void startDockerd() throws Exception {
        dockerd = new ProcessBuilder("dockerd", "--host", "unix://" + dir.resolve("docker.sock"), "--data-root", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                dir.resolve("data").toString(), "--exec-root", dir.resolve("exec").toString(), "--pidfile", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                dir.resolve("dockerd.pid").toString(), "--bridge", "none", "--iptables=false", "--ip6tables=false") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                .redirectErrorStream(true).redirectOutput(dir.resolve("dockerd.log").toFile()).start(); //$NON-NLS-1$
        DockerProjectsTest.await("the second dockerd answers", () -> { //$NON-NLS-1$
            try {
                return run(List.of("docker", "-H", "unix://" + dir.resolve("docker.sock"), "version")) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                        .contains("Server"); //$NON-NLS-1$
            } catch (Exception e) {
                return false;
            }
        });
    }

    private static void stopDockerd() throws Exception {
        dockerd.destroy(); // SIGTERM: dockerd stops its containers and exits
        assertTrue(dockerd.waitFor(60, TimeUnit.SECONDS), "dockerd stopped"); //$NON-NLS-1$
    }

    @AfterAll
    static void cleanUp() throws Exception {
        if (settings != null) {
            settings.set("docker.host", ""); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (dockerd != null && dockerd.isAlive()) {
            run(List.of("docker", "-H", "unix://" + dir.resolve("docker.sock"), "rm", "-f", "ticker")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
            stopDockerd();
        }
        if (folder != null) {
            folder.close();
        }
        run(List.of("bash", "-c", "umount " + dir + "/data/overlay2/*/merged 2>/dev/null; rm -rf " + dir)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    @Test
    void eventsAndLogsSurviveARestartOfTheEngine() throws Exception {
        String id = run(List.of("docker", "-H", "unix://" + dir.resolve("docker.sock"), "run", "-d", "--name", "ticker", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
                "--network", "none", "--restart", "unless-stopped", "local/busybox:1.35", "sh", "-c", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
                "i=0; while true; do echo tick $i; i=$((i+1)); sleep 0.2; done")).strip(); //$NON-NLS-1$
        List<String> actions = new CopyOnWriteArrayList<>();
        StringBuffer log = new StringBuffer();
        try (AutoCloseable events = engine.addListener(e -> actions.add(e.containerId().isEmpty() ? e.action()
                : e.action() + ":" + e.containerId())); //$NON-NLS-1$
                AutoCloseable first = engine.logs(id, 10, c -> log.append(new String(c.bytes(), StandardCharsets.UTF_8)))) {
            DockerProjectsTest.await("ticks", () -> log.toString().contains("tick 3")); //$NON-NLS-1$ //$NON-NLS-2$

            actions.clear();
            stopDockerd();
            DockerProjectsTest.await("engine lost heard", () -> actions.contains(ContainerEvent.ENGINE_LOST)); //$NON-NLS-1$
            LauncherException away = assertThrows(LauncherException.class, () -> engine.info());
            assertEquals(ErrorCode.UNAVAILABLE, away.code());
            assertTrue(away.getMessage().contains(dir.resolve("docker.sock").toString()), away.getMessage()); //$NON-NLS-1$

            log.setLength(0);
            startDockerd();
            DockerProjectsTest.await("engine back heard", () -> actions.contains(ContainerEvent.ENGINE_BACK)); //$NON-NLS-1$
            DockerProjectsTest.await("the container restarted by its policy", //$NON-NLS-1$
                    () -> running(id));
            try (AutoCloseable again = engine.logs(id, 0, c -> log.append(new String(c.bytes(), StandardCharsets.UTF_8)))) {
                DockerProjectsTest.await("new ticks after the restart", () -> log.toString().contains("tick 3")); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
    }

    private static boolean running(String id) {
        try {
            String state = run(List.of("docker", "-H", "unix://" + dir.resolve("docker.sock"), "inspect", "-f", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                    "{{.State.Running}}", id)); //$NON-NLS-1$
            return state.strip().equals("true"); //$NON-NLS-1$
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return output;
    }
}
