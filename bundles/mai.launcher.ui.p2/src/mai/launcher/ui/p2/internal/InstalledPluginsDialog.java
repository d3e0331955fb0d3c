package mai.launcher.ui.p2.internal;

import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import mai.launcher.core.LauncherException;
import mai.launcher.core.p2.InstalledFeature;
import mai.launcher.core.p2.Provisioning;

/** Installed Plugins: what is installed, built-in or added; Uninstall removes the chosen plugin. */
public final class InstalledPluginsDialog extends TitleAreaDialog {

    private static final int UNINSTALL = IDialogConstants.CLIENT_ID + 1;

    private List<InstalledFeature> installed = List.of();
    private Table table;
    private InstalledFeature toUninstall;

    /** @param shell the parent window */
    public InstalledPluginsDialog(Shell shell) {
        super(shell);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        getShell().setText(Messages.installedTitle);
        setTitle(Messages.installedTitle);
        setMessage(Messages.installedMessage);
        table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.setHeaderVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).hint(620, 220).indent(8, 8).applyTo(table);
        for (String column : new String[] { Messages.columnName, Messages.columnVersion, Messages.columnProvider,
                Messages.columnKind }) {
            new TableColumn(table, SWT.LEFT).setText(column);
        }
        try {
            // A read of the local profile: fast, no network.
            installed = P2Ui.service(Provisioning.class).installed();
        } catch (LauncherException e) {
            setErrorMessage(e.getMessage());
        }
        for (InstalledFeature f : installed) {
            new TableItem(table, SWT.NONE).setText(new String[] { f.name(), f.version(), f.provider(),
                    f.plugin() ? Messages.kindPlugin : Messages.kindBuiltIn });
        }
        for (TableColumn column : table.getColumns()) {
            column.pack();
        }
        table.addListener(SWT.Selection, e -> {
            int index = table.getSelectionIndex();
            getButton(UNINSTALL).setEnabled(index >= 0 && installed.get(index).plugin());
        });
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, UNINSTALL, Messages.uninstall, false).setEnabled(false);
        createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == UNINSTALL) {
            toUninstall = installed.get(table.getSelectionIndex());
            setReturnCode(OK);
            close();
        } else {
            setReturnCode(CANCEL);
            close();
        }
    }

    /** @return the plugin to uninstall, or {@code null} */
    public InstalledFeature toUninstall() {
        return toUninstall;
    }

    @Override
    protected boolean isResizable() {
        return true;
    }
}
