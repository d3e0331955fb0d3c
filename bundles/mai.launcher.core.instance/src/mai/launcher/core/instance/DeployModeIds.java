package mai.launcher.core.instance;

import java.util.List;
import java.util.regex.Pattern;

import mai.launcher.core.instance.internal.Messages;

/**
 * The ids of the built-in deploy modes, as stored in {@code instances.deploy_mode}. Plugins add modes with ids of
 * their own, so an instance's mode is a string, not an enum.
 *
 * @since 0.1
 */
public final class DeployModeIds {

    /** MaiBot cloned and run in a Python environment on this machine. */
    public static final String LOCAL = "local"; //$NON-NLS-1$
    /** MaiBot and NapCat in containers of a Docker engine. */
    public static final String DOCKER = "docker"; //$NON-NLS-1$
    /** Docker inside a WSL2 distribution (Windows). */
    public static final String WSL2_DOCKER = "wsl2_docker"; //$NON-NLS-1$

    /** The built-in modes, in the order they are offered. */
    public static final List<String> BUILT_IN = List.of(LOCAL, DOCKER, WSL2_DOCKER);

    private static final Pattern SYNTAX = Pattern.compile("[a-z][a-z0-9_.-]{0,63}"); //$NON-NLS-1$

    private DeployModeIds() {
    }

    /**
     * @param id a mode id
     * @return the mode's name in the user's language for the built-in modes, the id itself for others
     */
    public static String label(String id) {
        return switch (id) {
            case LOCAL -> Messages.modeLocal;
            case DOCKER -> Messages.modeDocker;
            case WSL2_DOCKER -> Messages.modeWsl2Docker;
            default -> id;
        };
    }

    /**
     * @param id a mode id
     * @return whether it has the form of a mode id: lower-case letters, digits, {@code _ . -}, starting with a letter
     */
    public static boolean isWellFormed(String id) {
        return id != null && SYNTAX.matcher(id).matches();
    }
}
