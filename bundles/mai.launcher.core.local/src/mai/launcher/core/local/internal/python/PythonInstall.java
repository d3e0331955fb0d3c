package mai.launcher.core.local.internal.python;

import java.nio.file.Path;

/**
 * A Python interpreter found on this machine.
 *
 * @param executable its path
 * @param version    its version
 * @param canMakeEnvironments whether it has {@code venv} and {@code ensurepip} (Debian's python3 lacks them until
 *                            python3-venv is installed)
 */
public record PythonInstall(Path executable, PythonVersion version, boolean canMakeEnvironments) {
}
