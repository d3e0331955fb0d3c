package mai.launcher.ui.terminal.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabFolder2Adapter;
import org.eclipse.swt.custom.CTabFolderEvent;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import mai.launcher.core.ComponentEvent;
import mai.launcher.core.ErrorCode;
import mai.launcher.core.InstanceEvent;
import mai.launcher.core.LauncherException;
import mai.launcher.core.Topics;
import mai.launcher.core.deployment.InstanceRuntime;
import mai.launcher.core.instance.Instance;
import mai.launcher.core.instance.InstanceRegistry;
import mai.launcher.deployment.api.Component;
import mai.launcher.deployment.api.ComponentState;
import mai.launcher.deployment.api.ComponentStatus;
import mai.launcher.deployment.api.Console;
import mai.launcher.ui.LauncherJobs;

/**
 * Terminals on the components of instances, one tab each: their output with colours and the recent history, input
 * typed into them, their state in the title. Tabs follow the components' events: a new run reconnects, a stop is
 * noted. Looking up consoles and states runs in jobs; the tabs are changed on the UI thread.
 */
public final class TerminalView {

    /** The view's id. */
    public static final String ID = "mai.launcher.ui.views.terminal"; //$NON-NLS-1$

    private final InstanceRuntime runtime;
    private final InstanceRegistry registry;
    private final UISynchronize ui;
    private final Map<String, Job> loads = new ConcurrentHashMap<>();
    /** The instances whose tabs are to be opened by their next load (other loads only update open tabs). */
    private final Map<String, Boolean> openPending = new ConcurrentHashMap<>();
    private StackLayout stack;
    private CTabFolder folder;
    private Composite empty;
    private TerminalActions actions;

    @Inject
    public TerminalView(InstanceRuntime runtime, InstanceRegistry registry, UISynchronize ui) {
        this.runtime = runtime;
        this.registry = registry;
        this.ui = ui;
    }

