package mai.launcher.ui.internal.dialogs;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

import mai.launcher.core.instance.Instance;
import mai.launcher.ui.internal.Messages;

/** Asks before deleting an instance, and whether its folder goes too (it stays unless the user ticks the box). */
public final class DeleteInstanceDialog extends MessageDialog {

    private final String folder;
    private Button deleteFiles;
    private boolean filesToo;

    /**
     * @param parent   the parent shell
     * @param instance the instance to delete
     * @param folder   its folder, as shown to the user
     */
    public DeleteInstanceDialog(Shell parent, Instance instance, String folder) {
        super(parent, Messages.deleteTitle, null, NLS.bind(Messages.deleteQuestion, instance.name(), instance.id()),
                MessageDialog.WARNING, 1, Messages.deleteButton, IDialogConstants.CANCEL_LABEL);
        this.folder = folder;
    }

    @Override
    protected Control createCustomArea(Composite parent) {
        deleteFiles = new Button(parent, SWT.CHECK);
        deleteFiles.setText(NLS.bind(Messages.deleteFilesToo, folder));
        deleteFiles.addListener(SWT.Selection, e -> filesToo = deleteFiles.getSelection());
        return deleteFiles;
    }

    /** @return whether the user chose to delete the folder as well */
    public boolean deleteFiles() {
        return filesToo;
    }

    /** @return whether the user pressed Delete */
    public boolean confirmed() {
        return getReturnCode() == 0;
    }
}
