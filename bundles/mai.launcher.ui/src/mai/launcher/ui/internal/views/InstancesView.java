package mai.launcher.ui.internal.views;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.menus.IMenuService;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import mai.launcher.core.DeploymentEvent;
import mai.launcher.core.InstanceEvent;
import mai.launcher.core.LauncherException;
import mai.launcher.core.Topics;
import mai.launcher.core.instance.Instance;
import mai.launcher.core.instance.InstanceRegistry;
import mai.launcher.ui.LauncherJobs;
import mai.launcher.ui.internal.Commands;
import mai.launcher.ui.internal.Messages;

/**
 * The instances of the data folder in a sortable table, kept current by the instance events (this process's and,
 * through the database watch, other processes'), with an empty state that invites to create one and an error state
 * that says what is wrong with the database.
 */
public final class InstancesView {

    /** The view's id. */
    public static final String ID = "mai.launcher.ui.views.instances"; //$NON-NLS-1$

    private final InstanceRegistry registry;
    private final UISynchronize ui;
    private final ESelectionService selectionService;
    private final Job reload;
    private LocalResourceManager resources;
    private StatusIcons icons;
    private StackLayout stack;
    private TableViewer viewer;
    private EmptyState empty;
    private ErrorState error;
    private InstanceSorter sorter;
    private MenuManager contextMenu;
    private volatile List<Instance> instances = List.of();
    private volatile String selectAfterReload;
    /** The deployments running in this process, by instance id. */
    private final Map<String, DeploymentEvent> deploying = new ConcurrentHashMap<>();

    @Inject
    public InstancesView(InstanceRegistry registry, UISynchronize ui, ESelectionService selectionService) {
        this.registry = registry;
        this.ui = ui;
        this.selectionService = selectionService;
        this.reload = LauncherJobs.create(Messages.jobLoadInstances, monitor -> load());
        reload.setSystem(true);
    }

    @PostConstruct
    void createControls(Composite parent, MPart part) {
        ViewToolBar.attach(part, ID);
        resources = new LocalResourceManager(JFaceResources.getResources(), parent);
        icons = new StatusIcons(resources);
        Composite pages = new Composite(parent, SWT.NONE);
        stack = new StackLayout();
        pages.setLayout(stack);
        createTable(pages);
        empty = new EmptyState(pages, resources, () -> Commands.execute(Commands.NEW_INSTANCE));
        error = new ErrorState(pages, () -> reload.schedule());
        stack.topControl = viewer.getControl();
        reload.schedule();
    }

