package mai.launcher.ui.internal.dialogs;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

import mai.launcher.core.LauncherPaths;
import mai.launcher.ui.internal.Images;
import mai.launcher.ui.internal.Messages;

/** The product's name, version, data folder and runtime, with a button that copies them for a bug report. */
public final class AboutDialog extends Dialog {

    private static final int COPY_ID = IDialogConstants.CLIENT_ID + 1;

    private final LauncherPaths paths;

    /**
     * @param parent the parent shell
     * @param paths  the data folder in use
     */
    public AboutDialog(Shell parent, LauncherPaths paths) {
        super(parent);
        this.paths = paths;
    }

    /** @return the version of the launcher */
    public static String version() {
        return FrameworkUtil.getBundle(AboutDialog.class).getVersion().toString();
    }

    private String details() {
        return NLS.bind(Messages.aboutDetails, new Object[] { version(), paths.root(),
                System.getProperty("java.vendor") + " " + System.getProperty("java.version"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                        + System.getProperty("os.arch") }); //$NON-NLS-1$
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.aboutTitle);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(16, 16).spacing(16, 8).applyTo(area);
        LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources(), area);
        Label image = new Label(area, SWT.NONE);
        image.setImage(resources.create(Images.descriptor(Images.LAUNCHER_64)));
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).span(1, 2).applyTo(image);
        Label name = new Label(area, SWT.NONE);
        Version version = FrameworkUtil.getBundle(AboutDialog.class).getVersion();
        name.setText(NLS.bind(Messages.aboutHeadline, version.getMajor() + "." + version.getMinor() + "." //$NON-NLS-1$ //$NON-NLS-2$
                + version.getMicro()));
        name.setFont(JFaceResources.getHeaderFont());
        Text details = new Text(area, SWT.READ_ONLY | SWT.MULTI | SWT.WRAP);
        details.setText(details());
        details.setBackground(area.getBackground());
        GridDataFactory.fillDefaults().grab(true, true).hint(440, SWT.DEFAULT).applyTo(details);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, COPY_ID, Messages.aboutCopy, false);
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == COPY_ID) {
            Clipboard clipboard = new Clipboard(getShell().getDisplay());
            try {
                clipboard.setContents(new Object[] { details() }, new Transfer[] { TextTransfer.getInstance() });
            } finally {
                clipboard.dispose();
            }
            return;
        }
        super.buttonPressed(buttonId);
    }
}
