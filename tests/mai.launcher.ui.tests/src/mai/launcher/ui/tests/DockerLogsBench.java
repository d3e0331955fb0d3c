package mai.launcher.ui.tests;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import mai.launcher.core.docker.DockerEngine;
import mai.launcher.core.instance.Instance;
import mai.launcher.core.instance.InstanceRegistry;
import mai.launcher.core.instance.InstanceSpec;
import mai.launcher.tests.support.DataFolderFixture;
import mai.launcher.tests.support.FakeDockerImages;
import mai.launcher.ui.docker.internal.LogsView;
import mai.launcher.ui.internal.views.InstancesView;

/**
 * Benchmark, not a test (its name keeps it out of {@code ./test}; {@code bench/docker} runs it): a container writes
 * {@code bench.lines} log lines as fast as it can; measured from {@code docker start} is the time until the last line
 * reached {@code docker logs -f > /dev/null} (its exit), our subscriber ({@link DockerEngine#logs}), and the Container
 * Logs view, in lines per second.
 */
class DockerLogsBench {

    private static final int LINES = Integer.getInteger("bench.lines", 500_000);
    private static final int RUNS = Integer.getInteger("bench.runs", 5);

    private final WorkbenchRobot robot = new WorkbenchRobot();

    @Test
    void logThroughput() throws Exception {
        FakeDockerImages.build();
        InstanceRegistry registry = DataFolderFixture.service(InstanceRegistry.class);
        DockerEngine engine = DataFolderFixture.service(DockerEngine.class);
        Instance instance = registry.create(new InstanceSpec("bench-logs-" + System.nanoTime() % 100000, "docker", //$NON-NLS-1$ //$NON-NLS-2$
                "", Map.of())); //$NON-NLS-1$
        Instance away = registry.create(new InstanceSpec("bench-away-" + System.nanoTime() % 100000, "docker", //$NON-NLS-1$ //$NON-NLS-2$
                "", Map.of())); //$NON-NLS-1$
        String project = "mai-" + instance.id(); //$NON-NLS-1$
        String last = "chat message number " + LINES; //$NON-NLS-1$
        List<Long> cli = new ArrayList<>();
        List<Long> subscriber = new ArrayList<>();
        List<Long> view = new ArrayList<>();
        List<Long> viewLines = new ArrayList<>();
        InstancesView instances = robot.view(InstancesView.ID, InstancesView.class);
        robot.waitUntil("the instances", () -> instances.instances().stream().filter(i -> i.id().equals(instance.id()) //$NON-NLS-1$
                || i.id().equals(away.id())).count() == 2);
        try {
            for (int run = 1; run <= RUNS; run++) {
                cli.add(timed(project, () -> { }, id -> {
                    Process logs = new ProcessBuilder("docker", "logs", "-f", id).redirectOutput( //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                            ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
                    logs.waitFor();
                }));
                subscriber.add(timed(project, () -> { }, id -> {
                    AtomicLong lines = new AtomicLong();
                    Object done = new Object();
                    try (AutoCloseable stream = engine.logs(id, LINES + 10, chunk -> {
                        long n = 0;
                        for (byte b : chunk.bytes()) {
                            n += b == '\n' ? 1 : 0;
                        }
                        if (lines.addAndGet(n) >= LINES) {
                            synchronized (done) {
                                done.notifyAll();
                            }
                        }
                    })) {
                        synchronized (done) {
                            while (lines.get() < LINES) {
                                done.wait(100);
                            }
                        }
                    }
                }));
                robot.uiRun(() -> instances.select(away.id())); // so that the view follows the new container
                LogsView logsView = robot.view(LogsView.ID, LogsView.class);
                long before = robot.ui(logsView::linesReceived);
                view.add(timed(project, () -> {
                    robot.uiRun(() -> instances.select(instance.id()));
                    WorkbenchRobot.sleep(1000); // the view follows the created container; its start is an event
                }, id -> {
                    robot.waitUntil("the last line in the view", () -> logsView.text().contains(last), //$NON-NLS-1$
                            Duration.ofMinutes(5));
                }));
                long shown = robot.ui(logsView::linesReceived) - before;
                viewLines.add(shown);
                System.out.println("BENCH docker-logs run " + run + ": docker logs -f " + cli.get(run - 1) //$NON-NLS-1$ //$NON-NLS-2$
                        + " ms, subscriber " + subscriber.get(run - 1) + " ms, Logs view " + view.get(run - 1) //$NON-NLS-1$ //$NON-NLS-2$
                        + " ms (" + shown + " lines taken in)"); //$NON-NLS-1$ //$NON-NLS-2$
            }
        } finally {
            FakeDockerImages.docker("rm", "-f", "mai-bench-flood"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            registry.delete(instance.id(), true, null);
            registry.delete(away.id(), true, null);
        }
        long c = median(cli);
        long s = median(subscriber);
        long v = median(view);
        System.out.println(String.format(java.util.Locale.ROOT, //
                "BENCH docker-logs median of %d, %d lines: docker logs -f %d ms (%.0f lines/s); subscriber %d ms (%.0f lines/s, ratio %.2f); Logs view: last line shown after %d ms, %d lines taken in (%.0f lines/s)", //$NON-NLS-1$
                RUNS, LINES, c, rate(c), s, rate(s), (double) c / s, v, median(viewLines),
                median(viewLines) * 1000.0 / Math.max(1, v)));
    }

    /** What reads the log of a running container, until its last line. */
    @FunctionalInterface
    private interface Reader {
        void read(String containerId) throws Exception;
    }

    /**
     * Makes a fresh flood container of the instance's project (so the view follows it), starts it and times the
     * reader from the start.
     */
    private long timed(String project, Runnable before, Reader reader) throws Exception {
        FakeDockerImages.docker("rm", "-f", "mai-bench-flood"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        String id = FakeDockerImages.docker("create", "--name", "mai-bench-flood", "--network", "none", "--label", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                "com.docker.compose.project=" + project, "--label", "com.docker.compose.service=core", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                "local/busybox:1.35", "sh", "-c", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                "seq 1 " + LINES + " | sed 's/^/2026-11-22 10:00:00 [INFO] chat message number /'").strip(); //$NON-NLS-1$ //$NON-NLS-2$
        before.run();
        long start = System.nanoTime();
        FakeDockerImages.docker("start", id); //$NON-NLS-1$
        reader.read(id);
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static double rate(long millis) {
        return LINES * 1000.0 / Math.max(1, millis);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

}
