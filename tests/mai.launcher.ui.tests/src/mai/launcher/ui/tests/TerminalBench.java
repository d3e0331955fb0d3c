package mai.launcher.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import mai.launcher.core.deployment.Deployment;
import mai.launcher.core.deployment.DeploymentService;
import mai.launcher.core.deployment.DeploymentStatus;
import mai.launcher.core.deployment.InstanceRuntime;
import mai.launcher.core.instance.Instance;
import mai.launcher.core.instance.InstanceRegistry;
import mai.launcher.core.instance.InstanceSpec;
import mai.launcher.core.storage.Settings;
import mai.launcher.deployment.api.DeployRequest;
import mai.launcher.tests.support.DataFolderFixture;
import mai.launcher.tests.support.FakeMaiBot;
import mai.launcher.ui.internal.Commands;
import mai.launcher.ui.terminal.internal.TerminalTab;
import mai.launcher.ui.terminal.internal.TerminalView;

/**
 * Benchmark, not a test (its name keeps it out of {@code ./test}; {@code bench/terminal} runs it): a running
 * component writes 20 MB of log lines as fast as it can into its pseudo-terminal; measured is the time from the
 * command to the end marker shown in the terminal tab (read from the tab's text model, then one paint), and the
 * longest the UI thread could not run a task posted every 5 ms during the burst.
 */
class TerminalBench {

    private static final int MEGABYTES = Integer.getInteger("bench.megabytes", 20);
    private static final int RUNS = Integer.getInteger("bench.runs", 5);

    private final WorkbenchRobot robot = new WorkbenchRobot();

    @Test
    void flood() throws Exception {
        try (FakeMaiBot bot = FakeMaiBot.create()) {
            Settings settings = DataFolderFixture.service(Settings.class);
            settings.set("pip.wheel-folder", bot.wheels().toString());
            InstanceRegistry registry = DataFolderFixture.service(InstanceRegistry.class);
            InstanceRuntime runtime = DataFolderFixture.service(InstanceRuntime.class);
            Instance instance = registry.create(new InstanceSpec("bench-" + System.nanoTime(), "local", "",
                    Map.of(DeployRequest.REPOSITORY, bot.maibotUrl(), DeployRequest.PORT, String.valueOf(freePort()),
                            DeployRequest.WEBUI_PORT, String.valueOf(freePort()))));
            Deployment deployment = DataFolderFixture.service(DeploymentService.class).deploy(instance.id(),
                    Map.of(DeployRequest.ACCEPT_EULA, "true"), new NullProgressMonitor());
            assertEquals(DeploymentStatus.COMPLETED, deployment.status(), deployment.error().orElse(""));
            try {
                runtime.start(instance.id(), java.util.Optional.empty(), new NullProgressMonitor());
                robot.uiRun(() -> Commands.execute(Commands.OPEN_TERMINAL,
                        Map.of(Commands.INSTANCE_PARAMETER, instance.id())));
                TerminalView view = robot.waitFor("the Terminal view", () -> Adapters.adapt(PlatformUI.getWorkbench()
                        .getActiveWorkbenchWindow().getActivePage().findView(TerminalView.ID), TerminalView.class));
                robot.waitUntil("a tab", () -> !view.tabs().isEmpty());
                TerminalTab tab = robot.ui(() -> view.tabs().get(0));
                robot.waitUntil("the bot ready", () -> tab.interactive() && tab.text().contains("ready on port"),
                        Duration.ofMinutes(1));
                List<Long> times = new ArrayList<>();
                List<Long> stalls = new ArrayList<>();
                for (int run = 1; run <= RUNS; run++) {
                    robot.uiRun(tab::clear);
                    StallProbe probe = new StallProbe(robot.ui(Display::getCurrent));
                    long start = System.nanoTime();
                    robot.uiRun(() -> tab.type("/flood " + MEGABYTES + "\r"));
                    robot.waitUntil("the end of the output", () -> tab.text().contains("FLOOD-END"),
                            Duration.ofMinutes(5));
                    robot.uiRun(() -> {
                        tab.item().getControl().redraw();
                        tab.item().getControl().update();
                    });
                    long millis = (System.nanoTime() - start) / 1_000_000;
                    long stall = probe.stop();
                    times.add(millis);
                    stalls.add(stall);
                    System.out.println("BENCH terminal run " + run + ": " + MEGABYTES + " MB shown in " + millis
                            + " ms, worst UI-thread stall " + stall + " ms");
                }
                System.out.println("BENCH terminal median: " + median(times) + " ms for " + MEGABYTES
                        + " MB, worst UI-thread stall median " + median(stalls) + " ms, max "
                        + Collections.max(stalls) + " ms");
            } finally {
                runtime.stopAll(new NullProgressMonitor());
                registry.delete(instance.id(), true, null);
            }
        }
    }

    /** Posts a task to the UI thread every 5 ms and keeps the longest wait for one to run. */
    private static final class StallProbe {
        private final AtomicLong worst = new AtomicLong();
        private final Thread thread;
        private volatile boolean running = true;

        StallProbe(Display display) {
            thread = Thread.ofPlatform().daemon().start(() -> {
                while (running) {
                    long posted = System.nanoTime();
                    display.asyncExec(() -> worst.accumulateAndGet((System.nanoTime() - posted) / 1_000_000, Math::max));
                    WorkbenchRobot.sleep(5);
                }
            });
        }

        long stop() throws InterruptedException {
            running = false;
            thread.join();
            return worst.get();
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
