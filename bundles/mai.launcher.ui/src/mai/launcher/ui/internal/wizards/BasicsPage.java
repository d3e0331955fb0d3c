package mai.launcher.ui.internal.wizards;

import java.util.Optional;
import java.util.Set;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

import mai.launcher.ui.internal.Messages;

/**
 * The QQ account the bot uses, and the ports MaiBot listens on: offered free of the other instances' ports, so several
 * instances can run side by side; choosing one that another instance has is allowed, with a warning.
 */
final class BasicsPage extends WizardPage {

    private Text qq;
    private Spinner port;
    private Spinner webuiPort;

    private final PortsInUse portsInUse;

    BasicsPage(PortsInUse portsInUse) {
        super("basics"); //$NON-NLS-1$
        this.portsInUse = portsInUse;
        setTitle(Messages.wizardBasicsTitle);
        setDescription(Messages.wizardBasicsDescription);
    }

    @Override
    public void createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(8, 8).spacing(10, 8).applyTo(body);
        new Label(body, SWT.NONE).setText(Messages.wizardQq);
        qq = new Text(body, SWT.BORDER | SWT.SINGLE);
        qq.setMessage(Messages.wizardQqHint);
        qq.setTextLimit(12);
        GridDataFactory.fillDefaults().grab(true, false).hint(240, SWT.DEFAULT).applyTo(qq);
        int messages = portsInUse.free(PortsInUse.MAIBOT_DEFAULT, Set.of());
        port = spinner(body, Messages.wizardPort, messages);
        webuiPort = spinner(body, Messages.wizardWebuiPort, portsInUse.free(messages + 1, Set.of(messages)));
        qq.addModifyListener(e -> validate());
        port.addModifyListener(e -> validate());
        webuiPort.addModifyListener(e -> validate());
        setControl(body);
    }

    private static Spinner spinner(Composite body, String label, int value) {
        new Label(body, SWT.NONE).setText(label);
        Spinner spinner = new Spinner(body, SWT.BORDER);
        spinner.setValues(value, 1, 65535, 0, 1, 100);
        return spinner;
    }

    private void validate() {
        String text = qq.getText().strip();
        String problem = null;
        if (!text.isEmpty() && !text.matches("[1-9]\\d{4,11}")) { //$NON-NLS-1$
            problem = Messages.wizardQqInvalid;
        } else if (port.getSelection() == webuiPort.getSelection()) {
            problem = Messages.wizardPortsSame;
        }
        setErrorMessage(problem);
        setPageComplete(problem == null);
        Optional<String> sharing = portsInUse.owner(port.getSelection())
                .or(() -> portsInUse.owner(webuiPort.getSelection()));
        setMessage(sharing.map(owner -> NLS.bind(Messages.wizardPortShared, owner)).orElse(null), WARNING);
    }

    Optional<String> qq() {
        return Optional.of(qq.getText().strip()).filter(q -> !q.isEmpty());
    }

    int port() {
        return port.getSelection();
    }

    int webuiPort() {
        return webuiPort.getSelection();
    }
}
