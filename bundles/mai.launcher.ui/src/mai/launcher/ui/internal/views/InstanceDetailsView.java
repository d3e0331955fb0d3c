package mai.launcher.ui.internal.views;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.e4.ui.workbench.modeling.ISelectionListener;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Text;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import mai.launcher.core.InstanceEvent;
import mai.launcher.core.LauncherPaths;
import mai.launcher.core.Topics;
import mai.launcher.core.instance.DeployModeIds;
import mai.launcher.core.instance.Instance;
import mai.launcher.core.instance.InstanceRegistry;
import mai.launcher.ui.LauncherJobs;
import mai.launcher.ui.internal.Messages;

/** The selected instance's properties, kept current by the instance events. */
public final class InstanceDetailsView {

    /** The view's id. */
    public static final String ID = "mai.launcher.ui.views.instanceDetails"; //$NON-NLS-1$

    private final InstanceRegistry registry;
    private final LauncherPaths paths;
    private final UISynchronize ui;
    private final ESelectionService selectionService;
    private final ISelectionListener listener = (part, selection) -> selected(selection);
    private StackLayout stack;
    private Label empty;
    private ScrolledComposite scroll;
    private Composite form;
    private Text name, id, mode, status, created, updated, lastRun, qq, version, description;
    private Link folder;
    private volatile Instance shown;

    @Inject
    public InstanceDetailsView(InstanceRegistry registry, LauncherPaths paths, UISynchronize ui,
            ESelectionService selectionService) {
        this.registry = registry;
        this.paths = paths;
        this.ui = ui;
        this.selectionService = selectionService;
    }

    @PostConstruct
    void createControls(Composite parent) {
        Composite pages = new Composite(parent, SWT.NONE);
        stack = new StackLayout();
        pages.setLayout(stack);
        empty = new Label(pages, SWT.WRAP);
        empty.setText(Messages.detailsEmpty);
        scroll = new ScrolledComposite(pages, SWT.V_SCROLL | SWT.H_SCROLL);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        form = new Composite(scroll, SWT.NONE);
        scroll.setContent(form);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).spacing(12, 6).applyTo(form);
        name = field(Messages.columnName);
        name.setFont(JFaceResources.getBannerFont());
        id = field(Messages.detailsId);
        mode = field(Messages.columnMode);
        status = field(Messages.columnStatus);
        label(Messages.detailsFolder);
        folder = new Link(form, SWT.NONE);
        folder.addListener(SWT.Selection, e -> openFolder());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(folder);
        created = field(Messages.columnCreated);
        updated = field(Messages.detailsUpdated);
        lastRun = field(Messages.detailsLastRun);
        qq = field(Messages.detailsQq);
        version = field(Messages.detailsVersion);
        description = field(Messages.detailsDescription);
        stack.topControl = empty;
        selectionService.addSelectionListener(InstancesView.ID, listener);
        selected(selectionService.getSelection(InstancesView.ID));
    }

    private void label(String text) {
        Label label = new Label(form, SWT.NONE);
        label.setText(text);
        label.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(label);
    }

    private Text field(String title) {
        label(title);
        Text text = new Text(form, SWT.READ_ONLY | SWT.WRAP);
        text.setBackground(form.getBackground()); // copyable, but not looking like an input field
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(text);
        return text;
    }

    private void selected(Object selection) {
        Instance instance = null;
        if (selection instanceof IStructuredSelection structured && structured.size() == 1
                && structured.getFirstElement() instanceof Instance first) {
            instance = first;
        }
        show(instance);
    }

    private void show(Instance instance) {
        if (form.isDisposed()) {
            return;
        }
        shown = instance;
        if (instance == null) {
            stack.topControl = empty;
            empty.getParent().layout();
            return;
        }
        name.setText(instance.name());
        id.setText(instance.id());
        mode.setText(DeployModeIds.label(instance.deployMode()));
        status.setText(instance.status().label());
        folder.setText("<a>" + folderOf(instance).map(Path::toString).orElse(instance.instancePath()) + "</a>"); //$NON-NLS-1$ //$NON-NLS-2$
        created.setText(InstanceColumn.time(instance.createdAt()));
        updated.setText(InstanceColumn.time(instance.updatedAt()));
        lastRun.setText(instance.lastRun().isPresent() ? InstanceColumn.time(instance.lastRun()) : Messages.detailsNever);
        qq.setText(instance.qqAccount().isEmpty() ? Messages.detailsNotSet : instance.qqAccount());
        version.setText(instance.botVersion().isEmpty() ? Messages.detailsNotDeployed : instance.botVersion());
        description.setText(instance.description());
        scroll.setMinSize(form.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        stack.topControl = scroll;
        scroll.getParent().layout(true, true);
    }

    private Optional<Path> folderOf(Instance instance) {
        try {
            return Optional.of(paths.instanceFolder(instance.instancePath()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private void openFolder() {
        Instance instance = shown;
        if (instance != null) {
            folderOf(instance).filter(Files::isDirectory).ifPresent(p -> Program.launch(p.toString()));
        }
    }

    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void instanceChanged(@UIEventTopic(Topics.INSTANCE_ALL) InstanceEvent event) {
        Instance current = shown;
        if (current == null || !current.id().equals(event.instanceId())) {
            return;
        }
        Job refresh = LauncherJobs.create(Messages.jobLoadInstances, monitor -> {
            Optional<Instance> now = registry.get(event.instanceId());
            ui.asyncExec(() -> show(now.orElse(null)));
        });
        refresh.setSystem(true);
        refresh.schedule();
    }

    @Focus
    void setFocus() {
        stack.topControl.setFocus();
    }

    @PreDestroy
    void dispose() {
        selectionService.removeSelectionListener(InstancesView.ID, listener);
    }
}
