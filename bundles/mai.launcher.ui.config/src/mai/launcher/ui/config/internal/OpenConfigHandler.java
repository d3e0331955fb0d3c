package mai.launcher.ui.config.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

import mai.launcher.core.ErrorCode;
import mai.launcher.core.LauncherException;
import mai.launcher.core.LauncherPaths;
import mai.launcher.core.config.maibot.InstanceFiles;
import mai.launcher.core.instance.Instance;
import mai.launcher.ui.LauncherJobs;
import mai.launcher.ui.internal.Services;
import mai.launcher.ui.internal.handlers.SelectedInstanceHandler;

/**
 * Opens one of the selected instance's config files (the command's {@code kind} parameter: bot, model or adapter)
 * in a config editor: the file is found and read in a job, then the editor opens on the UI thread. A file MaiBot has
 * not made yet is explained instead.
 */
public final class OpenConfigHandler extends SelectedInstanceHandler {

    /** The command's parameter: which file. */
    public static final String KIND = "mai.launcher.ui.config.kind"; //$NON-NLS-1$

    @Override
    protected void execute(ExecutionEvent event, Instance instance) {
        FileKind kind = FileKind.valueOf(event.getParameter(KIND).toUpperCase(Locale.ROOT));
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        Path folder = Services.get(LauncherPaths.class).instanceFolder(instance.instancePath());
        LauncherJobs.schedule(NLS.bind(Messages.jobOpen, instance.name()), monitor -> {
            Path file = InstanceFiles.of(folder, instance.deployMode()).config(kind.configKind());
            if (!Files.isRegularFile(file)) {
                throw new LauncherException(ErrorCode.NOT_FOUND, NLS.bind(Messages.fileMissing, file));
            }
            ConfigBuffer buffer;
            try {
                buffer = ConfigBuffer.read(file);
            } catch (IOException e) {
                throw new LauncherException(ErrorCode.IO_ERROR, NLS.bind(Messages.fileUnreadable, file,
                        e.getMessage()), e);
            }
            Display.getDefault().asyncExec(() -> open(window, new ConfigEditorInput(buffer, kind, instance.name())));
        });
    }

    static void open(IWorkbenchWindow window, ConfigEditorInput input) {
        IWorkbenchPage page = (window != null ? window : PlatformUI.getWorkbench().getWorkbenchWindows()[0])
                .getActivePage();
        try {
            page.setEditorAreaVisible(true);
            page.openEditor(input, ConfigEditor.ID);
        } catch (PartInitException e) {
            MessageDialog.openError(page.getWorkbenchWindow().getShell(), Messages.openFailed, e.getMessage());
        }
    }
}
