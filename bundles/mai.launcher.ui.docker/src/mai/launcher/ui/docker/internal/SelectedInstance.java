package mai.launcher.ui.docker.internal;

import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.e4.ui.workbench.modeling.ISelectionListener;
import org.eclipse.jface.viewers.IStructuredSelection;

import mai.launcher.core.instance.Instance;

/** Follows the instance selected in the Instances view (the Docker views show the one selected last). */
final class SelectedInstance implements AutoCloseable {

    /** The Instances view. */
    static final String INSTANCES_VIEW = "mai.launcher.ui.views.instances"; //$NON-NLS-1$

    private final ESelectionService selection;
    private final ISelectionListener listener;

    /**
     * @param selection the window's selection service
     * @param changed   told of each newly selected instance (on the UI thread), and at once of the current one
     */
    SelectedInstance(ESelectionService selection, Consumer<Instance> changed) {
        this.selection = selection;
        this.listener = (part, selected) -> instance(selected).ifPresent(changed);
        selection.addSelectionListener(INSTANCES_VIEW, listener);
        instance(selection.getSelection(INSTANCES_VIEW)).ifPresent(changed);
    }

    private static Optional<Instance> instance(Object selected) {
        if (selected instanceof IStructuredSelection structured && structured.size() == 1
                && structured.getFirstElement() instanceof Instance instance) {
            return Optional.of(instance);
        }
        return Optional.empty();
    }

    @Override
    public void close() {
        selection.removeSelectionListener(INSTANCES_VIEW, listener);
    }
}
