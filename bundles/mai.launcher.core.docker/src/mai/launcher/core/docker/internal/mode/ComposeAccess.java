package mai.launcher.core.docker.internal.mode;

import mai.launcher.core.LauncherException;
import mai.launcher.core.docker.internal.ComposeCli;
import mai.launcher.deployment.api.InstanceRef;

/**
 * How the compose steps reach an instance's compose project: through this machine's Docker engine, or through
 * {@code wsl.exe} to Docker inside WSL (the Windows fragment {@code mai.launcher.core.docker.wsl}).
 */
public interface ComposeAccess {

    /**
     * @param instance an instance
     * @return compose for its project
     * @throws LauncherException when compose is missing or the project was not written yet
     */
    ComposeCli compose(InstanceRef instance) throws LauncherException;

    /**
     * @param instance an instance
     * @param port     a host port
     * @return whether one of the instance's own running containers publishes it
     */
    boolean ownPort(InstanceRef instance, int port);
}
