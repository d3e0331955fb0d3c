package mai.launcher.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import mai.launcher.tests.support.FakeDockerImages;
import mai.launcher.tests.support.ProductRunner;
import mai.launcher.tests.support.ProductRunner.Result;

/**
 * A Docker instance through the installed product's command line, as a user runs it, against the real engine ./test
 * starts (images made locally: Docker Hub cannot be reached here): create with its own images, deploy, ps, a
 * container's logs with stdout and stderr apart, down (with volumes only when confirmed), up.
 */
class DockerCommandLineTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;

    private Result run(String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", data.toString()));
        all.addAll(List.of(args));
        return ProductRunner.run(all);
    }

    @AfterEach
    void down() {
        run("instance", "down", "cli-docker", "--volumes", "--yes");
    }

    @Test
    void createDeployPsLogsDownUp() throws Exception {
        assumeFalse(Boolean.getBoolean("mai.skipDockerTests"), "./test found no Docker engine (never so in CI)");
        FakeDockerImages.build();

        Result bad = run("instance", "create", "--name", "x", "--mode", "docker", "--image", "maibot:latest");
        assertEquals(2, bad.exitCode(), bad.toString());
        assertTrue(bad.err().contains("ROLE=IMAGE"), bad.err());
        assertEquals(2, run("instance", "create", "--name", "x", "--mode", "docker", "--generation", "2").exitCode());

        Result created = run("instance", "create", "--name", "cli-docker", "--mode", "docker", "--image",
                "core=" + FakeDockerImages.MAIBOT, "--image", "napcat=" + FakeDockerImages.NAPCAT, "--generation", "1",
                "--qq", "10001");
        assertEquals(0, created.exitCode(), created.toString());
        Result refused = run("instance", "deploy", "cli-docker");
        assertEquals(1, refused.exitCode(), refused.toString());
        assertTrue(refused.err().contains("--accept-eula"), refused.err());
        Result deployed = run("instance", "deploy", "cli-docker", "--accept-eula");
        assertEquals(0, deployed.exitCode(), deployed.toString());

        Result ps = run("instance", "ps", "cli-docker", "--json");
        assertEquals(0, ps.exitCode(), ps.toString());
        JsonNode containers = JSON.readTree(ps.out());
        assertEquals(2, containers.size(), ps.out());
        assertEquals("core", containers.get(0).get("service").asText());
        assertEquals(FakeDockerImages.MAIBOT + ":latest", containers.get(0).get("image").asText());
        assertEquals("running", containers.get(1).get("state").asText());
        Result table = run("instance", "ps", "cli-docker");
        assertTrue(table.out().startsWith("SERVICE") && table.out().contains("napcat"), table.out());

        Result logs = run("instance", "logs", "cli-docker", "--container", "napcat", "--lines", "50");
        assertEquals(0, logs.exitCode(), logs.toString());
        assertTrue(logs.out().contains("NapCat fake for 10001") && logs.out().contains("webui?token="), logs.out());
        assertTrue(logs.err().contains("a warning on stderr") && !logs.out().contains("a warning on stderr"),
                "stderr apart: " + logs);
        Result noSuch = run("instance", "logs", "cli-docker", "--container", "nothing");
        assertEquals(1, noSuch.exitCode());
        assertTrue(noSuch.err().contains("core, napcat"), noSuch.err());

        Result unconfirmed = run("instance", "down", "cli-docker", "--volumes");
        assertEquals(2, unconfirmed.exitCode(), unconfirmed.toString());
        assertTrue(unconfirmed.err().contains("--yes"), unconfirmed.err());
        assertEquals(2, JSON.readTree(run("instance", "ps", "cli-docker", "--json").out()).size(),
                "nothing removed without confirmation");

        assertEquals(0, run("instance", "down", "cli-docker").exitCode());
        assertTrue(run("instance", "ps", "cli-docker").out().contains("has no containers"));
        Result up = run("instance", "up", "cli-docker");
        assertEquals(0, up.exitCode(), up.toString());
        assertEquals(2, JSON.readTree(run("instance", "ps", "cli-docker", "--json").out()).size());

        assertEquals(0, run("instance", "create", "--name", "plain").exitCode());
        Result local = run("instance", "ps", "plain");
        assertEquals(1, local.exitCode());
        assertTrue(local.err().contains("local mode"), local.err());
    }
}
