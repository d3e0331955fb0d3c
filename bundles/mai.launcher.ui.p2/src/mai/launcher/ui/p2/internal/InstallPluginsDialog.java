package mai.launcher.ui.p2.internal;

import java.net.URI;
import java.util.List;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import mai.launcher.core.LauncherException;
import mai.launcher.core.p2.AvailableFeature;
import mai.launcher.core.p2.Provisioning;
import mai.launcher.core.p2.UpdateSites;
import mai.launcher.core.storage.Settings;

/**
 * Install Plugins: a repository's features by category, with name, version, provider and description. The
 * repository is read in a background job; its errors show in the dialog.
 */
public final class InstallPluginsDialog extends TitleAreaDialog {

    private Combo repositoryField;
    private Table table;
    private Text description;
    private List<AvailableFeature> features = List.of();
    private URI repository;
    private AvailableFeature chosen;
    private Job loading;

    /** @param shell the parent window */
    public InstallPluginsDialog(Shell shell) {
        super(shell);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        getShell().setText(Messages.installTitle);
        setTitle(Messages.installTitle);
        setMessage(Messages.installMessage);
        Composite body = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(body);
        new Label(body, SWT.NONE).setText(Messages.repositoryLabel);
        repositoryField = new Combo(body, SWT.BORDER | SWT.DROP_DOWN);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(repositoryField);
        try {
            UpdateSites.read(P2Ui.service(Settings.class)).forEach(s -> repositoryField.add(s.uri().toString()));
        } catch (LauncherException e) {
            setErrorMessage(e.getMessage());
        }
        Button load = new Button(body, SWT.PUSH);
        load.setText(Messages.load);
        load.addListener(SWT.Selection, e -> load());
        repositoryField.addListener(SWT.DefaultSelection, e -> load());

        table = new Table(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.setHeaderVisible(true);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, true).hint(620, 200).applyTo(table);
        for (String column : new String[] { Messages.columnCategory, Messages.columnName, Messages.columnVersion,
                Messages.columnProvider, Messages.columnInstalled }) {
            new TableColumn(table, SWT.LEFT).setText(column);
        }
        table.addListener(SWT.Selection, e -> select());
        description = new Text(body, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(620, 70).applyTo(description);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.installButton, true).setEnabled(false);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    /** Reads the repository typed or chosen, in the background. */
    void load() {
        String text = repositoryField.getText();
        setErrorMessage(null);
        try {
            repository = UpdateSites.parse(text);
        } catch (LauncherException e) {
            setErrorMessage(e.getMessage());
            return;
        }
        URI uri = repository;
        setMessage(Messages.bind(Messages.loading, uri));
        table.removeAll();
        getButton(IDialogConstants.OK_ID).setEnabled(false);
        if (loading != null) {
            loading.cancel();
        }
        loading = Job.create(Messages.bind(Messages.loading, uri), monitor -> {
            try {
                Settings settings = P2Ui.service(Settings.class);
                List<AvailableFeature> found = P2Ui.service(Provisioning.class).available(uri,
                        UpdateSites.allowHttp(settings), monitor);
                show(uri, found, null);
            } catch (LauncherException e) {
                show(uri, List.of(), e.getMessage());
            }
            return Status.OK_STATUS;
        });
        loading.setSystem(true);
        loading.schedule();
    }

    private void show(URI uri, List<AvailableFeature> found, String error) {
        Shell shell = getShell();
        if (shell == null || shell.isDisposed()) {
            return;
        }
        shell.getDisplay().asyncExec(() -> {
            if (table.isDisposed() || !uri.equals(repository)) {
                return;
            }
            features = found;
            if (error != null) {
                setErrorMessage(error);
                return;
            }
            setMessage(found.isEmpty() ? Messages.noFeatures : Messages.installMessage);
            for (AvailableFeature f : found) {
                new TableItem(table, SWT.NONE).setText(new String[] {
                        f.category().isEmpty() ? Messages.uncategorized : f.category(), f.name(), f.version(),
                        f.provider(), f.installedVersion() });
            }
            for (TableColumn column : table.getColumns()) {
                column.pack();
            }
        });
    }

    private void select() {
        int index = table.getSelectionIndex();
        chosen = index < 0 || index >= features.size() ? null : features.get(index);
        description.setText(chosen == null ? "" //$NON-NLS-1$
                : chosen.name() + " (" + chosen.id() + ")\n" + chosen.description()); //$NON-NLS-1$ //$NON-NLS-2$
        getButton(IDialogConstants.OK_ID)
                .setEnabled(chosen != null && !chosen.installedVersion().equals(chosen.version()));
    }

    /** @return the repository the chosen feature is in */
    public URI repository() {
        return repository;
    }

    /** @return the feature to install, or {@code null} */
    public AvailableFeature chosen() {
        return chosen;
    }

    /** @return the features shown (for tests) */
    public List<AvailableFeature> features() {
        return features;
    }

    /** @param text a repository to show (for tests and for callers that know it) */
    public void setRepository(String text) {
        repositoryField.setText(text);
        load();
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    public boolean close() {
        if (loading != null) {
            loading.cancel();
        }
        return super.close();
    }
}
