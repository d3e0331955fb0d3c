package mai.launcher.core.docker.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import mai.launcher.core.deployment.Deployment;
import mai.launcher.core.deployment.DeploymentService;
import mai.launcher.core.deployment.DeploymentStatus;
import mai.launcher.core.deployment.InstanceRuntime;
import mai.launcher.core.docker.ComposeInfo;
import mai.launcher.core.docker.ContainerInfo;
import mai.launcher.core.docker.DockerEngine;
import mai.launcher.core.docker.DockerProjects;
import mai.launcher.core.instance.Instance;
import mai.launcher.core.instance.InstanceRegistry;
import mai.launcher.core.instance.InstanceSpec;
import mai.launcher.core.storage.Settings;
import mai.launcher.deployment.api.DeployRequest;
import mai.launcher.tests.support.DataFolderFixture;
import mai.launcher.tests.support.FakeDockerImages;

/**
 * The whole life of an instance with compose v1 (Debian's docker-compose, which ./test installs beside the v2 plugin
 * that the other tests use): chosen with the docker.compose setting, deploy, healthy, a component stopped and started,
 * down.
 */
class ComposeV1Test {

    private static DataFolderFixture folder;
    private static Settings settings;

    @BeforeAll
    static void chooseV1() throws Exception {
        FakeDockerImages.build();
        folder = DataFolderFixture.create();
        settings = DataFolderFixture.service(Settings.class);
        settings.set("docker.image.maibot", FakeDockerImages.MAIBOT); //$NON-NLS-1$
        settings.set("docker.image.napcat", FakeDockerImages.NAPCAT); //$NON-NLS-1$
        settings.set("docker.compose", "v1"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @AfterAll
    static void back() throws Exception {
        settings.set("docker.compose", ""); //$NON-NLS-1$ //$NON-NLS-2$
        folder.close();
    }

    @Test
    void anInstanceLivesItsWholeLifeWithComposeV1() throws Exception {
        Optional<ComposeInfo> compose = DataFolderFixture.service(DockerEngine.class).info().compose();
        assertTrue(compose.isPresent(), "docker-compose (v1) is installed: ./test installs it (apt-get install docker-compose)"); //$NON-NLS-1$
        assertEquals(List.of("docker-compose"), compose.get().command()); //$NON-NLS-1$
        assertTrue(compose.get().version().startsWith("1."), compose.get().version()); //$NON-NLS-1$

        InstanceRegistry instances = DataFolderFixture.service(InstanceRegistry.class);
        DockerProjects projects = DataFolderFixture.service(DockerProjects.class);
        InstanceRuntime runtime = DataFolderFixture.service(InstanceRuntime.class);
        Instance instance = instances.create(new InstanceSpec("v1-" + System.nanoTime() % 100000, "docker", "", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                Map.of()));
        try {
            Deployment done = DataFolderFixture.service(DeploymentService.class).deploy(instance.id(),
                    Map.of(DeployRequest.ACCEPT_EULA, "true"), new NullProgressMonitor()); //$NON-NLS-1$
            assertEquals(DeploymentStatus.COMPLETED, done.status(), done.error().orElse("")); //$NON-NLS-1$
            DockerProjectsTest.await("both containers running under compose v1", () -> running(projects, instance) == 2); //$NON-NLS-1$

            runtime.stop(instance.id(), Optional.of("napcat"), new NullProgressMonitor()); //$NON-NLS-1$
            assertEquals(1, running(projects, instance));
            runtime.start(instance.id(), Optional.of("napcat"), new NullProgressMonitor()); //$NON-NLS-1$
            DockerProjectsTest.await("NapCat again", () -> running(projects, instance) == 2); //$NON-NLS-1$
        } finally {
            projects.down(instance.id(), true, line -> { }, null);
        }
        assertEquals(List.of(), projects.containers(instance.id()));
    }

    private static long running(DockerProjects projects, Instance instance) {
        try {
            return projects.containers(instance.id()).stream().filter(ContainerInfo::running).count();
        } catch (Exception e) {
            return -1;
        }
    }
}
