package mai.launcher.core.local.tests;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import mai.launcher.deployment.api.DeployMode;
import mai.launcher.deployment.api.DeployRequest;
import mai.launcher.deployment.api.tests.DeployModeContractTest;
import mai.launcher.tests.support.DataFolderFixture;

/** The local mode, as its bundle registers it, keeps the deploy-mode contract. */
class LocalDeployModeContractTest extends DeployModeContractTest {

    /** The mode's services come up on a data folder. */
    private static DataFolderFixture dataFolder;

    @BeforeAll
    static void registerDataFolder() {
        dataFolder = DataFolderFixture.create();
    }

    @AfterAll
    static void unregisterDataFolder() {
        dataFolder.close();
    }

    @Override
    protected DeployMode mode() {
        return DataFolderFixture.service(DeployMode.class);
    }

    @Override
    protected Map<String, String> typicalOptions() {
        return Map.of(DeployRequest.REPOSITORY, "https://github.com/Mai-with-u/MaiBot.git", DeployRequest.REF, "latest"); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
