package mai.launcher.deployment.api.tests.example;

import mai.launcher.deployment.api.DeployMode;
import mai.launcher.deployment.api.tests.DeployModeContractTest;

/** How a plugin runs the contract tests on its mode: subclass them and return the mode. */
class MinimalDeployModeContractTest extends DeployModeContractTest {

    @Override
    protected DeployMode mode() {
        return new MinimalDeployMode();
    }
}
