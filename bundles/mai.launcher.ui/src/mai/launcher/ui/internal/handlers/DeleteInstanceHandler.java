package mai.launcher.ui.internal.handlers;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.handlers.HandlerUtil;

import mai.launcher.core.LauncherPaths;
import mai.launcher.core.instance.Instance;
import mai.launcher.core.instance.InstanceRegistry;
import mai.launcher.ui.LauncherJobs;
import mai.launcher.ui.internal.Messages;
import mai.launcher.ui.internal.Services;
import mai.launcher.ui.internal.dialogs.DeleteInstanceDialog;

/** Deletes the selected instance after asking, with its folder only if the user says so. */
public final class DeleteInstanceHandler extends SelectedInstanceHandler {

    @Override
    protected void execute(ExecutionEvent event, Instance instance) {
        String folder = folder(instance);
        DeleteInstanceDialog dialog = new DeleteInstanceDialog(HandlerUtil.getActiveShell(event), instance, folder);
        dialog.open();
        if (dialog.confirmed()) {
            boolean deleteFiles = dialog.deleteFiles();
            InstanceRegistry registry = Services.get(InstanceRegistry.class);
            LauncherJobs.schedule(NLS.bind(Messages.jobDelete, instance.name()),
                    monitor -> registry.delete(instance.id(), deleteFiles, monitor));
        }
    }

    private static String folder(Instance instance) {
        try {
            return Services.get(LauncherPaths.class).instanceFolder(instance.instancePath()).toString();
        } catch (IllegalArgumentException e) {
            return instance.instancePath();
        }
    }
}
