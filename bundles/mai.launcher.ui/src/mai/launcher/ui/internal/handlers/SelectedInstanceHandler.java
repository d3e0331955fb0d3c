package mai.launcher.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;

import mai.launcher.core.instance.Instance;

/** A command on the one selected instance; does nothing when there is none (its enablement says so already). */
public abstract class SelectedInstanceHandler extends AbstractHandler {

    @Override
    public final Object execute(ExecutionEvent event) throws ExecutionException {
        Selections.selectedInstance(event).ifPresent(instance -> execute(event, instance));
        return null;
    }

    /**
     * @param event    the command's event
     * @param instance the selected instance
     */
    protected abstract void execute(ExecutionEvent event, Instance instance);
}
