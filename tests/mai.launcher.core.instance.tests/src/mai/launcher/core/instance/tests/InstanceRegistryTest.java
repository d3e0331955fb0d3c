package mai.launcher.core.instance.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import mai.launcher.core.ErrorCode;
import mai.launcher.core.InstanceEvent;
import mai.launcher.core.LauncherException;
import mai.launcher.core.Topics;
import mai.launcher.core.instance.DeployModeIds;
import mai.launcher.core.instance.Instance;
import mai.launcher.core.instance.InstanceRegistry;
import mai.launcher.core.instance.InstanceSpec;
import mai.launcher.core.instance.InstanceStatus;
import mai.launcher.core.instance.internal.InstanceIds;
import mai.launcher.tests.support.DataFolderFixture;
import mai.launcher.tests.support.EventRecorder;
import mai.launcher.tests.support.OldLauncherDatabase;

/** The instance service as the applications get it: DS components on a registered data folder. */
class InstanceRegistryTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    DataFolderFixture folder;
    InstanceRegistry registry;
    EventRecorder events;

    @BeforeEach
    void start() {
        folder = DataFolderFixture.create();
        registry = DataFolderFixture.service(InstanceRegistry.class);
        events = EventRecorder.on(Topics.INSTANCE_ALL);
    }

    @AfterEach
    void stop() {
        events.close();
        folder.close();
    }

    @Test
    void createListRenameDescribeDelete() throws LauncherException {
        assertEquals(List.of(), registry.list());

        Instance created = registry.create(new InstanceSpec("  麦麦 主号  ", DeployModeIds.DOCKER, "my first bot"));
        assertTrue(InstanceIds.isWellFormed(created.id()), created.id());
        assertEquals("麦麦 主号", created.name(), "surrounding spaces are removed");
        assertEquals(DeployModeIds.DOCKER, created.deployMode());
        assertEquals(InstanceStatus.PENDING, created.status());
        assertEquals("my first bot", created.description());
        assertTrue(created.createdAt().isPresent());
        assertTrue(Files.isDirectory(folder.paths().instanceFolder(created.instancePath())));
        assertEquals(List.of(created), registry.list());
        awaitEvent(Topics.INSTANCE_CREATED, created.id());

        Instance renamed = registry.rename(created.id(), "MaiMai");
        assertEquals("MaiMai", renamed.name());
        assertEquals(created.instancePath(), renamed.instancePath(), "the folder keeps its name");
        awaitEvent(Topics.INSTANCE_CHANGED, created.id());

        assertEquals("renamed", registry.describe(created.id(), "renamed").description());
        assertEquals(InstanceStatus.RUNNING, registry.setStatus(created.id(), InstanceStatus.RUNNING, "").status());
        awaitEvent(Topics.INSTANCE_STATUS, created.id());

        Path instanceFolder = folder.paths().instanceFolder(created.instancePath());
        registry.delete(created.id(), false, null);
        awaitEvent(Topics.INSTANCE_DELETED, created.id());
        assertEquals(List.of(), registry.list());
        assertTrue(registry.get(created.id()).isEmpty());
        assertTrue(Files.isDirectory(instanceFolder), "files are kept unless asked");
    }

    @Test
    void deleteWithFilesRemovesTheFolderEvenWithReadOnlyFiles() throws Exception {
        Instance created = registry.create(InstanceSpec.named("bot"));
        Path instanceFolder = folder.paths().instanceFolder(created.instancePath());
        Path objects = Files.createDirectories(instanceFolder.resolve("MaiBot/.git/objects/ab"));
        Path object = Files.writeString(objects.resolve("cdef"), "blob");
        object.toFile().setReadOnly();
        registry.delete(created.id(), true, null);
        assertFalse(Files.exists(instanceFolder));
        assertTrue(Files.isDirectory(folder.paths().deployments()), "deployments/ itself stays");
    }

    @Test
    void aFolderAlreadyOnDiskIsNotTakenOver() throws Exception {
        Path leftover = Files.createDirectories(folder.paths().deployments().resolve("bot"));
        Files.writeString(leftover.resolve("keep.txt"), "someone's files");
        Instance created = registry.create(InstanceSpec.named("bot"));
        assertEquals("bot-2", created.instancePath());
        registry.delete(created.id(), true, null);
        assertEquals("someone's files", Files.readString(leftover.resolve("keep.txt")));
    }

    @Test
    void namesAreUniqueIgnoringCase() throws LauncherException {
        Instance first = registry.create(InstanceSpec.named("MaiBot"));
        LauncherException e = assertThrows(LauncherException.class,
                () -> registry.create(InstanceSpec.named("maibot")));
        assertEquals(ErrorCode.DUPLICATE_NAME, e.code());
        assertEquals("An instance named \"maibot\" already exists; choose another name.", e.getMessage());

        Instance second = registry.create(InstanceSpec.named("other"));
        assertEquals(ErrorCode.DUPLICATE_NAME,
                assertThrows(LauncherException.class, () -> registry.rename(second.id(), "MAIBOT")).code());
        assertEquals("maibot", registry.rename(first.id(), "maibot").name(), "a case change of its own name is fine");
        assertEquals(2, registry.list().size());
    }

    @Test
    void unknownIdsAndModesAreReported() {
        LauncherException missing = assertThrows(LauncherException.class,
                () -> registry.rename("inst_000000000000", "x"));
        assertEquals(ErrorCode.NOT_FOUND, missing.code());
        assertTrue(missing.getMessage().contains("inst_000000000000"), missing.getMessage());
        assertEquals(ErrorCode.NOT_FOUND,
                assertThrows(LauncherException.class, () -> registry.delete("inst_000000000000", true, null)).code());
        LauncherException mode = assertThrows(LauncherException.class,
                () -> registry.create(new InstanceSpec("x", "Docker Desktop", "")));
        assertEquals(ErrorCode.INVALID_INPUT, mode.code());
    }

    @Test
    void theOldLaunchersInstancesAreListedAsLocal() throws Exception {
        try (DataFolderFixture old = reopenWithOldDatabase()) {
            List<Instance> instances = DataFolderFixture.service(InstanceRegistry.class).list();
            assertEquals(OldLauncherDatabase.INSTANCE_IDS, instances.stream().map(Instance::id).toList());
            Instance first = instances.get(0);
            assertEquals("麦麦", first.name());
            assertEquals(DeployModeIds.LOCAL, first.deployMode());
            assertEquals(InstanceStatus.STOPPED, first.status());
            assertEquals("123456789", first.qqAccount());
            assertEquals("0.10.2", first.botVersion());
            assertEquals("2025-03-01T10:00", first.createdAt().orElseThrow().toString());
            assertEquals(InstanceStatus.RUNNING, instances.get(1).status());
        }
    }

    /** Replaces this test's data folder by one holding the old launcher's database. */
    private DataFolderFixture reopenWithOldDatabase() throws Exception {
        folder.close();
        Path root = Files.createTempDirectory("mai-launcher-old-");
        Files.createDirectories(root.resolve("data/database"));
        OldLauncherDatabase.create(root.resolve("data/database/mailauncher.db"), true);
        return DataFolderFixture.at(root);
    }

    private void awaitEvent(String topic, String id) {
        Object payload = events.await(topic, p -> p instanceof InstanceEvent e && e.instanceId().equals(id), WAIT);
        assertFalse(((InstanceEvent) payload).external(), "this process's change");
    }
}
