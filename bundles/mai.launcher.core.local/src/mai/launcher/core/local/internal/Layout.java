package mai.launcher.core.local.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import mai.launcher.deployment.api.Component;

/**
 * Where things are in a local instance's folder, the old launcher's layout:
 *
 * <pre>
 * deployments/&lt;instance&gt;/
 *   MaiBot/                  the MaiBot clone (bot.py, config/, data/, EULA.md, eula.confirmed, ...)
 *   MaiBot-Napcat-Adapter/   the 0.x adapter's clone (main.py, config.toml)
 *   NapCat/                  a local NapCat, where installed
 *   venv/                    the Python environment
 *   logs/                    the components' output (main.log, napcat-ada.log, rotated .1 .2 .3)
 *   run/                     pid files of running components
 * </pre>
 */
public final class Layout {

    private final Path root;

    /**
     * @param root the instance's folder
     */
    public Layout(Path root) {
        this.root = root;
    }

    /** @return the instance's folder */
    public Path root() {
        return root;
    }

    /** @return the MaiBot clone */
    public Path maibot() {
        return root.resolve("MaiBot"); //$NON-NLS-1$
    }

    /** @return the 0.x adapter's clone */
    public Path adapter() {
        return root.resolve("MaiBot-Napcat-Adapter"); //$NON-NLS-1$
    }

    /** @return a local NapCat */
    public Path napcat() {
        return root.resolve("NapCat"); //$NON-NLS-1$
    }

    /** @return the Python environment */
    public Path venv() {
        return root.resolve("venv"); //$NON-NLS-1$
    }

    /** @return the environment's interpreter */
    public Path venvPython() {
        return windows() ? venv().resolve("Scripts").resolve("python.exe") //$NON-NLS-1$ //$NON-NLS-2$
                : venv().resolve("bin").resolve("python"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** @return the folder of the components' output */
    public Path logs() {
        return root.resolve("logs"); //$NON-NLS-1$
    }

    /**
     * @param componentId a component
     * @return its current log file
     */
    public Path log(String componentId) {
        return logs().resolve(componentId + ".log"); //$NON-NLS-1$
    }

    /**
     * @param componentId a component
     * @return its pid file
     */
    public Path pidFile(String componentId) {
        return root.resolve("run").resolve(componentId + ".pid"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * @param componentId a component
     * @return the folder it runs in
     */
    public Path workingDirectory(String componentId) {
        return switch (componentId) {
            case Component.ADAPTER -> adapter();
            case Component.NAPCAT -> napcat();
            default -> maibot();
        };
    }

    /**
     * NapCat.Shell as its release unpacks: {@code launcher-user.bat} on Windows, {@code start.sh} elsewhere.
     *
     * @return the script that starts a local NapCat, if one is installed
     */
    public Optional<Path> napcatLauncher() {
        Path script = napcat().resolve(windows() ? "launcher-user.bat" : "start.sh"); //$NON-NLS-1$ //$NON-NLS-2$
        return Files.isRegularFile(script) ? Optional.of(script) : Optional.empty();
    }

    /**
     * MaiBot 0.x ships config templates that users copy; 1.x generates its config on first start.
     *
     * @return whether the clone is a 0.x MaiBot
     */
    public boolean isGeneration0() {
        return Files.isRegularFile(maibot().resolve("template").resolve("bot_config_template.toml")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** @return whether this machine runs Windows */
    public static boolean windows() {
        return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}
