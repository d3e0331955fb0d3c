package mai.launcher.ui.internal.handlers;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.handlers.HandlerUtil;

import mai.launcher.core.instance.Instance;
import mai.launcher.core.instance.InstanceRegistry;
import mai.launcher.ui.LauncherJobs;
import mai.launcher.ui.internal.Messages;
import mai.launcher.ui.internal.Services;
import mai.launcher.ui.internal.dialogs.NameCheck;

/** Renames the selected instance, checking the new name as the user types. */
public final class RenameInstanceHandler extends SelectedInstanceHandler {

    @Override
    protected void execute(ExecutionEvent event, Instance instance) {
        InputDialog dialog = new InputDialog(HandlerUtil.getActiveShell(event), Messages.renameTitle,
                NLS.bind(Messages.renameMessage, instance.name()), instance.name(),
                text -> NameCheck.problem(text, Selections.namesInUse(event), instance.name()).orElse(null));
        if (dialog.open() == Window.OK && !dialog.getValue().strip().equals(instance.name())) {
            String name = dialog.getValue();
            InstanceRegistry registry = Services.get(InstanceRegistry.class);
            LauncherJobs.schedule(NLS.bind(Messages.jobRename, instance.name()),
                    monitor -> registry.rename(instance.id(), name));
        }
    }
}
