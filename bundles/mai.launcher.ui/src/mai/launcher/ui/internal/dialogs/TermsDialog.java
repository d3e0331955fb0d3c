package mai.launcher.ui.internal.dialogs;

import java.util.Map;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import mai.launcher.deployment.api.ConsentDocument;
import mai.launcher.ui.internal.Messages;

/** Shows the texts an instance needs accepted (MaiBot's EULA and privacy terms), one tab each, and asks. */
public final class TermsDialog extends TitleAreaDialog {

    private final String instanceName;
    private final Map<ConsentDocument, String> texts;

    /**
     * @param parent       the parent shell
     * @param instanceName the instance, for the title
     * @param texts        each document with its text
     */
    public TermsDialog(Shell parent, String instanceName, Map<ConsentDocument, String> texts) {
        super(parent);
        this.instanceName = instanceName;
        this.texts = Map.copyOf(texts);
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.termsTitle);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle(Messages.termsTitle);
        setMessage(NLS.bind(Messages.termsMessage, instanceName));
        Composite area = (Composite) super.createDialogArea(parent);
        Composite body = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        GridLayoutFactory.swtDefaults().margins(10, 10).applyTo(body);
        CTabFolder tabs = new CTabFolder(body, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, true).hint(600, 300).applyTo(tabs);
        texts.keySet().stream().sorted((a, b) -> a.title().compareTo(b.title())).forEach(document -> {
            CTabItem tab = new CTabItem(tabs, SWT.NONE);
            tab.setText(document.title());
            Text text = new Text(tabs, SWT.READ_ONLY | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
            text.setText(texts.get(document));
            text.setFont(JFaceResources.getTextFont());
            tab.setControl(text);
            tab.setToolTipText(document.file().toString());
        });
        tabs.setSelection(0);
        Button accept = new Button(body, SWT.CHECK);
        accept.setText(Messages.termsAcceptBox);
        accept.addListener(SWT.Selection, e -> getButton(IDialogConstants.OK_ID).setEnabled(accept.getSelection()));
        return area;
    }

    @Override
    protected Point getInitialSize() {
        Rectangle screen = getShell().getDisplay().getClientArea();
        return new Point(Math.min(780, screen.width - 40), Math.min(600, screen.height - 40));
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.termsAccept, false).setEnabled(false);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, true);
    }
}
