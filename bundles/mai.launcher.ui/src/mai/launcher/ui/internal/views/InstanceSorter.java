package mai.launcher.ui.internal.views;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.TableColumn;

import mai.launcher.core.instance.Instance;

/** Sorts the table by the clicked column; a second click reverses the order. */
final class InstanceSorter extends ViewerComparator {

    private final TableViewer viewer;
    private InstanceColumn column;
    private boolean descending;

    InstanceSorter(TableViewer viewer) {
        this.viewer = viewer;
        viewer.setComparator(this);
    }

    void sortBy(InstanceColumn newColumn, TableColumn header) {
        descending = newColumn == column && !descending;
        column = newColumn;
        viewer.getTable().setSortColumn(header);
        viewer.getTable().setSortDirection(descending ? SWT.DOWN : SWT.UP);
        viewer.refresh();
    }

    @Override
    public int compare(Viewer v, Object a, Object b) {
        int order = column.order.compare((Instance) a, (Instance) b);
        return descending ? -order : order;
    }
}
