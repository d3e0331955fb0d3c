package mai.launcher.ui.docker.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import mai.launcher.core.LauncherException;
import mai.launcher.core.docker.ContainerEvent;
import mai.launcher.core.docker.ContainerInfo;
import mai.launcher.core.docker.DockerEngine;
import mai.launcher.core.docker.DockerEngine.ContainerAction;
import mai.launcher.core.docker.DockerProjects;
import mai.launcher.core.instance.Instance;
import mai.launcher.deployment.api.Console;
import mai.launcher.ui.LauncherJobs;
import mai.launcher.ui.terminal.internal.TerminalView;

/**
 * The containers of the selected Docker instance: state and health, image, published ports, uptime; start, stop,
 * restart, logs and a shell for one, up and down for all; NapCat's login below. Kept current by the engine's event
 * stream; says so when the engine goes away, and catches up when it is back.
 */
public final class ContainersView {

    /** The view's id. */
    public static final String ID = "mai.launcher.ui.views.containers"; //$NON-NLS-1$

    private final DockerProjects projects;
    private final DockerEngine engine;
    private final UISynchronize ui;
    private final ESelectionService selection;
    private final EPartService parts;
    private final Job reload;
    private SelectedInstance selected;
    private AutoCloseable events;
    private volatile Instance instance;
    private volatile boolean engineLost;
    private Shell shell;
    private LocalResourceManager resources;
    private StackLayout stack;
    private Composite content;
    private Label message;
    private Label header;
    private Label banner;
    private TableViewer table;
    private NapcatPanel napcat;
    private ToolItem up, start, stop, restart, logs, terminal, down, downVolumes, composeFile;

    @Inject
    public ContainersView(DockerProjects projects, DockerEngine engine, UISynchronize ui,
            ESelectionService selection, EPartService parts) {
        this.projects = projects;
        this.engine = engine;
        this.ui = ui;
        this.selection = selection;
        this.parts = parts;
        this.reload = LauncherJobs.create(Messages.jobContainers, monitor -> load());
        this.reload.setSystem(true);
    }

