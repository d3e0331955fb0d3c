package mai.launcher.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import mai.launcher.core.InstanceEvent;
import mai.launcher.core.Topics;
import mai.launcher.core.instance.Instance;
import mai.launcher.core.instance.InstanceRegistry;
import mai.launcher.core.instance.InstanceSpec;
import mai.launcher.core.storage.Database;
import mai.launcher.tests.support.DataFolderFixture;
import mai.launcher.tests.support.EventRecorder;
import mai.launcher.tests.support.ProductRunner;
import mai.launcher.tests.support.ProductRunner.Result;

/**
 * Several processes on one data folder, as when the workbench is open and commands run beside it: this JVM plays
 * the workbench (its services, listening to events) while command-line processes write at the same time. Nothing
 * is lost, the database stays intact, and this process hears of every instance the others created.
 */
class ConcurrentProcessesTest {

    private static final int PROCESSES = 3;
    private static final int PER_PROCESS = 3;
    private static final int IN_PROCESS = 40;

    @Test
    void writersInSeveralProcessesLoseNothing() throws Exception {
        try (DataFolderFixture folder = DataFolderFixture.create();
                EventRecorder events = EventRecorder.on(Topics.INSTANCE_CREATED)) {
            InstanceRegistry registry = DataFolderFixture.service(InstanceRegistry.class);
            registry.list(); // as the Instances view does, then it listens

            List<CompletableFuture<List<Result>>> processes = new ArrayList<>();
            for (int p = 0; p < PROCESSES; p++) {
                int process = p;
                processes.add(CompletableFuture.supplyAsync(() -> {
                    List<Result> results = new ArrayList<>();
                    for (int i = 0; i < PER_PROCESS; i++) {
                        results.add(ProductRunner.run(List.of("--data-dir", folder.root().toString(), "instance",
                                "create", "--name", "cli-" + process + "-" + i)));
                    }
                    return results;
                }));
            }
            for (int i = 0; i < IN_PROCESS; i++) {
                registry.create(InstanceSpec.named("workbench-" + i));
            }
            for (CompletableFuture<List<Result>> process : processes) {
                for (Result result : process.join()) {
                    assertEquals(0, result.exitCode(), result.toString());
                }
            }

            List<Instance> all = registry.list();
            Set<String> names = new HashSet<>();
            all.forEach(i -> names.add(i.name()));
            assertEquals(IN_PROCESS + PROCESSES * PER_PROCESS, names.size(), names.toString());
            for (int p = 0; p < PROCESSES; p++) {
                for (int i = 0; i < PER_PROCESS; i++) {
                    String name = "cli-" + p + "-" + i;
                    assertTrue(names.contains(name), name);
                    String id = all.stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow().id();
                    events.await(Topics.INSTANCE_CREATED, e -> e instanceof InstanceEvent ie
                            && ie.instanceId().equals(id) && ie.external(), Duration.ofSeconds(3));
                }
            }
            String check = DataFolderFixture.service(Database.class).read(c -> {
                try (var rows = c.createStatement().executeQuery("PRAGMA integrity_check")) {
                    rows.next();
                    return rows.getString(1);
                }
            });
            assertEquals("ok", check);
        }
    }
}
