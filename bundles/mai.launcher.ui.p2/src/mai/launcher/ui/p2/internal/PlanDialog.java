package mai.launcher.ui.p2.internal;

import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import mai.launcher.core.p2.Change;
import mai.launcher.core.p2.UntrustedContent;

/** What a change installs, updates and removes, and what of it is unsigned or untrusted; OK applies it. */
final class PlanDialog extends TitleAreaDialog {

    private final String title;
    private final List<Change> changes;
    private final List<UntrustedContent> untrusted;

    PlanDialog(Shell shell, String title, List<Change> changes, List<UntrustedContent> untrusted) {
        super(shell);
        this.title = title;
        this.changes = changes;
        this.untrusted = untrusted;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        getShell().setText(title);
        setTitle(title);
        setMessage(Messages.planMessage);
        Composite body = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        org.eclipse.jface.layout.GridLayoutFactory.swtDefaults().applyTo(body);
        Table table = new Table(body, SWT.BORDER | SWT.FULL_SELECTION);
        table.setHeaderVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).hint(560, 140).applyTo(table);
        for (String column : new String[] { Messages.columnChange, Messages.columnName, Messages.columnVersion }) {
            new TableColumn(table, SWT.LEFT).setText(column);
        }
        for (Change change : changes) {
            TableItem item = new TableItem(table, SWT.NONE);
            String kind = change.isInstall() ? Messages.changeInstall
                    : change.isRemoval() ? Messages.changeRemove : Messages.changeUpdate;
            String version = change.isInstall() ? change.toVersion()
                    : change.isRemoval() ? change.fromVersion() : change.fromVersion() + " \u2192 " + change.toVersion(); //$NON-NLS-1$
            item.setText(new String[] { kind, change.name(), version });
        }
        for (TableColumn column : table.getColumns()) {
            column.pack();
        }
        if (!untrusted.isEmpty()) {
            setMessage(Messages.untrustedWarning, org.eclipse.jface.dialogs.IMessageProvider.WARNING);
            Label warning = new Label(body, SWT.WRAP);
            warning.setText(Messages.untrustedList);
            GridDataFactory.fillDefaults().grab(true, false).hint(560, SWT.DEFAULT).applyTo(warning);
            Table list = new Table(body, SWT.BORDER);
            GridDataFactory.fillDefaults().grab(true, false).hint(560, 90).applyTo(list);
            for (UntrustedContent u : untrusted) {
                new TableItem(list, SWT.NONE).setText(u.id() + " " + u.version() + ": " + u.reason()); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, untrusted.isEmpty() ? Messages.apply : Messages.applyAnyway, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }
}
