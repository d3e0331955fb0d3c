package mai.launcher.ui.config.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

import mai.launcher.core.ErrorCode;
import mai.launcher.core.LauncherException;
import mai.launcher.core.LauncherPaths;
import mai.launcher.core.config.maibot.InstanceFiles;
import mai.launcher.core.config.maibot.WiringCheck;
import mai.launcher.core.config.maibot.WiringReport;
import mai.launcher.core.instance.Instance;
import mai.launcher.ui.LauncherJobs;
import mai.launcher.ui.internal.Services;
import mai.launcher.ui.internal.handlers.SelectedInstanceHandler;

/** Check Wiring: compares both ends of each connection of the selected instance in a job, then shows the result. */
public final class CheckWiringHandler extends SelectedInstanceHandler {

    @Override
    protected void execute(ExecutionEvent event, Instance instance) {
        Shell shell = HandlerUtil.getActiveShell(event);
        Path folder = Services.get(LauncherPaths.class).instanceFolder(instance.instancePath());
        LauncherJobs.schedule(NLS.bind(Messages.jobCheckWiring, instance.name()), monitor -> {
            WiringReport report;
            try {
                report = WiringCheck.check(InstanceFiles.of(folder, instance.deployMode()));
            } catch (IOException e) {
                throw new LauncherException(ErrorCode.IO_ERROR, e.getMessage(), e);
            }
            Display.getDefault().asyncExec(() -> new WiringDialog(shell, instance.name(), report).open());
        });
    }
}
