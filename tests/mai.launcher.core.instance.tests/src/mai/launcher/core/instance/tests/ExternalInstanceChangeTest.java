package mai.launcher.core.instance.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import mai.launcher.core.EventPublisher;
import mai.launcher.core.InstanceEvent;
import mai.launcher.core.Topics;
import mai.launcher.core.instance.Instance;
import mai.launcher.core.instance.InstanceRegistry;
import mai.launcher.core.instance.InstanceSpec;
import mai.launcher.core.instance.internal.InstanceRegistryImpl;
import mai.launcher.core.storage.internal.SqliteDatabase;
import mai.launcher.tests.support.DataFolderFixture;
import mai.launcher.tests.support.EventRecorder;

/**
 * Changes made by another process on the same data folder reach this process's subscribers. The other process is
 * played by a second registry on its own connection, as the command line has (its real counterpart, a second JVM,
 * runs in the command-line tests).
 */
class ExternalInstanceChangeTest {

    @Test
    void anotherRegistrysChangesArePostedAsExternal() throws Exception {
        try (DataFolderFixture folder = DataFolderFixture.create();
                EventRecorder events = EventRecorder.on(Topics.INSTANCE_ALL);
                SqliteDatabase otherDatabase = new SqliteDatabase(folder.paths())) {
            InstanceRegistry registry = DataFolderFixture.service(InstanceRegistry.class);
            registry.list(); // the workbench lists once, then listens
            List<String> otherEvents = new ArrayList<>();
            EventPublisher otherPublisher = (topic, payload) -> otherEvents.add(topic);
            InstanceRegistryImpl other = new InstanceRegistryImpl(otherDatabase, otherPublisher, folder.paths());

            Instance created = other.create(InstanceSpec.named("from the command line"));
            await(events, Topics.INSTANCE_CREATED, created.id());
            other.rename(created.id(), "renamed elsewhere");
            await(events, Topics.INSTANCE_CHANGED, created.id());
            other.delete(created.id(), true, null);
            await(events, Topics.INSTANCE_DELETED, created.id());
            assertTrue(registry.list().isEmpty());
        }
    }

    private static void await(EventRecorder events, String topic, String id) {
        events.await(topic, p -> p instanceof InstanceEvent e && e.instanceId().equals(id) && e.external(),
                Duration.ofSeconds(2));
    }
}