    private void createTable(Composite parent) {
        viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        Table table = viewer.getTable();
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        sorter = new InstanceSorter(viewer);
        for (InstanceColumn column : InstanceColumn.values()) {
            TableViewerColumn viewerColumn = new TableViewerColumn(viewer, SWT.LEFT);
            viewerColumn.getColumn().setText(column.title);
            viewerColumn.getColumn().setWidth(column.width);
            viewerColumn.getColumn().setMoveable(true);
            viewerColumn.getColumn().addListener(SWT.Selection, e -> sorter.sortBy(column, viewerColumn.getColumn()));
            viewerColumn.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    Instance instance = (Instance) element;
                    DeploymentEvent deployment = deploying.get(instance.id());
                    return column == InstanceColumn.STATUS && deployment != null
                            ? NLS.bind(Messages.statusDeploying, deployment.progress())
                            : column.text.apply(instance);
                }

                @Override
                public Image getImage(Object element) {
                    return column == InstanceColumn.NAME ? icons.get(((Instance) element).status()) : null;
                }

                @Override
                public String getToolTipText(Object element) {
                    Instance instance = (Instance) element;
                    return instance.description().isEmpty() ? null : instance.description();
                }
            });
        }
        sorter.sortBy(InstanceColumn.CREATED, table.getColumn(InstanceColumn.CREATED.ordinal()));
        viewer.addSelectionChangedListener(e -> selectionService.setSelection(e.getStructuredSelection()));
        viewer.addDoubleClickListener(e -> Commands.execute(Commands.SHOW_DETAILS));
        table.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.DEL) {
                Commands.execute(Commands.DELETE_INSTANCE);
            } else if (e.keyCode == SWT.F2) {
                Commands.execute(Commands.RENAME_INSTANCE);
            } else if (e.character == SWT.CR) {
                Commands.execute(Commands.SHOW_DETAILS);
            }
        });
        contextMenu = new MenuManager();
        PlatformUI.getWorkbench().getService(IMenuService.class).populateContributionManager(contextMenu,
                "popup:" + ID); //$NON-NLS-1$
        table.setMenu(contextMenu.createContextMenu(table));
    }

    /** Runs in the reload job. */
    private void load() throws LauncherException {
        try {
            List<Instance> loaded = registry.list();
            ui.asyncExec(() -> show(loaded));
        } catch (LauncherException e) {
            ui.asyncExec(() -> showError(e.getMessage()));
            ILog.of(getClass()).warn(e.getMessage(), e);
        }
    }

    private void show(List<Instance> loaded) {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        Set<String> selected = selectedIds();
        String newlyCreated = selectAfterReload;
        instances = List.copyOf(loaded);
        viewer.setInput(instances);
        if (newlyCreated != null && instances.stream().anyMatch(i -> i.id().equals(newlyCreated))) {
            selected = Set.of(newlyCreated);
            selectAfterReload = null;
        }
        Set<String> keep = selected;
        List<Instance> reselect = instances.stream().filter(i -> keep.contains(i.id())).toList();
        viewer.setSelection(new StructuredSelection(reselect), true);
        selectionService.setSelection(viewer.getStructuredSelection());
        topControl(instances.isEmpty() ? empty.control() : viewer.getControl());
        StartupTrace.viewVisible(viewer.getControl());
    }

    private void showError(String message) {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        error.setMessage(message);
        topControl(error.control());
    }

    private void topControl(Control control) {
        if (stack.topControl != control) {
            stack.topControl = control;
            control.getParent().layout(true, true);
        }
    }

    private Set<String> selectedIds() {
        return viewer.getStructuredSelection().stream().map(o -> ((Instance) o).id()).collect(Collectors.toSet());
    }

    @Inject
    @Optional
    void instanceChanged(@UIEventTopic(Topics.INSTANCE_ALL) InstanceEvent event) {
        if (!event.external() && isNew(event)) {
            selectAfterReload = event.instanceId();
        }
        reload.schedule(20); // events in a burst make one reload
    }

    @Inject
    @Optional
    void deploymentChanged(@UIEventTopic(Topics.DEPLOYMENT_CHANGED) DeploymentEvent event) {
        boolean running = "running".equals(event.status()) || "pending".equals(event.status()); //$NON-NLS-1$ //$NON-NLS-2$
        if (running) {
            deploying.put(event.instanceId(), event);
        } else {
            deploying.remove(event.instanceId());
        }
        if (viewer != null && !viewer.getControl().isDisposed()) {
            instances.stream().filter(i -> i.id().equals(event.instanceId())).findFirst()
                    .ifPresent(i -> viewer.update(i, null));
        }
    }

    private boolean isNew(InstanceEvent event) {
        return instances.stream().noneMatch(i -> i.id().equals(event.instanceId()));
    }

    @Focus
    void setFocus() {
        if (stack.topControl != null && !stack.topControl.isDisposed()) {
            stack.topControl.setFocus();
        }
    }

    @PreDestroy
    void dispose() {
        reload.cancel();
        if (contextMenu != null) {
            PlatformUI.getWorkbench().getService(IMenuService.class).releaseContributions(contextMenu);
            contextMenu.dispose();
        }
    }

    /** @return the instances shown, in no particular order */
    public List<Instance> instances() {
        return instances;
    }

    /** @return the selected instances */
    public IStructuredSelection selection() {
        return viewer.getStructuredSelection();
    }

    /** @return whether the view shows its empty state (no instances) */
    public boolean showsEmptyState() {
        return stack.topControl == empty.control();
    }

    /** @return whether the view shows its error state (the instances could not be read) */
    public boolean showsErrorState() {
        return stack.topControl == error.control();
    }

    /** @return the table, for tests */
    public TableViewer viewer() {
        return viewer;
    }

    /** @return the names in use, to check a new name as the user types */
    public Set<String> names() {
        return instances.stream().map(Instance::name).collect(Collectors.toSet());
    }

    /**
     * Selects an instance.
     *
     * @param id its id
     */
    public void select(String id) {
        instances.stream().filter(i -> Objects.equals(i.id(), id)).findFirst()
                .ifPresent(i -> viewer.setSelection(new StructuredSelection(i), true));
    }
}
