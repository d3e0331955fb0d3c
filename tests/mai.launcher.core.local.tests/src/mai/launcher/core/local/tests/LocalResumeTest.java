package mai.launcher.core.local.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import mai.launcher.core.deployment.Deployment;
import mai.launcher.core.deployment.DeploymentLogLine;
import mai.launcher.core.deployment.DeploymentStatus;
import mai.launcher.core.instance.Instance;
import mai.launcher.deployment.api.DeployRequest;
import mai.launcher.tests.support.FakeMaiBot;

/**
 * A deployment finds what an earlier one left: an unfinished clone is made again, a broken Python environment is
 * made again, a finished one is kept, and local files in the clone survive an update.
 */
class LocalResumeTest {

    private static FakeMaiBot bot;
    private LocalFixture fixture;

    @BeforeAll
    static void serveRepositories() {
        bot = FakeMaiBot.create();
    }

    @AfterAll
    static void stopServing() {
        bot.close();
    }

    @BeforeEach
    void start() throws Exception {
        fixture = new LocalFixture(bot);
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void leftoversOfAnEarlierRunAreCleanedOrKept() throws Exception {
        Instance instance = fixture.deployed("resume", Map.of(DeployRequest.REF, FakeMaiBot.V0)); //$NON-NLS-1$
        Path folder = fixture.folder.paths().instanceFolder(instance.instancePath());
        Files.createDirectories(folder.resolve("MaiBot/config")); //$NON-NLS-1$
        Files.writeString(folder.resolve("MaiBot/config/bot_config.toml"), "# the user's config\n"); //$NON-NLS-1$ //$NON-NLS-2$

        // A clone cut off half way has no completion mark; a venv cut off has no interpreter yet.
        Files.delete(folder.resolve("MaiBot-Napcat-Adapter/.git/mai-clone-complete")); //$NON-NLS-1$
        deleteTree(folder.resolve("venv/bin")); //$NON-NLS-1$

        List<DeploymentLogLine> log = new CopyOnWriteArrayList<>();
        Deployment again;
        try (AutoCloseable listening = fixture.deployments.onLog(log::add)) {
            again = fixture.deployments.deploy(instance.id(), Map.of(DeployRequest.REF, FakeMaiBot.V1),
                    new NullProgressMonitor());
        }
        assertEquals(DeploymentStatus.COMPLETED, again.status(), again.error().orElse("")); //$NON-NLS-1$
        assertTrue(has(log, "Updating the clone in " + folder.resolve("MaiBot") + " to " + FakeMaiBot.V1), log.toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertTrue(has(log, "Removing the Python environment in"), log.toString()); //$NON-NLS-1$
        assertTrue(has(log, "MaiBot's terms were already accepted"), log.toString()); //$NON-NLS-1$
        assertTrue(Files.isRegularFile(folder.resolve("venv/bin/python"))); //$NON-NLS-1$
        assertEquals("# the user's config\n", Files.readString(folder.resolve("MaiBot/config/bot_config.toml")), //$NON-NLS-1$ //$NON-NLS-2$
                "untracked files survive an update"); //$NON-NLS-1$
        assertTrue(Files.exists(folder.resolve("MaiBot/pyproject.toml")), "now at 1.2.1"); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(FakeMaiBot.V1, fixture.instances.get(instance.id()).orElseThrow().botVersion());

        log.clear();
        try (AutoCloseable listening = fixture.deployments.onLog(log::add)) {
            fixture.deployments.deploy(instance.id(), Map.of(), new NullProgressMonitor());
        }
        assertTrue(has(log, "Keeping the Python environment"), log.toString()); //$NON-NLS-1$
    }

    @Test
    void anEnvironmentCutOffBeforePipIsMadeAgain() throws Exception {
        Instance instance = fixture.deployed("half-venv", Map.of(DeployRequest.REF, FakeMaiBot.V1)); //$NON-NLS-1$
        Path venv = fixture.folder.paths().instanceFolder(instance.instancePath()).resolve("venv"); //$NON-NLS-1$
        deleteTree(venv);
        // What "python -m venv" leaves when it is killed while it installs pip: an interpreter, no pip.
        Process half = new ProcessBuilder("python3", "-m", "venv", "--without-pip", venv.toString()).inheritIO() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .start();
        assertEquals(0, half.waitFor());
        List<DeploymentLogLine> log = new CopyOnWriteArrayList<>();
        Deployment again;
        try (AutoCloseable listening = fixture.deployments.onLog(log::add)) {
            again = fixture.deployments.deploy(instance.id(), Map.of(), new NullProgressMonitor());
        }
        assertEquals(DeploymentStatus.COMPLETED, again.status(), again.error().orElse("")); //$NON-NLS-1$
        assertTrue(has(log, "Removing the Python environment in"), log.toString()); //$NON-NLS-1$
    }

    @Test
    void anUnfinishedCloneIsRemovedAndMadeAgain() throws Exception {
        Instance instance = fixture.create("half-clone", Map.of()); //$NON-NLS-1$
        Path maibot = fixture.folder.paths().instanceFolder(instance.instancePath()).resolve("MaiBot"); //$NON-NLS-1$
        Files.createDirectories(maibot.resolve(".git/objects/pack")); //$NON-NLS-1$
        Files.writeString(maibot.resolve(".git/objects/pack/tmp_pack_123"), "half a pack"); //$NON-NLS-1$ //$NON-NLS-2$
        List<DeploymentLogLine> log = new CopyOnWriteArrayList<>();
        Deployment deployment;
        try (AutoCloseable listening = fixture.deployments.onLog(log::add)) {
            deployment = fixture.deployments.deploy(instance.id(), Map.of(DeployRequest.ACCEPT_EULA, "true"), //$NON-NLS-1$
                    new NullProgressMonitor());
        }
        assertEquals(DeploymentStatus.COMPLETED, deployment.status(), deployment.error().orElse("")); //$NON-NLS-1$
        assertTrue(has(log, "Removing the unfinished clone"), log.toString()); //$NON-NLS-1$
        assertTrue(Files.isRegularFile(maibot.resolve("bot.py"))); //$NON-NLS-1$
    }

    private static boolean has(List<DeploymentLogLine> log, String start) {
        return log.stream().anyMatch(l -> l.message().startsWith(start));
    }

    private static void deleteTree(Path path) throws Exception {
        try (var walk = Files.walk(path)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
