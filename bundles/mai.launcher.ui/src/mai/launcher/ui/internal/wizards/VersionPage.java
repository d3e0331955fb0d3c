package mai.launcher.ui.internal.wizards;

import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import mai.launcher.ui.internal.Messages;

/** Which MaiBot: the repository (empty for the configured one) and the version (newest release, a tag, a branch). */
final class VersionPage extends WizardPage {

    private static final String LATEST = "latest"; //$NON-NLS-1$

    private Text repository;
    private Combo version;

    VersionPage() {
        super("version"); //$NON-NLS-1$
        setTitle(Messages.wizardVersionTitle);
        setDescription(Messages.wizardVersionDescription);
    }

    @Override
    public void createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(8, 8).spacing(10, 8).applyTo(body);
        new Label(body, SWT.NONE).setText(Messages.wizardVersion);
        version = new Combo(body, SWT.DROP_DOWN);
        version.setItems(LATEST, "main"); //$NON-NLS-1$
        version.setText(LATEST);
        GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(version);
        new Label(body, SWT.NONE).setText(Messages.wizardRepository);
        repository = new Text(body, SWT.BORDER | SWT.SINGLE);
        repository.setMessage(Messages.wizardRepositoryHint);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(repository);
        Label hint = new Label(body, SWT.WRAP);
        hint.setText(Messages.wizardVersionHint);
        GridDataFactory.fillDefaults().span(2, 1).hint(480, SWT.DEFAULT).applyTo(hint);
        version.addModifyListener(e -> setPageComplete(!version.getText().isBlank()));
        setControl(body);
    }

    Optional<String> repository() {
        return Optional.of(repository.getText().strip()).filter(r -> !r.isEmpty());
    }

    String ref() {
        return version.getText().isBlank() ? LATEST : version.getText().strip();
    }
}
