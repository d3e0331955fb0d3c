package mai.launcher.examples.podman.tests;

import mai.launcher.deployment.api.DeployMode;
import mai.launcher.deployment.api.tests.DeployModeContractTest;
import mai.launcher.examples.podman.PodmanMode;

/** The SPI's contract, on the Podman mode (with or without Podman on the machine). */
class PodmanModeContractTest extends DeployModeContractTest {

    @Override
    protected DeployMode mode() {
        return new PodmanMode();
    }
}
