package mai.launcher.ui.internal.handlers;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import mai.launcher.core.instance.Instance;
import mai.launcher.ui.internal.views.InstancesView;

/** What the instance commands work on: the selected instance and the names shown in the Instances view. */
public final class Selections {

    private Selections() {
    }

    /**
     * @param event a command's event
     * @return the one instance selected in the active part, or else in the Instances view
     */
    public static Optional<Instance> selectedInstance(ExecutionEvent event) {
        IStructuredSelection selection = HandlerUtil.getCurrentStructuredSelection(event);
        if (selection.size() != 1) {
            selection = instancesView(event).map(InstancesView::selection).orElse(selection);
        }
        return selection.size() == 1 && selection.getFirstElement() instanceof Instance instance
                ? Optional.of(instance)
                : Optional.empty();
    }

    static Set<String> namesInUse(ExecutionEvent event) {
        return instancesView(event).map(InstancesView::names).orElse(Set.of());
    }

    static List<Instance> instances(ExecutionEvent event) {
        return instancesView(event).map(InstancesView::instances).orElse(List.of());
    }

    static Optional<InstancesView> instancesView(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        IWorkbenchPage page = window == null ? null : window.getActivePage();
        return page == null ? Optional.empty()
                : Optional.ofNullable(Adapters.adapt(page.findView(InstancesView.ID), InstancesView.class));
    }
}
