package mai.launcher.ui.config.internal;

import java.util.Optional;

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
import org.eclipse.swt.widgets.Text;

import mai.launcher.core.config.providers.ApiProvider;
import mai.launcher.core.config.providers.ClientType;
import mai.launcher.core.config.providers.Endpoint;
import mai.launcher.core.config.providers.ProviderSpec;

/**
 * Adds or edits an API provider: name, base URL (checked as it is typed), client type, and the key, typed hidden
 * (Show reveals it while typing). Editing leaves the stored key as it is unless a new one is typed.
 */
final class ProviderDialog extends TitleAreaDialog {

    private final Optional<ApiProvider> existing;
    private Text name;
    private Text url;
    private Combo client;
    private Text key;
    private ProviderSpec spec;
    private Optional<String> newKey = Optional.empty();

    ProviderDialog(Shell parent, Optional<ApiProvider> existing) {
        super(parent);
        this.existing = existing;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(existing.isPresent() ? Messages.providerEditTitle : Messages.providerAddTitle);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle(existing.isPresent() ? Messages.providerEditTitle : Messages.providerAddTitle);
        setMessage(Messages.providerDialogMessage);
        Composite area = (Composite) super.createDialogArea(parent);
        Composite body = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        GridLayoutFactory.swtDefaults().numColumns(3).margins(10, 10).spacing(8, 8).applyTo(body);
        name = field(body, Messages.providerName, SWT.BORDER);
        url = field(body, Messages.providerUrl, SWT.BORDER);
        url.setMessage("https://api.deepseek.com"); //$NON-NLS-1$
        new Label(body, SWT.NONE).setText(Messages.providerClient);
        client = new Combo(body, SWT.READ_ONLY);
        for (ClientType type : ClientType.values()) {
            client.add(type.tomlName());
        }
        client.select(0);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(client);
        key = field(body, Messages.providerKey, SWT.BORDER | SWT.PASSWORD);
        Button show = new Button(body, SWT.CHECK);
        show.setText(Messages.providerShowKey);
        show.addListener(SWT.Selection, e -> key.setEchoChar(show.getSelection() ? '\0' : '\u25cf'));
        existing.ifPresent(p -> {
            name.setText(p.name());
            url.setText(p.baseUrl());
            client.select(p.clientType().ordinal());
            key.setMessage(p.hasKey() ? Messages.providerKeyKept : Messages.providerKeyNone);
        });
        name.addModifyListener(e -> validate());
        url.addModifyListener(e -> validate());
        return area;
    }

    private static Text field(Composite body, String label, int style) {
        new Label(body, SWT.NONE).setText(label);
        Text text = new Text(body, style);
        GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT)
                .span((style & SWT.PASSWORD) != 0 ? 1 : 2, 1).applyTo(text);
        return text;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        validate();
    }

    private void validate() {
        Button ok = getButton(IDialogConstants.OK_ID);
        Optional<String> problem = name.getText().isBlank() ? Optional.of(Messages.providerNameNeeded)
                : Endpoint.checkBaseUrl(url.getText());
        setErrorMessage(url.getText().isBlank() && name.getText().isBlank() ? null : problem.orElse(null));
        if (ok != null) {
            ok.setEnabled(problem.isEmpty());
        }
    }

    @Override
    protected void okPressed() {
        spec = new ProviderSpec(name.getText().strip(), url.getText().strip(),
                ClientType.values()[client.getSelectionIndex()], existing.map(ApiProvider::enabled).orElse(true),
                existing.map(ApiProvider::priority).orElse(0));
        newKey = key.getText().isBlank() ? Optional.empty() : Optional.of(key.getText().strip());
        super.okPressed();
    }

    /** @return what was entered */
    ProviderSpec spec() {
        return spec;
    }

    /** @return the key typed, if one was */
    Optional<String> key() {
        return newKey;
    }
}
