package mai.launcher.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import mai.launcher.core.deployment.Deployment;
import mai.launcher.core.deployment.DeploymentService;
import mai.launcher.core.deployment.DeploymentStatus;
import mai.launcher.deployment.api.DeployRequest;
import mai.launcher.tests.support.DataFolderFixture;
import mai.launcher.tests.support.FakeMaiBot;
import mai.launcher.tests.support.ProductRunner;
import mai.launcher.tests.support.ProductRunner.Result;
import mai.launcher.tests.support.ProductRunner.Running;

/**
 * A local instance through the installed product's command line, in separate processes as a user runs them:
 * settings, deploy (with and without accepting the terms), start in the foreground and talk to the bot, status, stop
 * from another shell, logs; and a deployment killed half way, found interrupted and resumed.
 */
class LocalCommandLineTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static FakeMaiBot bot;

    @TempDir
    Path data;

    @BeforeAll
    static void serveRepositories() {
        bot = FakeMaiBot.create();
    }

    @AfterAll
    static void stopServing() {
        bot.close();
    }

    private Result run(String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", data.toString()));
        all.addAll(List.of(args));
        return ProductRunner.run(all);
    }

    private Running start(String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", data.toString()));
        all.addAll(List.of(args));
        return ProductRunner.start(all);
    }

    private void configure() {
        assertEquals(0, run("settings", "set", "pip.wheel-folder", bot.wheels().toString()).exitCode());
        assertEquals(0, run("settings", "set", "watchdog.restarts", "0").exitCode());
    }

    @Test
    void deployStartTalkStopFromAnotherShell() throws Exception {
        configure();
        Result badSetting = run("settings", "set", "pip.index-url", "not a url");
        assertEquals(1, badSetting.exitCode(), badSetting.toString());
        assertTrue(badSetting.err().contains("pip.index-url must be a URL"), badSetting.err());
        String port = String.valueOf(freePort());
        assertEquals(0, run("instance", "create", "--name", "bot", "--repo", bot.maibotUrl(), "--port", port).exitCode());

        Result refused = run("instance", "deploy", "bot");
        assertEquals(1, refused.exitCode(), refused.toString());
        assertTrue(refused.out().contains("\u25b6 Cloning MaiBot"), refused.out());
        assertTrue(refused.err().contains("EULA.md") && refused.err().contains("--accept-eula"), refused.err());
        assertEquals(1, refused.err().lines().filter(l -> l.contains("EULA.md")).count(), "said once: " + refused);

        Result deployed = run("instance", "deploy", "bot", "--accept-eula");
        assertEquals(0, deployed.exitCode(), deployed.toString());
        assertTrue(deployed.out().contains("Deployment completed."), deployed.out());
        assertTrue(!deployed.err().contains("SLF4J"), "no logging noise: " + deployed.err());

        try (Running foreground = start("instance", "start", "bot")) {
            foreground.await("ready on port " + port, Duration.ofSeconds(30));
            foreground.type("hello from the command line");
            foreground.await("echo: hello from the command line", Duration.ofSeconds(10));

            JsonNode status = JSON.readTree(run("instance", "status", "bot", "--json").out());
            assertEquals("running", status.get("status").asText());
            JsonNode main = status.get("components").get(0);
            assertEquals("main", main.get("id").asText());
            assertEquals("running", main.get("state").asText());
            assertTrue(main.get("pid").asLong() > 0);

            Result stopped = run("instance", "stop", "bot");
            assertEquals(0, stopped.exitCode(), stopped.toString());
            assertEquals(0, foreground.awaitExit(Duration.ofSeconds(20)), foreground.output());
            assertTrue(foreground.output().contains("MaiBot fake stopping"), foreground.output());
        }
        JsonNode after = JSON.readTree(run("instance", "status", "bot", "--json").out());
        assertEquals("stopped", after.get("components").get(0).get("state").asText());
        Result logs = run("instance", "logs", "bot", "--lines", "3");
        assertEquals(0, logs.exitCode(), logs.toString());
        assertTrue(logs.out().contains("MaiBot fake stopping"), logs.out());
    }

    @Test
    void aDeploymentKilledHalfWayIsInterruptedAndRetryResumesIt() throws Exception {
        configure();
        assertEquals(0, run("instance", "create", "--name", "killed", "--repo", bot.maibotUrl()).exitCode());
        String id = JSON.readTree(run("instance", "show", "killed", "--json").out()).get("id").asText();
        try (Running deploy = start("instance", "deploy", "killed", "--accept-eula")) {
            deploy.await("Making a Python environment", Duration.ofSeconds(60));
            deploy.kill();
            deploy.awaitExit(Duration.ofSeconds(10));
        }
        try (DataFolderFixture folder = DataFolderFixture.at(data)) {
            DeploymentService deployments = DataFolderFixture.service(DeploymentService.class);
            Deployment cut = deployments.deployments(id).get(0);
            assertEquals(DeploymentStatus.INTERRUPTED, cut.status(), "a task whose process died"); //$NON-NLS-1$
            Deployment resumed = deployments.retry(cut.id(), Map.of(DeployRequest.ACCEPT_EULA, "true"), //$NON-NLS-1$
                    new NullProgressMonitor());
            assertEquals(DeploymentStatus.COMPLETED, resumed.status(), resumed.error().orElse("")); //$NON-NLS-1$
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
