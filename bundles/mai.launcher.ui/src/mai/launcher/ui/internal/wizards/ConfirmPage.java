package mai.launcher.ui.internal.wizards;

import java.util.function.Supplier;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

import mai.launcher.ui.internal.Messages;

/** What will be made, and whether to deploy it right away. */
final class ConfirmPage extends WizardPage {

    private final Supplier<String> summary;
    private Text text;
    private Button deployNow;

    ConfirmPage(Supplier<String> summary) {
        super("confirm"); //$NON-NLS-1$
        this.summary = summary;
        setTitle(Messages.wizardConfirmTitle);
        setDescription(Messages.wizardConfirmDescription);
    }

    /** @param label what "deploy now" does in the chosen mode */
    void setDeployLabel(String label) {
        if (deployNow != null && !deployNow.isDisposed()) {
            deployNow.setText(label);
            deployNow.getParent().layout(true, true);
        }
    }

    @Override
    public void createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().margins(8, 8).spacing(8, 12).applyTo(body);
        text = new Text(body, SWT.READ_ONLY | SWT.MULTI | SWT.WRAP);
        text.setBackground(body.getBackground());
        GridDataFactory.fillDefaults().grab(true, true).hint(480, SWT.DEFAULT).applyTo(text);
        deployNow = new Button(body, SWT.CHECK);
        deployNow.setText(Messages.wizardDeployNow);
        deployNow.setSelection(true);
        setControl(body);
    }

    @Override
    public void setVisible(boolean visible) {
        if (visible) {
            text.setText(summary.get());
            text.getParent().layout(true, true);
        }
        super.setVisible(visible);
    }

    boolean deployNow() {
        return deployNow.getSelection();
    }
}
