package mai.launcher.ui.p2.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

import mai.launcher.core.LauncherException;
import mai.launcher.core.p2.UpdateSite;
import mai.launcher.core.p2.UpdateSites;
import mai.launcher.core.storage.Settings;
import mai.launcher.ui.LauncherJobs;

/**
 * The update sites: the launcher's own (preset) and the user's, each enabled or not, whether plain http is allowed,
 * and the certificates the user trusts besides Java's authorities. Kept in the launcher's settings, shared with the
 * command line ({@code update.site}, {@code update.sites}, {@code update.allow-http},
 * {@code update.trusted-certificates}), read and written in jobs.
 */
public final class UpdateSitesPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

    private final List<UpdateSite> sites = new ArrayList<>();
    private boolean loaded;
    private Table table;
    private Button allowHttp;
    private Text certificates;

    @Override
    public void init(IWorkbench workbench) {
        setDescription(Messages.sitesDescription);
        noDefaultButton(); // the sites are the user's own: nothing to restore
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(body);
        table = new Table(body, SWT.BORDER | SWT.CHECK | SWT.FULL_SELECTION | SWT.SINGLE);
        GridDataFactory.fillDefaults().grab(true, true).hint(400, 160).applyTo(table);
        Composite buttons = new Composite(body, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(buttons);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
        Button add = button(buttons, Messages.add);
        Button remove = button(buttons, Messages.remove);
        allowHttp = new Button(body, SWT.CHECK);
        allowHttp.setText(Messages.allowHttp);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(allowHttp);
        Label certificatesLabel = new Label(body, SWT.NONE);
        certificatesLabel.setText(Messages.certificatesLabel);
        GridDataFactory.fillDefaults().span(2, 1).indent(0, 8).applyTo(certificatesLabel);
        certificates = new Text(body, SWT.BORDER);
        certificates.setMessage(Messages.certificatesNone);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(certificates);
        Button browse = button(body, Messages.browse);
        browse.addListener(SWT.Selection, e -> browse());
        Label note = new Label(body, SWT.WRAP);
        note.setText(Messages.sitesNote);
        GridDataFactory.fillDefaults().span(2, 1).hint(400, SWT.DEFAULT).applyTo(note);
        load(body.getDisplay(), add);
        add.addListener(SWT.Selection, e -> add());
        remove.addListener(SWT.Selection, e -> {
            int index = table.getSelectionIndex();
            if (index >= 0 && !sites.get(index).preset()) {
                sites.remove(index);
                refresh();
            }
        });
        table.addListener(SWT.Selection, e -> {
            int index = table.getSelectionIndex();
            remove.setEnabled(index >= 0 && !sites.get(index).preset());
            if (e.detail == SWT.CHECK && e.item instanceof TableItem item) {
                int checked = table.indexOf(item);
                UpdateSite site = sites.get(checked);
                sites.set(checked, new UpdateSite(site.uri(), item.getChecked() || site.preset(), site.preset()));
                item.setChecked(item.getChecked() || site.preset());
            }
        });
        remove.setEnabled(false);
        return body;
    }

    /** Reads the settings in a job; the page is filled, and can be changed, once they are read. */
    private void load(Display display, Button add) {
        List<Control> editors = List.of(table, add, allowHttp, certificates);
        editors.forEach(c -> c.setEnabled(false));
        LauncherJobs.schedule(Messages.sitesLoading, monitor -> {
            Settings settings = P2Ui.service(Settings.class);
            List<UpdateSite> read = UpdateSites.read(settings);
            boolean http = UpdateSites.allowHttp(settings);
            String trusted = settings.get(UpdateSites.TRUSTED_CERTIFICATES).orElse(""); //$NON-NLS-1$
            display.asyncExec(() -> {
                if (table.isDisposed()) {
                    return;
                }
                sites.addAll(read);
                allowHttp.setSelection(http);
                certificates.setText(trusted);
                refresh();
                loaded = true;
                editors.forEach(c -> c.setEnabled(true));
            });
        });
    }

    private void browse() {
        FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
        dialog.setFilterExtensions(new String[] { "*.pem;*.crt;*.cer", "*" }); //$NON-NLS-1$ //$NON-NLS-2$
        String chosen = dialog.open();
        if (chosen != null) {
            certificates.setText(chosen);
        }
    }

    private static Button button(Composite parent, String text) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        GridDataFactory.fillDefaults().applyTo(button);
        return button;
    }

    private void add() {
        InputDialog input = new InputDialog(getShell(), Messages.addTitle, Messages.addMessage, "https://", text -> { //$NON-NLS-1$
            try {
                UpdateSites.parse(text);
                return null;
            } catch (LauncherException e) {
                return e.getMessage();
            }
        });
        if (input.open() == Window.OK) {
            try {
                sites.add(new UpdateSite(UpdateSites.parse(input.getValue()), true, false));
                refresh();
            } catch (LauncherException e) {
                setErrorMessage(e.getMessage());
            }
        }
    }

    private void refresh() {
        table.removeAll();
        for (UpdateSite site : sites) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(site.preset() ? site.uri() + "  " + Messages.presetSuffix : site.uri().toString()); //$NON-NLS-1$
            item.setChecked(site.enabled());
        }
    }

    /**
     * Writes the settings in a job (a failure is shown as the job's error; a file without certificates is refused
     * and the setting left as it was); nothing is written before they were read.
     */
    @Override
    public boolean performOk() {
        if (!loaded) {
            return true;
        }
        List<UpdateSite> chosen = List.copyOf(sites);
        boolean http = allowHttp.getSelection();
        String trusted = certificates.getText();
        LauncherJobs.schedule(Messages.sitesSaving, monitor -> {
            Settings settings = P2Ui.service(Settings.class);
            UpdateSites.write(settings, chosen);
            settings.set(UpdateSites.ALLOW_HTTP, Boolean.toString(http));
            UpdateSites.trustCertificates(settings, trusted);
        });
        return true;
    }
}
