package mai.launcher.ui.docker.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import mai.launcher.core.LauncherException;
import mai.launcher.core.docker.ContainerEvent;
import mai.launcher.core.docker.ContainerInfo;
import mai.launcher.core.docker.ContainerStats;
import mai.launcher.core.docker.DockerEngine;
import mai.launcher.core.docker.DockerProjects;
import mai.launcher.core.instance.Instance;
import mai.launcher.ui.LauncherJobs;

/**
 * CPU and memory of each running container of the selected Docker instance over the last two minutes, from the
 * engine's stats streams (about one sample a second each).
 */
public final class StatsView {

    /** The view's id. */
    public static final String ID = "mai.launcher.ui.views.containerStats"; //$NON-NLS-1$

    private final DockerProjects projects;
    private final DockerEngine engine;
    private final UISynchronize ui;
    private final ESelectionService selection;
    private final Map<String, Row> rows = new LinkedHashMap<>(); // container id → its row; UI thread
    private final Job reload;
    private SelectedInstance selected;
    private AutoCloseable events;
    private volatile Instance instance;
    private ScrolledComposite scroll;
    private Composite body;
    private Label message;

    /** One container's charts and stats stream. */
    private final class Row {
        final Composite composite;
        final StatsChart cpu;
        final StatsChart memory;
        AutoCloseable stream;

        Row(ContainerInfo container) {
            composite = new Composite(body, SWT.NONE);
            GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).spacing(8, 2).applyTo(composite);
            GridDataFactory.fillDefaults().grab(true, false).applyTo(composite);
            Label name = new Label(composite, SWT.NONE);
            name.setText(container.service() + "  (" + container.name() + ")"); //$NON-NLS-1$ //$NON-NLS-2$
            name.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
            GridDataFactory.fillDefaults().span(2, 1).applyTo(name);
            cpu = new StatsChart(composite, Messages.chartCpu, new RGB(40, 110, 200),
                    v -> String.format(Locale.ROOT, "%.1f %%", v)); //$NON-NLS-1$
            memory = new StatsChart(composite, Messages.chartMemory, new RGB(220, 120, 40),
                    v -> String.format(Locale.ROOT, "%.1f MB", v / 1e6)); //$NON-NLS-1$
            GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 110).applyTo(cpu.control());
            GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 110).applyTo(memory.control());
        }

        void sample(ContainerStats stats) {
            cpu.add(stats.cpuPercent());
            memory.add(stats.memoryBytes());
        }

        void dispose() {
            Streams.close(stream);
            cpu.dispose();
            memory.dispose();
            composite.dispose();
        }
    }

    @Inject
    public StatsView(DockerProjects projects, DockerEngine engine, UISynchronize ui, ESelectionService selection) {
        this.projects = projects;
        this.engine = engine;
        this.ui = ui;
        this.selection = selection;
        this.reload = LauncherJobs.create(Messages.jobStats, monitor -> load());
        this.reload.setSystem(true);
    }

    @PostConstruct
    void createControls(Composite parent) {
        scroll = new ScrolledComposite(parent, SWT.V_SCROLL);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        body = new Composite(scroll, SWT.NONE);
        GridLayoutFactory.swtDefaults().margins(8, 8).spacing(8, 12).applyTo(body);
        scroll.setContent(body);
        message = new Label(body, SWT.WRAP);
        message.setText(Messages.selectInstance);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(message);
        events = engine.addListener(this::engineEvent);
        selected = new SelectedInstance(selection, i -> {
            instance = i;
            clearRows();
            reload.schedule();
        });
    }

    private void load() throws LauncherException {
        Instance shown = instance;
        if (shown == null) {
            return;
        }
        if (!projects.isDocker(shown.id())) {
            ui.asyncExec(() -> show(shown, List.of(), NLS.bind(Messages.notDocker, shown.name(), shown.deployMode())));
            return;
        }
        try {
            List<ContainerInfo> running = projects.containers(shown.id()).stream().filter(ContainerInfo::running)
                    .toList();
            ui.asyncExec(() -> show(shown, running,
                    running.isEmpty() ? NLS.bind(Messages.noRunningContainers, shown.name()) : null));
        } catch (LauncherException e) {
            ui.asyncExec(() -> show(shown, List.of(), NLS.bind(Messages.engineUnavailable, e.getMessage())));
        }
    }

    private void show(Instance shown, List<ContainerInfo> running, String text) {
        if (body.isDisposed() || shown != instance) {
            return;
        }
        message.setText(text == null ? NLS.bind(Messages.statsOf, shown.name()) : text);
        List<String> ids = running.stream().map(ContainerInfo::id).toList();
        rows.entrySet().removeIf(e -> {
            if (!ids.contains(e.getKey())) {
                e.getValue().dispose();
                return true;
            }
            return false;
        });
        for (ContainerInfo c : running) {
            if (!rows.containsKey(c.id())) {
                Row row = new Row(c);
                rows.put(c.id(), row);
                follow(c.id(), row);
            }
        }
        body.layout(true, true);
        scroll.setMinSize(body.computeSize(scroll.getClientArea().width, SWT.DEFAULT));
    }

    private void follow(String containerId, Row row) {
        Job job = LauncherJobs.create(Messages.jobStats, monitor -> {
            AutoCloseable stream = engine.stats(containerId,
                    stats -> ui.asyncExec(() -> {
                        if (!row.composite.isDisposed()) {
                            row.sample(stats);
                        }
                    }));
            ui.asyncExec(() -> {
                if (row.composite.isDisposed()) {
                    Streams.close(stream);
                } else {
                    row.stream = stream;
                }
            });
        });
        job.setSystem(true);
        job.schedule();
    }

    private void engineEvent(ContainerEvent event) {
        Instance shown = instance;
        boolean ours = shown != null && event.project().equals(projects.project(shown.id()));
        if (event.containerId().isEmpty() || ours && List.of("start", "die", "destroy").contains(event.action())) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            if (event.engineLost()) {
                ui.asyncExec(this::clearRows);
            }
            reload.schedule(300);
        }
    }

    private void clearRows() {
        rows.values().forEach(Row::dispose);
        rows.clear();
    }

    /** @return how many containers have charts (for tests) */
    public int charts() {
        return rows.size();
    }

    /** @return the samples the charts received, per container: CPU then memory (for tests) */
    public Map<String, double[]> lastSamples() {
        Map<String, double[]> samples = new LinkedHashMap<>();
        rows.forEach((id, row) -> samples.put(id, new double[] { row.cpu.last(), row.memory.last() }));
        return samples;
    }

    /** @return the view's top control (for tests) */
    public Control control() {
        return scroll;
    }

    @Focus
    void setFocus() {
        scroll.setFocus();
    }

    @PreDestroy
    void dispose() {
        selected.close();
        Streams.close(events);
        clearRows();
    }

}