    @PostConstruct
    void createControls(Composite parent) {
        LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources(), parent);
        Composite pages = new Composite(parent, SWT.NONE);
        stack = new StackLayout();
        pages.setLayout(stack);
        folder = new CTabFolder(pages, SWT.BORDER | SWT.TOP);
        folder.setMRUVisible(true);
        actions = new TerminalActions(folder, resources, runtime);
        folder.addListener(SWT.Selection, e -> actions.update(selected()));
        folder.addCTabFolder2Listener(new CTabFolder2Adapter() {
            @Override
            public void close(CTabFolderEvent event) {
                ui.asyncExec(TerminalView.this::showEmptyIfNoTabs);
            }
        });
        empty = createEmptyState(pages);
        stack.topControl = empty;
    }

    private static Composite createEmptyState(Composite parent) {
        Composite composite = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(24, 24).applyTo(composite);
        Composite centre = new Composite(composite, SWT.NONE);
        GridDataFactory.swtDefaults().align(SWT.CENTER, SWT.CENTER).grab(true, true).applyTo(centre);
        GridLayoutFactory.swtDefaults().spacing(8, 10).applyTo(centre);
        Label title = new Label(centre, SWT.CENTER);
        title.setText(Messages.emptyTitle);
        title.setFont(JFaceResources.getHeaderFont());
        GridDataFactory.swtDefaults().align(SWT.CENTER, SWT.CENTER).applyTo(title);
        Label hint = new Label(centre, SWT.WRAP | SWT.CENTER);
        hint.setText(Messages.emptyHint);
        GridDataFactory.swtDefaults().align(SWT.CENTER, SWT.CENTER).hint(460, SWT.DEFAULT).applyTo(hint);
        return composite;
    }

    /**
     * Opens a tab for each component of an instance (or selects those already open).
     *
     * @param instanceId the instance
     */
    public void open(String instanceId) {
        load(instanceId, true);
    }

    /**
     * Opens a tab on a console that is not one of the instance's components, such as a shell in one of its
     * containers. It stays until the user closes it; closing it ends the subscription (and so the shell).
     *
     * @param instanceId   the instance it belongs to (its tab closes when the instance is deleted)
     * @param instanceName the instance's name, for the tab's title
     * @param id           what the console is, unique within the instance (e.g. {@code shell:core})
     * @param label        its label in the tab's title
     * @param console      the console
     */
    public void openConsole(String instanceId, String instanceName, String id, String label, Console console) {
        TerminalTab tab = new TerminalTab(folder, instanceId, instanceName, new Component(id, label, List.of()));
        tab.show(Optional.of(console), new ComponentStatus(instanceId, id, ComponentState.RUNNING,
                java.util.OptionalLong.empty(), java.time.Instant.now(), java.util.OptionalInt.empty(),
                Optional.empty(), 0));
        folder.setSelection(tab.item());
        stack.topControl = folder;
        folder.getParent().layout(true, true);
        actions.update(selected());
    }

    /** Looks up the instance's components, consoles and states in a job, then shows them. */
    private void load(String instanceId, boolean openTabs) {
        Job job = loads.computeIfAbsent(instanceId, id -> {
            Job created = LauncherJobs.create(Messages.jobOpen, monitor -> {
                Snapshot snapshot = snapshot(id);
                ui.asyncExec(() -> show(snapshot, openPending.remove(id) != null));
            });
            created.setSystem(true);
            return created;
        });
        if (openTabs) {
            openPending.put(instanceId, Boolean.TRUE);
        }
        job.schedule();
    }

    /** What a tab needs to know of its component, read off the UI thread. */
    private record Snapshot(Instance instance, List<Component> components, Map<String, Optional<Console>> consoles,
            Map<String, ComponentStatus> statuses) {
    }

    private Snapshot snapshot(String instanceId) throws LauncherException {
        Instance instance = registry.get(instanceId).orElseThrow(
                () -> new LauncherException(ErrorCode.NOT_FOUND, NLS.bind(Messages.noInstance, instanceId)));
        List<Component> components = runtime.components(instanceId);
        Map<String, ComponentStatus> statuses = new LinkedHashMap<>();
        runtime.status(instanceId).forEach(s -> statuses.put(s.componentId(), s));
        Map<String, Optional<Console>> consoles = new LinkedHashMap<>();
        for (Component component : components) {
            consoles.put(component.id(), runtime.console(instanceId, component.id()));
        }
        return new Snapshot(instance, components, consoles, statuses);
    }

    private void show(Snapshot snapshot, boolean openTabs) {
        if (folder.isDisposed()) {
            return;
        }
        String id = snapshot.instance().id();
        TerminalTab first = null;
        for (Component component : snapshot.components()) {
            TerminalTab tab = find(id, component.id()).orElse(null);
            if (tab == null && !openTabs) {
                continue;
            }
            if (tab == null) {
                tab = new TerminalTab(folder, id, snapshot.instance().name(), component);
            }
            tab.rename(snapshot.instance().name());
            tab.show(snapshot.consoles().get(component.id()), snapshot.statuses().getOrDefault(component.id(),
                    ComponentStatus.stopped(id, component.id())));
            first = first == null ? tab : first;
        }
        if (openTabs && first != null) {
            folder.setSelection(first.item());
            stack.topControl = folder;
            folder.getParent().layout(true, true);
        }
        actions.update(selected());
    }

    private Optional<TerminalTab> find(String instanceId, String componentId) {
        return tabs().stream()
                .filter(t -> t.instanceId().equals(instanceId) && t.component().id().equals(componentId))
                .findFirst();
    }

    private void showEmptyIfNoTabs() {
        if (!folder.isDisposed() && folder.getItemCount() == 0) {
            stack.topControl = empty;
            folder.getParent().layout(true, true);
        }
        actions.update(selected());
    }

    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void componentChanged(@UIEventTopic(Topics.COMPONENT_STATE) ComponentEvent event) {
        if (folder != null && !folder.isDisposed() && hasTabs(event.instanceId())) {
            load(event.instanceId(), false);
        }
    }

    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void instanceChanged(@UIEventTopic(Topics.INSTANCE_CHANGED) InstanceEvent event) {
        if (folder != null && !folder.isDisposed() && hasTabs(event.instanceId())) {
            load(event.instanceId(), false); // renamed
        }
    }

    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void instanceDeleted(@UIEventTopic(Topics.INSTANCE_DELETED) InstanceEvent event) {
        if (folder != null && !folder.isDisposed()) {
            tabs().stream().filter(t -> t.instanceId().equals(event.instanceId())).forEach(t -> t.item().dispose());
            showEmptyIfNoTabs();
        }
    }

    private boolean hasTabs(String instanceId) {
        return tabs().stream().anyMatch(t -> t.instanceId().equals(instanceId));
    }

    /** @return the open tabs, in their order */
    public List<TerminalTab> tabs() {
        List<TerminalTab> tabs = new ArrayList<>();
        if (folder != null && !folder.isDisposed()) {
            for (CTabItem item : folder.getItems()) {
                tabs.add((TerminalTab) item.getData());
            }
        }
        return tabs;
    }

    /** @return the tab in front, if any */
    public Optional<TerminalTab> selected() {
        CTabItem item = folder.getSelection();
        return item == null ? Optional.empty() : Optional.of((TerminalTab) item.getData());
    }

    /** @return the control in front: the tabs, or the empty state */
    public Control topControl() {
        return stack.topControl;
    }

    @Focus
    void setFocus() {
        Optional<TerminalTab> tab = selected();
        if (tab.isPresent()) {
            tab.get().terminal().setFocus();
        } else {
            folder.setFocus();
        }
    }

    @PreDestroy
    void dispose() {
        loads.values().forEach(Job::cancel);
    }
}
