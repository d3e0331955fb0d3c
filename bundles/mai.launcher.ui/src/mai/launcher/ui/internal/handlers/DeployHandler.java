package mai.launcher.ui.internal.handlers;

import java.util.Map;

import org.eclipse.core.commands.ExecutionEvent;

import mai.launcher.core.instance.Instance;
import mai.launcher.ui.internal.DeployFlow;

/** Deploys the selected instance, or continues its last unfinished deployment. */
public final class DeployHandler extends SelectedInstanceHandler {

    @Override
    protected void execute(ExecutionEvent event, Instance instance) {
        DeployFlow.deploy(instance.id(), instance.name(), Map.of());
    }
}
