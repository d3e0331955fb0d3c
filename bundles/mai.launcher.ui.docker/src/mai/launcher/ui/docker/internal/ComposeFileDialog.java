package mai.launcher.ui.docker.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import mai.launcher.core.ErrorCode;
import mai.launcher.core.LauncherException;
import mai.launcher.core.docker.DockerProjects;
import mai.launcher.core.instance.Instance;
import mai.launcher.ui.LauncherJobs;

/**
 * The instance's compose file, to read and edit: Check runs {@code docker compose config} on the text, Save checks it
 * and writes it (atomically, the previous version kept). The launcher keeps edited files when it deploys again.
 */
public final class ComposeFileDialog extends Dialog {

    private static final int CHECK = IDialogConstants.CLIENT_ID + 1;

    private final DockerProjects projects;
    private final Instance instance;
    private final UISynchronize ui;
    private StyledText text;
    private Label status;
    private String loaded;

    ComposeFileDialog(Shell parent, DockerProjects projects, Instance instance, UISynchronize ui) {
        super(parent);
        this.projects = projects;
        this.instance = instance;
        this.ui = ui;
        setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(NLS.bind(Messages.composeTitle, instance.name()));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().margins(10, 10).applyTo(area);
        status = new Label(area, SWT.WRAP);
        status.setText(Messages.composeLoading);
        GridDataFactory.fillDefaults().grab(true, false).hint(700, SWT.DEFAULT).applyTo(status);
        text = new StyledText(area, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
        text.setFont(JFaceResources.getTextFont());
        text.setEditable(false);
        GridDataFactory.fillDefaults().grab(true, true).hint(760, 440).applyTo(text);
        Job job = LauncherJobs.create(Messages.composeLoading, monitor -> {
            Path file = projects.composeFile(instance.id());
            try {
                String content = Files.readString(file);
                ui.asyncExec(() -> loaded(file, content));
            } catch (IOException e) {
                throw new LauncherException(ErrorCode.NOT_FOUND, NLS.bind(Messages.composeUnreadable, file,
                        e.getMessage()), e);
            }
        });
        job.setSystem(true);
        job.schedule();
        return area;
    }

    private void loaded(Path file, String content) {
        if (text.isDisposed()) {
            return;
        }
        loaded = content;
        text.setText(content);
        text.setEditable(true);
        status.setText(file.toString());
        getButton(CHECK).setEnabled(true);
        getButton(IDialogConstants.OK_ID).setEnabled(true);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, CHECK, Messages.composeCheck, false).setEnabled(false);
        createButton(parent, IDialogConstants.OK_ID, Messages.composeSave, true).setEnabled(false);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == CHECK) {
            run(false);
        } else if (buttonId == IDialogConstants.OK_ID) {
            if (text.getText().equals(loaded)) {
                super.okPressed();
            } else {
                run(true);
            }
        } else {
            super.buttonPressed(buttonId);
        }
    }

    /** Checks (and saves) in a job; the dialog says what compose answered. */
    private void run(boolean save) {
        String content = text.getText();
        status.setText(Messages.composeChecking);
        getButton(CHECK).setEnabled(false);
        getButton(IDialogConstants.OK_ID).setEnabled(false);
        Job job = LauncherJobs.create(Messages.composeChecking, monitor -> {
            String problem;
            try {
                if (save) {
                    projects.saveCompose(instance.id(), content);
                    problem = null;
                } else {
                    problem = projects.checkCompose(instance.id(), content).orElse(null);
                }
            } catch (LauncherException e) {
                problem = e.getMessage();
            }
            String answer = problem;
            ui.asyncExec(() -> answered(save, answer));
        });
        job.setSystem(true);
        job.schedule();
    }

    private void answered(boolean save, String problem) {
        if (text.isDisposed()) {
            return;
        }
        getButton(CHECK).setEnabled(true);
        getButton(IDialogConstants.OK_ID).setEnabled(true);
        status.setForeground(text.getDisplay().getSystemColor(problem == null ? SWT.COLOR_DARK_GREEN : SWT.COLOR_RED));
        status.setText(problem == null ? Messages.composeValid : problem);
        status.getParent().layout(true, true);
        if (save && problem == null) {
            super.okPressed();
        }
    }

    /** @return the text being edited (for tests) */
    public StyledText text() {
        return text;
    }

    /** @return what the dialog says about the file (for tests) */
    public String statusText() {
        return status.getText();
    }
}
