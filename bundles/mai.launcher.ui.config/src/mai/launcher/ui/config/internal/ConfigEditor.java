package mai.launcher.ui.config.internal;

import java.io.IOException;
import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.MultiPageEditorPart;

import mai.launcher.core.config.ConfigException;
import mai.launcher.core.config.TomlPath;

/**
 * An editor on one TOML config file of an instance: a form for the keys most users change (where the file is one
 * the launcher knows) and the text itself, both on the same text. Saving writes only valid TOML, atomically, with
 * the previous version kept; a file another program changed meanwhile is noticed when the editor comes to the front
 * and when saving, and the user chooses to reload it or keep their version.
 */
public final class ConfigEditor extends MultiPageEditorPart {

    /** The editor's id. */
    public static final String ID = "mai.launcher.ui.config.editor"; //$NON-NLS-1$

    private ConfigBuffer buffer;
    private FileKind kind;
    private SourcePage source;
    private KeyForm form;
    private ModelForm modelForm;
    private boolean dirtyShown;
    private boolean keepMine;
    private final IPartListener2 activation = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference reference) {
            if (reference.getPart(false) == ConfigEditor.this) {
                checkDisk();
            }
        }
    };

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof ConfigEditorInput configInput)) {
            throw new PartInitException(NLS.bind(Messages.notAConfig, input.getName()));
        }
        super.init(site, input);
        buffer = configInput.buffer();
        kind = configInput.kind();
        setPartName(input.getName());
        setTitleToolTip(input.getToolTipText());
        site.getPage().addPartListener(activation);
    }

    @Override
    protected void createPages() {
        LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources(), getContainer());
        if (kind == FileKind.MODEL) {
            modelForm = new ModelForm(getContainer(), buffer);
            setPageText(addPage(modelForm.control()), Messages.pageModels);
        }
        if (!kind.fields().isEmpty()) {
            form = new KeyForm(getContainer(), buffer, kind.fields(), NLS.bind(Messages.formTitle,
                    buffer.file().getFileName()));
            setPageText(addPage(form.control()), Messages.pageForm);
        }
        source = new SourcePage(getContainer(), buffer, resources);
        setPageText(addPage(source.control()), Messages.pageSource);
        buffer.text().addDocumentListener(new IDocumentListener() {
            @Override
            public void documentAboutToBeChanged(DocumentEvent event) {
                // nothing before
            }

            @Override
            public void documentChanged(DocumentEvent event) {
                updateDirty();
            }
        });
        IHandlerService handlers = getSite().getService(IHandlerService.class);
        handlers.activateHandler(IWorkbenchCommandConstants.EDIT_UNDO, handler(() -> source.undo().undo()));
        handlers.activateHandler(IWorkbenchCommandConstants.EDIT_REDO, handler(() -> source.undo().redo()));
    }

    private static AbstractHandler handler(Runnable action) {
        return new AbstractHandler() {
            @Override
            public Object execute(ExecutionEvent event) {
                action.run();
                return null;
            }
        };
    }

    private void updateDirty() {
        boolean dirty = buffer.dirty();
        if (dirty != dirtyShown) {
            dirtyShown = dirty;
            firePropertyChange(PROP_DIRTY);
        }
    }

    @Override
    public boolean isDirty() {
        return buffer != null && buffer.dirty();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        try {
            buffer.save(keepMine);
            keepMine = false;
        } catch (ConfigBuffer.ChangedOnDisk e) {
            int choice = new MessageDialog(getSite().getShell(), Messages.changedTitle, null,
                    NLS.bind(Messages.changedWhileSaving, buffer.file()), MessageDialog.QUESTION,
                    0, Messages.keepMine, Messages.reload, Messages.cancel).open();
            if (choice == 0) {
                keepMine = true;
                doSave(monitor);
                return;
            }
            if (choice == 1) {
                reload();
            }
            cancel(monitor);
        } catch (ConfigException e) {
            MessageDialog.openError(getSite().getShell(), Messages.notSavedTitle, NLS.bind(Messages.notSavedInvalid,
                    buffer.file().getFileName(), e.getMessage()));
            e.position().ifPresent(position -> {
                setActivePage(sourcePage());
                source.revealLine(position.line());
            });
            cancel(monitor);
        } catch (IOException e) {
            MessageDialog.openError(getSite().getShell(), Messages.notSavedTitle,
                    NLS.bind(Messages.notSavedIo, buffer.file(), e.getMessage()));
            cancel(monitor);
        }
        updateDirty();
    }

    private static void cancel(IProgressMonitor monitor) {
        if (monitor != null) {
            monitor.setCanceled(true);
        }
    }

    private int sourcePage() {
        return form == null && modelForm == null ? 0 : 1;
    }

    /** When the editor comes to the front: has another program (or MaiBot itself) changed the file? */
    private void checkDisk() {
        try {
            if (keepMine || !buffer.changedOnDisk()) {
                return;
            }
        } catch (IOException e) {
            return; // deleted or unreadable: saving will say so
        }
        if (!buffer.dirty()) {
            reload();
            return;
        }
        boolean reload = MessageDialog.open(MessageDialog.QUESTION, getSite().getShell(), Messages.changedTitle,
                NLS.bind(Messages.changedWhileEditing, buffer.file()), 0, Messages.reload, Messages.keepMine) == 0;
        if (reload) {
            reload();
        } else {
            keepMine = true;
        }
    }

    private void reload() {
        try {
            buffer.reload();
            keepMine = false;
        } catch (IOException e) {
            MessageDialog.openError(getSite().getShell(), Messages.changedTitle,
                    NLS.bind(Messages.notReloaded, buffer.file(), e.getMessage()));
        }
        updateDirty();
    }

    /** Shows the earlier versions of the file, compared with the text now, and offers to bring one back. */
    public void showHistory() {
        new HistoryDialog(getSite().getShell(), buffer).open();
    }

    @Override
    public void doSaveAs() {
        // one file per editor
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void dispose() {
        IWorkbenchPage page = getSite().getPage();
        page.removePartListener(activation);
        super.dispose();
        // The perspective has no room for an empty editor area: give it back to the views.
        getSite().getShell().getDisplay().asyncExec(() -> {
            if (page.getWorkbenchWindow().getShell() != null && page.getEditorReferences().length == 0) {
                page.setEditorAreaVisible(false);
            }
        });
    }

    /** @return the form's text field for a key, for tests */
    public Optional<Text> formField(TomlPath path) {
        return form == null ? Optional.empty() : form.textOf(path);
    }

    /** @return the text being edited, for tests */
    public String text() {
        return buffer.text().get();
    }

    /** @return the first problem of the text, if any, for tests */
    public Optional<String> firstProblem() {
        return buffer.problems().stream().findFirst().map(p -> p.position().line() + ":" + p.message()); //$NON-NLS-1$
    }

    /** Replaces the whole text, as typing would, for tests. */
    public void setText(String text) {
        buffer.text().set(text);
    }

    /** Shows the text page, for tests and the history. */
    public void showSource() {
        setActivePage(sourcePage());
    }
}
