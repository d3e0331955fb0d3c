package mai.launcher.ui.internal.dialogs;

import java.util.Optional;
import java.util.Set;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import mai.launcher.core.instance.DeployModeIds;
import mai.launcher.core.instance.InstanceNames;
import mai.launcher.core.instance.InstanceSpec;
import mai.launcher.ui.internal.Images;
import mai.launcher.ui.internal.Messages;

/**
 * Asks for a new instance's name, deploy mode and description, checking the name as the user types (the rules and
 * the names already in use), so that OK is only possible with a name the registry will accept.
 */
public final class NewInstanceDialog extends TitleAreaDialog {

    private final Set<String> namesInUse;
    private Text name;
    private Combo mode;
    private Text description;
    private InstanceSpec result;
    private LocalResourceManager resources;

    /**
     * @param parent     the parent shell
     * @param namesInUse the names of the existing instances
     */
    public NewInstanceDialog(Shell parent, Set<String> namesInUse) {
        super(parent);
        this.namesInUse = Set.copyOf(namesInUse);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.newInstanceTitle);
    }

    @Override
    protected Control createContents(Composite parent) {
        resources = new LocalResourceManager(JFaceResources.getResources(), parent);
        return super.createContents(parent);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle(Messages.newInstanceTitle);
        setMessage(Messages.newInstanceMessage);
        setTitleImage(resources.create(Images.descriptor(Images.LAUNCHER_64)));
        Composite area = (Composite) super.createDialogArea(parent);
        Composite body = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).spacing(10, 8).applyTo(body);

        label(body, Messages.newInstanceName);
        name = new Text(body, SWT.BORDER | SWT.SINGLE);
        name.setMessage(Messages.newInstanceNameHint);
        name.setTextLimit(InstanceNames.MAX_LENGTH * 2);
        GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(name);

        label(body, Messages.newInstanceMode);
        mode = new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN);
        for (String id : DeployModeIds.BUILT_IN) {
            mode.add(DeployModeIds.label(id));
        }
        mode.select(0);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(mode);

        Label descriptionLabel = label(body, Messages.newInstanceDescription);
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(descriptionLabel);
        description = new Text(body, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).hint(360, 60).applyTo(description);

        name.addModifyListener(e -> validate());
        return area;
    }

    private static Label label(Composite parent, String text) {
        Label label = new Label(parent, SWT.NONE);
        label.setText(text);
        return label;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.newInstanceCreate, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        getButton(IDialogConstants.OK_ID).setEnabled(false);
    }

    private void validate() {
        Optional<String> problem = problem(name.getText(), namesInUse, null);
        boolean typed = !name.getText().isEmpty();
        if (problem.isPresent() && typed) {
            setMessage(problem.get(), IMessageProvider.ERROR);
        } else {
            setMessage(Messages.newInstanceMessage);
        }
        getButton(IDialogConstants.OK_ID).setEnabled(problem.isEmpty());
    }

    /**
     * Checks a name against the rules and the names in use.
     *
     * @param name       the name as typed
     * @param namesInUse the names of the instances
     * @param current    the instance's current name when renaming, else {@code null}
     * @return what is wrong, or empty
     */
    public static Optional<String> problem(String name, Set<String> namesInUse, String current) {
        Optional<String> problem = InstanceNames.problem(name);
        if (problem.isPresent()) {
            return problem;
        }
        boolean ownName = current != null && InstanceNames.same(current, name);
        if (!ownName && namesInUse.stream().anyMatch(n -> InstanceNames.same(n, name))) {
            return Optional.of(NLS.bind(Messages.nameInUse, InstanceNames.normalize(name)));
        }
        return Optional.empty();
    }

    @Override
    protected void okPressed() {
        result = new InstanceSpec(name.getText(), DeployModeIds.BUILT_IN.get(mode.getSelectionIndex()),
                description.getText());
        super.okPressed();
    }

    /** @return what the user entered, once the dialog closed with OK */
    public Optional<InstanceSpec> result() {
        return Optional.ofNullable(result);
    }
}
