package mai.launcher.ui.internal;

import org.eclipse.core.commands.common.CommandException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;

/** The ids of the launcher's commands, and a way to run one from a view. */
public final class Commands {

    /** Opens the New Instance dialog. */
    public static final String NEW_INSTANCE = "mai.launcher.ui.commands.newInstance"; //$NON-NLS-1$
    /** Renames the selected instance. */
    public static final String RENAME_INSTANCE = "mai.launcher.ui.commands.renameInstance"; //$NON-NLS-1$
    /** Deletes the selected instance after asking. */
    public static final String DELETE_INSTANCE = "mai.launcher.ui.commands.deleteInstance"; //$NON-NLS-1$
    /** Shows the Instance Details view. */
    public static final String SHOW_DETAILS = "mai.launcher.ui.commands.showDetails"; //$NON-NLS-1$
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
}