    @PostConstruct
    void createControls(Composite parent) {
        shell = parent.getShell();
        resources = new LocalResourceManager(JFaceResources.getResources(), parent);
        Composite pages = new Composite(parent, SWT.NONE);
        stack = new StackLayout();
        pages.setLayout(stack);
        message = new Label(pages, SWT.WRAP);
        message.setText(Messages.selectInstance);
        content = new Composite(pages, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(6, 6).spacing(4, 4).applyTo(content);
        header = new Label(content, SWT.NONE);
        header.setFont(JFaceResources.getBannerFont());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(header);
        banner = new Label(content, SWT.WRAP);
        banner.setForeground(shell.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridDataFactory.fillDefaults().grab(true, false).exclude(true).applyTo(banner);
        banner.setVisible(false);
        createToolBar(content);
        SashForm sash = new SashForm(content, SWT.HORIZONTAL); // the login QR code beside the containers
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        createTable(sash);
        napcat = new NapcatPanel(sash, engine, ui);
        sash.setWeights(62, 38);
        stack.topControl = message;
        events = engine.addListener(this::engineEvent);
        selected = new SelectedInstance(selection, this::show);
        tickUptime();
    }

    private void createToolBar(Composite parent) {
        ToolBar bar = new ToolBar(parent, SWT.FLAT | SWT.RIGHT);
        up = tool(bar, Messages.actionUp, "start", () -> project(Messages.jobUp, //$NON-NLS-1$
                (id, m) -> projects.up(id, line -> { }, m)));
        new ToolItem(bar, SWT.SEPARATOR);
        start = tool(bar, Messages.actionStart, "start", () -> control(ContainerAction.START)); //$NON-NLS-1$
        stop = tool(bar, Messages.actionStop, "stop", () -> control(ContainerAction.STOP)); //$NON-NLS-1$
        restart = tool(bar, Messages.actionRestart, "restart", () -> control(ContainerAction.RESTART)); //$NON-NLS-1$
        logs = tool(bar, Messages.actionLogs, "logs", this::showLogs); //$NON-NLS-1$
        terminal = tool(bar, Messages.actionShell, "terminal", this::openShell); //$NON-NLS-1$
        new ToolItem(bar, SWT.SEPARATOR);
        down = tool(bar, Messages.actionDown, "stop", () -> project(Messages.jobDown, //$NON-NLS-1$
                (id, m) -> projects.down(id, false, line -> { }, m)));
        downVolumes = tool(bar, Messages.actionDownVolumes, null, this::downWithVolumes);
        new ToolItem(bar, SWT.SEPARATOR);
        composeFile = tool(bar, Messages.actionCompose, null, this::editCompose);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
    }

    private ToolItem tool(ToolBar bar, String text, String icon, Runnable action) {
        ToolItem item = new ToolItem(bar, SWT.PUSH);
        item.setText(text);
        if (icon != null) {
            item.setImage(resources.create(Icons.descriptor(icon)));
        }
        item.addListener(SWT.Selection, e -> action.run());
        return item;
    }

    private void createTable(Composite parent) {
        table = new TableViewer(parent, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        column(Messages.columnService, 90, ContainerInfo::service);
        column(Messages.columnState, 150, ContainersView::state);
        column(Messages.columnImage, 220, ContainerInfo::image);
        column(Messages.columnPorts, 200, c -> String.join(", ", c.ports())); //$NON-NLS-1$
        column(Messages.columnUptime, 80, c -> c.uptime(Instant.now()));
        column(Messages.columnName, 220, ContainerInfo::name);
        table.addSelectionChangedListener(e -> updateActions());
        table.addDoubleClickListener(e -> showLogs());
    }

    private void column(String title, int width, Function<ContainerInfo, String> text) {
        TableViewerColumn column = new TableViewerColumn(table, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((ContainerInfo) element);
            }

            @Override
            public Color getForeground(Object element) {
                ContainerInfo c = (ContainerInfo) element;
                if (title.equals(Messages.columnState)) {
                    int colour = c.health().filter("unhealthy"::equals).isPresent() //$NON-NLS-1$
                            || "restarting".equals(c.state()) || c.exitCode().orElse(0) != 0 && !c.running() //$NON-NLS-1$
                                    ? SWT.COLOR_DARK_RED
                                    : c.running() ? SWT.COLOR_DARK_GREEN : SWT.COLOR_DARK_GRAY;
                    return shell.getDisplay().getSystemColor(colour);
                }
                return null;
            }
        });
    }

    static String state(ContainerInfo c) {
        String state = switch (c.state()) {
            case "running" -> Messages.stateRunning; //$NON-NLS-1$
            case "restarting" -> Messages.stateRestarting; //$NON-NLS-1$
            case "exited", "dead" -> c.exitCode().isPresent() //$NON-NLS-1$ //$NON-NLS-2$
                    ? NLS.bind(Messages.stateExitedCode, c.exitCode().getAsInt()) : Messages.stateExited;
            case "created" -> Messages.stateCreated; //$NON-NLS-1$
            case "paused" -> Messages.statePaused; //$NON-NLS-1$
            default -> c.state();
        };
        return c.running() ? c.health().map(h -> state + ", " + switch (h) { //$NON-NLS-1$
            case "healthy" -> Messages.healthHealthy; //$NON-NLS-1$
            case "unhealthy" -> Messages.healthUnhealthy; //$NON-NLS-1$
            case "starting" -> Messages.healthStarting; //$NON-NLS-1$
            default -> h;
        }).orElse(state) : state;
    }

    /** Refreshes the uptime column every ten seconds, without asking the engine. */
    private void tickUptime() {
        shell.getDisplay().timerExec(10_000, () -> {
            if (!table.getTable().isDisposed()) {
                table.refresh(true);
                tickUptime();
            }
        });
    }

    private void show(Instance selectedInstance) {
        instance = selectedInstance;
        napcat.follow(null, 0);
        reload.schedule();
    }

    /** The selected instance's containers, read in a job. */
    private void load() throws LauncherException {
        Instance shown = instance;
        if (shown == null) {
            return;
        }
        if (!projects.isDocker(shown.id())) {
            ui.asyncExec(() -> showMessage(NLS.bind(Messages.notDocker, shown.name(), shown.deployMode())));
            return;
        }
        List<ContainerInfo> containers;
        String problem = null;
        try {
            containers = projects.containers(shown.id());
            engineLost = false;
        } catch (LauncherException e) {
            containers = List.of();
            problem = e.getMessage();
            engineLost = true;
        }
        int napcatPort = projects.napcatWebuiPort(shown.id());
        List<ContainerInfo> found = containers;
        String engineProblem = problem;
        ui.asyncExec(() -> showContainers(shown, found, engineProblem, napcatPort));
    }

    private void showMessage(String text) {
        if (message.isDisposed()) {
            return;
        }
        message.setText(text);
        stack.topControl = message;
        message.getParent().layout(true, true);
    }

    private void showContainers(Instance shown, List<ContainerInfo> containers, String problem, int napcatPort) {
        if (table.getTable().isDisposed() || shown != instance) {
            return;
        }
        header.setText(NLS.bind(Messages.containersOf, shown.name(), projects.project(shown.id())));
        String bannerText = problem != null ? NLS.bind(Messages.engineUnavailable, problem)
                : containers.isEmpty() ? NLS.bind(Messages.noContainers, shown.name()) : null;
        banner.setText(bannerText == null ? "" : bannerText); //$NON-NLS-1$
        banner.setVisible(bannerText != null);
        ((org.eclipse.swt.layout.GridData) banner.getLayoutData()).exclude = bannerText == null;
        Object before = table.getStructuredSelection().getFirstElement();
        table.setInput(containers);
        if (before instanceof ContainerInfo old) {
            containers.stream().filter(c -> c.service().equals(old.service())).findFirst()
                    .ifPresent(c -> table.setSelection(new org.eclipse.jface.viewers.StructuredSelection(c)));
        }
        Optional<ContainerInfo> napcatContainer = containers.stream().filter(c -> c.service().equals("napcat")) //$NON-NLS-1$
                .findFirst();
        napcat.follow(napcatContainer.filter(ContainerInfo::running).orElse(null), napcatPort);
        stack.topControl = content;
        content.layout(true, true);
        content.getParent().layout(true, true);
        updateActions();
    }

    private Optional<ContainerInfo> selectedContainer() {
        IStructuredSelection s = table.getStructuredSelection();
        return s.getFirstElement() instanceof ContainerInfo c ? Optional.of(c) : Optional.empty();
    }

    private void updateActions() {
        Optional<ContainerInfo> c = selectedContainer();
        boolean reachable = !engineLost;
        start.setEnabled(reachable && c.isPresent() && !c.get().running());
        stop.setEnabled(reachable && c.isPresent() && c.get().running());
        restart.setEnabled(reachable && c.isPresent());
        logs.setEnabled(c.isPresent());
        terminal.setEnabled(reachable && c.isPresent() && c.get().running());
        boolean any = !table.getTable().isDisposed() && table.getTable().getItemCount() > 0;
        up.setEnabled(reachable && instance != null);
        down.setEnabled(reachable && any);
        downVolumes.setEnabled(reachable && any);
        composeFile.setEnabled(instance != null && stack.topControl == content);
    }

    private void engineEvent(ContainerEvent event) {
        Instance shown = instance;
        boolean ours = shown != null && event.project().equals(projects.project(shown.id()));
        if (ours || event.containerId().isEmpty()) {
            reload.schedule(150); // several events come together: read once
        }
    }

    /** Work on the instance's whole project. */
    @FunctionalInterface
    private interface ProjectWork {
        void run(String instanceId, org.eclipse.core.runtime.IProgressMonitor monitor) throws LauncherException;
    }

    private void project(String jobName, ProjectWork work) {
        Instance shown = instance;
        if (shown != null) {
            LauncherJobs.schedule(NLS.bind(jobName, shown.name()), monitor -> work.run(shown.id(), monitor));
        }
    }

    private void control(ContainerAction action) {
        selectedContainer().ifPresent(c -> LauncherJobs.schedule(NLS.bind(Messages.jobControl, c.name()),
                monitor -> engine.control(c.id(), action)));
    }

    private void downWithVolumes() {
        Instance shown = instance;
        if (shown != null && MessageDialog.openConfirm(shell, Messages.downVolumesTitle,
                NLS.bind(Messages.downVolumesQuestion, shown.name()))) {
            project(Messages.jobDown, (id, m) -> projects.down(id, true, line -> { }, m));
        }
    }

    /** Opens the selected instance's compose file in a dialog (the Compose File action). */
    public void editCompose() {
        Instance shown = instance;
        if (shown != null) {
            new ComposeFileDialog(shell, projects, shown, ui).open();
        }
    }

    private void showLogs() {
        Optional<ContainerInfo> c = selectedContainer();
        try {
            IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
            page.showView(LogsView.ID);
            Optional.ofNullable(parts.findPart(LogsView.ID)).map(p -> p.getObject())
                    .filter(LogsView.class::isInstance).map(LogsView.class::cast)
                    .ifPresent(view -> c.ifPresent(container -> view.filterContainer(container.service())));
        } catch (PartInitException e) {
            MessageDialog.openError(shell, Messages.actionLogs, e.getMessage());
        }
    }

    private void openShell() {
        Instance shown = instance;
        Optional<ContainerInfo> c = selectedContainer();
        if (shown == null || c.isEmpty()) {
            return;
        }
        ContainerInfo container = c.get();
        LauncherJobs.schedule(NLS.bind(Messages.jobShell, container.name()), monitor -> {
            Console console = engine.shell(container.id());
            ui.asyncExec(() -> {
                try {
                    PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().showView(TerminalView.ID);
                    Object view = parts.findPart(TerminalView.ID).getObject();
                    if (view instanceof TerminalView terminalView) {
                        terminalView.openConsole(shown.id(), shown.name(), "shell:" + container.service(), //$NON-NLS-1$
                                NLS.bind(Messages.shellTab, container.service()), console);
                    }
                } catch (PartInitException e) {
                    MessageDialog.openError(shell, Messages.actionShell, e.getMessage());
                }
            });
        });
    }

    /** @return the containers shown (for tests) */
    public List<ContainerInfo> shown() {
        Object input = table.getInput();
        @SuppressWarnings("unchecked")
        List<ContainerInfo> list = input instanceof List<?> l ? (List<ContainerInfo>) l : List.of();
        return list;
    }

    /** @return the NapCat login panel (for tests) */
    public NapcatPanel napcat() {
        return napcat;
    }

    @Focus
    void setFocus() {
        table.getTable().setFocus();
    }

    @PreDestroy
    void dispose() {
        selected.close();
        napcat.follow(null, 0);
        Streams.close(events);
    }
}
