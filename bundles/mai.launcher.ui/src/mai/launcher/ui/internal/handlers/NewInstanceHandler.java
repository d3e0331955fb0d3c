package mai.launcher.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.handlers.HandlerUtil;

import mai.launcher.core.instance.InstanceRegistry;
import mai.launcher.core.instance.InstanceSpec;
import mai.launcher.ui.LauncherJobs;
import mai.launcher.ui.internal.Messages;
import mai.launcher.ui.internal.Services;
import mai.launcher.ui.internal.dialogs.NewInstanceDialog;

/** File &gt; New Instance: asks for the instance, then creates it in a job; the view selects it when it appears. */
public final class NewInstanceHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        NewInstanceDialog dialog = new NewInstanceDialog(HandlerUtil.getActiveShell(event),
                Selections.namesInUse(event));
        if (dialog.open() == NewInstanceDialog.OK) {
            InstanceSpec spec = dialog.result().orElseThrow();
            InstanceRegistry registry = Services.get(InstanceRegistry.class);
            LauncherJobs.schedule(NLS.bind(Messages.jobCreate, spec.name().strip()), monitor -> registry.create(spec));
        }
        return null;
    }
}
