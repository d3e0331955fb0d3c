package mai.launcher.ui.internal.wizards;

import java.util.Optional;
import java.util.Set;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import mai.launcher.core.instance.InstanceNames;
import mai.launcher.ui.internal.Messages;
import mai.launcher.ui.internal.dialogs.NameCheck;

/** The instance's name (checked as it is typed) and an optional description. */
final class NamePage extends WizardPage {

    private final Set<String> namesInUse;
    private Text name;
    private Text description;

    NamePage(Set<String> namesInUse) {
        super("name"); //$NON-NLS-1$
        this.namesInUse = Set.copyOf(namesInUse);
        setTitle(Messages.wizardNameTitle);
        setDescription(Messages.wizardNameDescription);
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(8, 8).spacing(10, 8).applyTo(body);
        new Label(body, SWT.NONE).setText(Messages.newInstanceName);
        name = new Text(body, SWT.BORDER | SWT.SINGLE);
        name.setMessage(Messages.newInstanceNameHint);
        name.setTextLimit(InstanceNames.MAX_LENGTH * 2);
        GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(name);
        Label descriptionLabel = new Label(body, SWT.NONE);
        descriptionLabel.setText(Messages.newInstanceDescription);
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(descriptionLabel);
        description = new Text(body, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).hint(360, 60).applyTo(description);
        name.addModifyListener(e -> validate());
        setControl(body);
    }

    private void validate() {
        Optional<String> problem = NameCheck.problem(name.getText(), namesInUse, null);
        setErrorMessage(problem.filter(p -> !name.getText().isEmpty()).orElse(null));
        setPageComplete(problem.isEmpty());
    }

    String name() {
        return name.getText();
    }

    String description() {
        return description.getText();
    }
}
