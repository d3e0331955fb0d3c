package mai.launcher.examples.podman.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mai.launcher.deployment.api.Availability;
import mai.launcher.deployment.api.Component;
import mai.launcher.deployment.api.DeployRequest;
import mai.launcher.deployment.api.InstanceRef;
import mai.launcher.examples.podman.PodmanMode;

/** What the Podman mode plans and reports, without Podman. */
class PodmanModeTest {

    @TempDir
    Path folder;

    @Test
    void plansEngineImageAndContainer() throws Exception {
        InstanceRef instance = new InstanceRef("inst_0123456789ab", "p", folder, Map.of()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(List.of("engine", "image", "container"), new PodmanMode() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .plan(new DeployRequest(instance, Map.of())).stream().map(s -> s.id()).toList());
    }

    @Test
    void publishesTheRequestedPort() {
        InstanceRef instance = new InstanceRef("inst_0123456789ab", "p", folder, Map.of(DeployRequest.PORT, "8123")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        List<Component> components = new PodmanMode().components(instance);
        assertEquals(List.of(8123), components.get(0).ports());
    }

    @Test
    void aMissingPodmanIsExplained() {
        Availability availability = new PodmanMode().availability();
        if (!availability.available()) {
            assertTrue(availability.reason().contains("Podman") || availability.reason().contains("podman")); //$NON-NLS-1$ //$NON-NLS-2$
            assertFalse(availability.fix().isBlank());
        }
    }
}
