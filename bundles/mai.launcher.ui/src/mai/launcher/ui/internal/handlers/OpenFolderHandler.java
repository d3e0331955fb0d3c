package mai.launcher.ui.internal.handlers;

import java.nio.file.Path;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.program.Program;

import mai.launcher.core.LauncherPaths;
import mai.launcher.core.instance.Instance;
import mai.launcher.ui.internal.Services;

/** Opens the selected instance's folder in the system's file manager. */
public final class OpenFolderHandler extends SelectedInstanceHandler {

    @Override
    protected void execute(ExecutionEvent event, Instance instance) {
        try {
            Path folder = Services.get(LauncherPaths.class).instanceFolder(instance.instancePath());
            Program.launch(folder.toString());
        } catch (IllegalArgumentException e) {
            // an instance path outside deployments/ is not opened
        }
    }
}
