package mai.launcher.core.local.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import mai.launcher.core.ComponentEvent;
import mai.launcher.core.LauncherException;
import mai.launcher.core.Topics;
import mai.launcher.core.deployment.Deployment;
import mai.launcher.core.deployment.DeploymentStatus;
import mai.launcher.core.instance.Instance;
import mai.launcher.core.instance.InstanceStatus;
import mai.launcher.deployment.api.ComponentState;
import mai.launcher.deployment.api.ComponentStatus;
import mai.launcher.deployment.api.DeployRequest;
import mai.launcher.tests.support.EventRecorder;
import mai.launcher.tests.support.FakeMaiBot;

/** What goes wrong, said clearly: a crash (and the watchdog), a taken port, and inputs a deployment cannot use. */
class LocalFailuresTest {

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
    void aKilledBotIsACrashTheWatchdogRestartsItUpToItsLimit() throws Exception {
        fixture.settings.set("watchdog.restarts", "1"); //$NON-NLS-1$ //$NON-NLS-2$
        Instance instance = fixture.deployed("crashy", Map.of()); //$NON-NLS-1$
        try (EventRecorder events = EventRecorder.on(Topics.COMPONENT_STATE)) {
            fixture.runtime.start(instance.id(), Optional.empty(), new NullProgressMonitor());
            long first = main(instance).pid().getAsLong();

            ProcessHandle.of(first).orElseThrow().destroyForcibly(); // kill -9
            events.await(Topics.COMPONENT_STATE, p -> p instanceof ComponentEvent e && e.state().equals("failed"), //$NON-NLS-1$
                    Duration.ofSeconds(10));
            ComponentStatus restarted = awaitState(instance, ComponentState.RUNNING);
            assertEquals(1, restarted.restarts());
            assertTrue(restarted.pid().getAsLong() != first, "a new process"); //$NON-NLS-1$

            ProcessHandle.of(restarted.pid().getAsLong()).orElseThrow().destroyForcibly();
            ComponentStatus failed = awaitState(instance, ComponentState.FAILED);
            assertEquals(137, failed.exitCode().getAsInt(), "killed by SIGKILL"); //$NON-NLS-1$
            assertTrue(failed.detail().orElseThrow().contains("the watchdog gave up"), failed.detail().get()); //$NON-NLS-1$
            WaitFor.condition("the instance shown as failed", () -> fixture.instances.get(instance.id()).orElseThrow() //$NON-NLS-1$
                    .status() == InstanceStatus.FAILED, Duration.ofSeconds(5));
        }
    }

    @Test
    void aTakenPortIsNamedWithItsHolder() throws Exception {
        Instance instance = fixture.deployed("port", Map.of()); //$NON-NLS-1$
        int port = Integer.parseInt(instance.options().get(DeployRequest.PORT));
        try (ServerSocket holder = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            LauncherException e = assertThrows(LauncherException.class,
                    () -> fixture.runtime.start(instance.id(), Optional.empty(), new NullProgressMonitor()));
            assertTrue(e.getMessage().startsWith("Port " + port + " is in use by process " + ProcessHandle.current().pid()), //$NON-NLS-1$ //$NON-NLS-2$
                    e.getMessage());
            assertTrue(e.getMessage().contains("choose another port"), e.getMessage()); //$NON-NLS-1$
        }
        assertEquals(ComponentState.STOPPED, main(instance).state(), "nothing was started"); //$NON-NLS-1$
    }

    @Test
    void noFittingPythonSaysWhatWasFoundAndWhatToInstall() throws Exception {
        Deployment failed = deploy(Map.of(DeployRequest.REF, FakeMaiBot.NEEDS_NEW_PYTHON));
        String error = failed.error().orElseThrow();
        assertTrue(error.startsWith("MaiBot needs Python >=3.99, but this computer has 3."), error); //$NON-NLS-1$
        assertTrue(error.contains("python.interpreter"), error); //$NON-NLS-1$
    }

    @Test
    void anUnreachableRepositoryIsNamed() throws Exception {
        int closed = LocalFixture.freePort();
        String url = "git://127.0.0.1:" + closed + "/MaiBot.git"; //$NON-NLS-1$ //$NON-NLS-2$
        String error = deploy(Map.of(DeployRequest.REPOSITORY, url)).error().orElseThrow();
        assertTrue(error.startsWith("The repository " + url + " cannot be reached"), error); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(error.contains("github.mirror"), error); //$NON-NLS-1$
    }

    @Test
    void aVersionThatDoesNotExistListsTheReleases() throws Exception {
        String error = deploy(Map.of(DeployRequest.REF, "7.7.7")).error().orElseThrow(); //$NON-NLS-1$
        assertEquals("The repository " + bot.maibotUrl() + " has no tag or branch \"7.7.7\"; its newest releases are: " //$NON-NLS-1$ //$NON-NLS-2$
                + FakeMaiBot.V1 + ", " + FakeMaiBot.V0 + ".", error); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void startingWhatIsNotDeployedSaysSo() throws Exception {
        Instance instance = fixture.create("never-deployed", Map.of()); //$NON-NLS-1$
        LauncherException e = assertThrows(LauncherException.class,
                () -> fixture.runtime.start(instance.id(), Optional.empty(), new NullProgressMonitor()));
        assertTrue(e.getMessage().contains("is not deployed yet"), e.getMessage()); //$NON-NLS-1$
    }

    private Deployment deploy(Map<String, String> options) throws LauncherException {
        Instance instance = fixture.create("bad-" + System.nanoTime(), options); //$NON-NLS-1$
        Deployment deployment = fixture.deployments.deploy(instance.id(), Map.of(DeployRequest.ACCEPT_EULA, "true"), //$NON-NLS-1$
                new NullProgressMonitor());
        assertEquals(DeploymentStatus.FAILED, deployment.status());
        return deployment;
    }

    private ComponentStatus main(Instance instance) throws LauncherException {
        return fixture.runtime.status(instance.id()).stream().filter(s -> s.componentId().equals("main")).findFirst() //$NON-NLS-1$
                .orElseThrow();
    }

    private ComponentStatus awaitState(Instance instance, ComponentState state) throws Exception {
        ComponentStatus[] seen = new ComponentStatus[1];
        WaitFor.condition("main " + state, () -> { //$NON-NLS-1$
            seen[0] = main(instance);
            return seen[0].state() == state;
        }, Duration.ofSeconds(15));
        return seen[0];
    }
}
