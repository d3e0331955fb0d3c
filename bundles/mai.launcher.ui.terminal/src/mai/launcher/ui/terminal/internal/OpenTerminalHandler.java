package mai.launcher.ui.terminal.internal;

import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

import mai.launcher.core.instance.Instance;
import mai.launcher.ui.internal.Commands;
import mai.launcher.ui.internal.handlers.Selections;

/**
 * Opens the Terminal view on the components of an instance: the one named by the command's parameter (when Start
 * opens it, without taking the focus), else the selected one.
 */
public final class OpenTerminalHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        String parameter = event.getParameter(Commands.INSTANCE_PARAMETER);
        Optional<String> instanceId = parameter != null ? Optional.of(parameter)
                : Selections.selectedInstance(event).map(Instance::id);
        if (instanceId.isEmpty()) {
            return null;
        }
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        if (window == null) {
            window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
        }
        IWorkbenchPage page = window.getActivePage();
        try {
            int mode = parameter != null ? IWorkbenchPage.VIEW_VISIBLE : IWorkbenchPage.VIEW_ACTIVATE;
            TerminalView view = Adapters.adapt(page.showView(TerminalView.ID, null, mode), TerminalView.class);
            if (view != null) {
                view.open(instanceId.get());
            }
        } catch (PartInitException e) {
            throw new ExecutionException(e.getMessage(), e);
        }
        return null;
    }
}
