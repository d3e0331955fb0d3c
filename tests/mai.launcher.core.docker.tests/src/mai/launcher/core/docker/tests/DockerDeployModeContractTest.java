package mai.launcher.core.docker.tests;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

import mai.launcher.deployment.api.DeployMode;
import mai.launcher.deployment.api.DeployRequest;
import mai.launcher.deployment.api.tests.DeployModeContractTest;
import mai.launcher.tests.support.DataFolderFixture;

/** The Docker mode, as its bundle registers it, keeps the deploy-mode contract. */
class DockerDeployModeContractTest extends DeployModeContractTest {

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
        DataFolderFixture.service(DeployMode.class); // waits for the modes to come up
        BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();
        try {
            ServiceReference<DeployMode> reference = context
                    .getServiceReferences(DeployMode.class, "(" + DeployMode.ID_PROPERTY + "=docker)").iterator() //$NON-NLS-1$ //$NON-NLS-2$
                    .next();
            return context.getService(reference);
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    protected Map<String, String> typicalOptions() {
        return Map.of(DeployRequest.REF, "latest", DeployRequest.QQ, "123456789"); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
