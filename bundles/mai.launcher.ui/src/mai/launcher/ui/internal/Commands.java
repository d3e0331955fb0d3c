package mai.launcher.ui.internal;

import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.commands.common.CommandException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;

/** The ids of the launcher's commands, and a way to run one from a view. */
public final class Commands {

    /** Opens the New Instance wizard. */
    public static final String NEW_INSTANCE = "mai.launcher.ui.commands.newInstance"; //$NON-NLS-1$
    /** Renames the selected instance. */
    public static final String RENAME_INSTANCE = "mai.launcher.ui.commands.renameInstance"; //$NON-NLS-1$
    /** Deletes the selected instance after asking. */
    public static final String DELETE_INSTANCE = "mai.launcher.ui.commands.deleteInstance"; //$NON-NLS-1$
    /** Shows the Instance Details view. */
    public static final String SHOW_DETAILS = "mai.launcher.ui.commands.showDetails"; //$NON-NLS-1$
    /** Deploys the selected instance. */
    public static final String DEPLOY_INSTANCE = "mai.launcher.ui.commands.deployInstance"; //$NON-NLS-1$
    /** Starts the selected instance. */
    public static final String START_INSTANCE = "mai.launcher.ui.commands.startInstance"; //$NON-NLS-1$
    /** Stops the selected instance. */
    public static final String STOP_INSTANCE = "mai.launcher.ui.commands.stopInstance"; //$NON-NLS-1$
    /** Restarts the selected instance. */
    public static final String RESTART_INSTANCE = "mai.launcher.ui.commands.restartInstance"; //$NON-NLS-1$
    /** Opens the selected instance's folder. */
    public static final String OPEN_FOLDER = "mai.launcher.ui.commands.openFolder"; //$NON-NLS-1$
    /** Opens the Terminal view on an instance (contributed by the terminal bundle). */
    public static final String OPEN_TERMINAL = "mai.launcher.ui.terminal.commands.open"; //$NON-NLS-1$
    /** The optional parameter of instance commands that names the instance instead of the selection. */
    public static final String INSTANCE_PARAMETER = "mai.launcher.ui.commands.instanceId"; //$NON-NLS-1$
    /** Opens the About dialog. */
    public static final String ABOUT = "mai.launcher.ui.commands.about"; //$NON-NLS-1$

    private Commands() {
    }

    /**
     * Runs a command in the active window's context, if it is enabled there.
     *
     * @param id the command
     */
    public static void execute(String id) {
        try {
            PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(id, null);
        } catch (CommandException e) {
            // not enabled for the current selection: nothing to do
        }
    }

    /**
     * Runs a command with parameters, if it is defined (a command of an optional bundle may not be) and enabled.
     *
     * @param id         the command
     * @param parameters its parameters by id
     */
    public static void execute(String id, Map<String, String> parameters) {
        var commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        var command = commands.getCommand(id);
        if (!command.isDefined()) {
            return;
        }
        try {
            PlatformUI.getWorkbench().getService(IHandlerService.class)
                    .executeCommand(ParameterizedCommand.generateCommand(command, parameters), null);
        } catch (CommandException e) {
            // not enabled now: nothing to do
        }
    }
}
