package mai.launcher.ui.docker.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.LineStyleEvent;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import mai.launcher.core.AtomicWrite;
import mai.launcher.core.ErrorCode;
import mai.launcher.core.LauncherException;
import mai.launcher.core.docker.ContainerEvent;
import mai.launcher.core.docker.ContainerInfo;
import mai.launcher.core.docker.DockerEngine;
import mai.launcher.core.docker.DockerProjects;
import mai.launcher.core.instance.Instance;
import mai.launcher.ui.LauncherJobs;
import mai.launcher.ui.docker.internal.LogBuffer.Filter;
import mai.launcher.ui.docker.internal.LogBuffer.Line;

/**
 * The selected Docker instance's container logs, together: follow (scroll to the end), pause, search with highlight,
 * filters by container and stream (stderr in red), copy and export. Lines arrive on the engine's threads and are added
 * in batches ten times a second, so a container writing thousands of lines a second does not stall the workbench.
 * After the engine or a container restarts, the logs resume.
 */
public final class LogsView {

    /** The view's id. */
    public static final String ID = "mai.launcher.ui.views.containerLogs"; //$NON-NLS-1$
    /** How many lines the view keeps. */
    static final int CAPACITY = 20_000;
    private static final int TAIL = 500;
    private static final int BATCH_MILLIS = 100;

    private final DockerProjects projects;
    private final DockerEngine engine;
    private final UISynchronize ui;
    private final ESelectionService selection;
    private final LogBuffer buffer = new LogBuffer(CAPACITY);
    private final Queue<Line> incoming = new ConcurrentLinkedQueue<>();
    private final Map<String, AutoCloseable> streams = new HashMap<>(); // container id → its stream; UI thread
    private final List<Line> shownLines = new ArrayList<>(); // the lines in the text, in order
    private SelectedInstance selected;
    private AutoCloseable events;
    private volatile Instance instance;
    private Label header;
    private Label banner;
    private Combo containerFilter;
    private Combo streamFilter;
    private Text search;
    private Label matchCount;
    private Button follow;
    private Button pause;
    private StyledText text;
    private Color stderrColour;
    private Color highlight;
    private List<String> services = List.of();
    private long received; // lines taken from the streams since the view opened; UI thread

    @Inject
    public LogsView(DockerProjects projects, DockerEngine engine, UISynchronize ui, ESelectionService selection) {
        this.projects = projects;
        this.engine = engine;
        this.ui = ui;
        this.selection = selection;
    }

    @PostConstruct
    void createControls(Composite parent) {
        Composite content = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(6, 6).spacing(4, 4).applyTo(content);
        header = new Label(content, SWT.NONE);
        header.setText(Messages.selectInstance);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(header);
        banner = new Label(content, SWT.WRAP);
        banner.setForeground(content.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridDataFactory.fillDefaults().grab(true, false).exclude(true).applyTo(banner);
        banner.setVisible(false);
        createBar(content);
        text = new StyledText(content, SWT.READ_ONLY | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        text.setFont(JFaceResources.getTextFont());
        GridDataFactory.fillDefaults().grab(true, true).applyTo(text);
        stderrColour = content.getDisplay().getSystemColor(SWT.COLOR_DARK_RED);
        highlight = content.getDisplay().getSystemColor(SWT.COLOR_YELLOW);
        text.addLineStyleListener(this::styleLine);
        events = engine.addListener(this::engineEvent);
        selected = new SelectedInstance(selection, this::show);
        drain();
    }

    private void createBar(Composite parent) {
        Composite bar = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(10).spacing(6, 0).applyTo(bar);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        containerFilter = new Combo(bar, SWT.READ_ONLY);
        containerFilter.setItems(Messages.allContainers);
        containerFilter.select(0);
        containerFilter.addListener(SWT.Selection, e -> rebuild());
        streamFilter = new Combo(bar, SWT.READ_ONLY);
        streamFilter.setItems(Messages.allStreams, "stdout", "stderr"); //$NON-NLS-1$ //$NON-NLS-2$
        streamFilter.select(0);
        GridDataFactory.swtDefaults().hint(150, SWT.DEFAULT).applyTo(streamFilter);
        streamFilter.addListener(SWT.Selection, e -> rebuild());
        search = new Text(bar, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        search.setMessage(Messages.searchHint);
        search.addListener(SWT.Modify, e -> searchChanged());
        search.addListener(SWT.DefaultSelection, e -> nextMatch());
        GridDataFactory.fillDefaults().grab(true, false).hint(180, SWT.DEFAULT).applyTo(search);
        matchCount = new Label(bar, SWT.NONE);
        GridDataFactory.swtDefaults().hint(90, SWT.DEFAULT).applyTo(matchCount);
        follow = check(bar, Messages.follow, true, this::scrollToEnd);
        pause = check(bar, Messages.pause, false, () -> {
            if (!pause.getSelection()) {
                rebuild(); // shows what came while paused
            }
        });
        button(bar, Messages.clear, () -> {
            buffer.clear();
            rebuild();
        });
        button(bar, Messages.copy, this::copy);
        button(bar, Messages.export, this::export);
    }

    private static Button check(Composite bar, String label, boolean on, Runnable action) {
        Button button = new Button(bar, SWT.CHECK);
        button.setText(label);
        button.setSelection(on);
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }

    private static void button(Composite bar, String label, Runnable action) {
        Button button = new Button(bar, SWT.PUSH);
        button.setText(label);
        button.addListener(SWT.Selection, e -> action.run());
    }

    private void show(Instance selectedInstance) {
        if (instance != null && instance.id().equals(selectedInstance.id())) {
            return;
        }
        instance = selectedInstance;
        closeStreams();
        incoming.clear();
        buffer.clear();
        rebuild();
        header.setText(selectedInstance.name());
        subscribe(TAIL);
    }

    /** Follows every container of the instance not followed yet, in a job. */
    private void subscribe(int tail) {
        Instance shown = instance;
        if (shown == null) {
            return;
        }
        Job job = LauncherJobs.create(Messages.jobLogs, monitor -> {
            if (!projects.isDocker(shown.id())) {
                ui.asyncExec(() -> header.setText(NLS.bind(Messages.notDocker, shown.name(), shown.deployMode())));
                return;
            }
            List<ContainerInfo> containers;
            try {
                containers = projects.containers(shown.id());
            } catch (LauncherException e) {
                ui.asyncExec(() -> setBanner(NLS.bind(Messages.engineUnavailable, e.getMessage())));
                return;
            }
            ui.asyncExec(() -> {
                setBanner(containers.isEmpty() ? NLS.bind(Messages.noContainers, shown.name()) : null);
                setServices(containers.stream().map(ContainerInfo::service).toList());
            });
            for (ContainerInfo c : containers) {
                if (shown == instance && !followed(c.id())) {
                    AutoCloseable stream = open(c, tail);
                    ui.asyncExec(() -> keep(shown, c.id(), stream));
                }
            }
        });
        job.setSystem(true);
        job.schedule();
    }

    private boolean followed(String containerId) {
        synchronized (streams) {
            return streams.containsKey(containerId);
        }
    }

    private AutoCloseable open(ContainerInfo c, int tail) throws LauncherException {
        LineSplitter out = new LineSplitter(line -> incoming.add(new Line(c.service(), false, line)));
        LineSplitter err = new LineSplitter(line -> incoming.add(new Line(c.service(), true, line)));
        return engine.logs(c.id(), tail, chunk -> (chunk.stderr() ? err : out).accept(chunk.bytes()));
    }

    private void keep(Instance shown, String containerId, AutoCloseable stream) {
        synchronized (streams) {
            if (shown != instance || streams.containsKey(containerId)) {
                Streams.close(stream);
            } else {
                streams.put(containerId, stream);
            }
        }
    }

    private void engineEvent(ContainerEvent event) {
        Instance shown = instance;
        if (event.engineLost()) {
            ui.asyncExec(() -> setBanner(Messages.engineLost));
            closeStreams();
        } else if (ContainerEvent.ENGINE_BACK.equals(event.action())) {
            ui.asyncExec(() -> {
                setBanner(null);
                subscribe(0);
            });
        } else if (shown != null && event.project().equals(projects.project(shown.id()))
                && "start".equals(event.action())) { //$NON-NLS-1$
            ui.asyncExec(() -> {
                synchronized (streams) {
                    AutoCloseable old = streams.remove(event.containerId());
                    if (old != null) {
                        Streams.close(old); // it ended when the container stopped
                    }
                }
                subscribe(0);
            });
        }
    }

    private void closeStreams() {
        synchronized (streams) {
            streams.values().forEach(Streams::close);
            streams.clear();
        }
    }

    private void setBanner(String message) {
        if (banner.isDisposed()) {
            return;
        }
        banner.setText(message == null ? "" : message); //$NON-NLS-1$
        banner.setVisible(message != null);
        ((org.eclipse.swt.layout.GridData) banner.getLayoutData()).exclude = message == null;
        banner.getParent().layout(true, true);
    }

    private void setServices(List<String> found) {
        if (containerFilter.isDisposed() || found.equals(services)) {
            return;
        }
        String chosen = containerFilter.getSelectionIndex() > 0 ? containerFilter.getText() : null;
        services = List.copyOf(found);
        List<String> items = new ArrayList<>();
        items.add(Messages.allContainers);
        items.addAll(services);
        containerFilter.setItems(items.toArray(String[]::new));
        containerFilter.select(chosen == null ? 0 : Math.max(0, items.indexOf(chosen)));
    }

    /**
     * Shows one container's lines only.
     *
     * @param service its compose service
     */
    public void filterContainer(String service) {
        int index = services.indexOf(service);
        if (index < 0) {
            setServices(java.util.stream.Stream.concat(services.stream(), java.util.stream.Stream.of(service))
                    .toList());
            index = services.indexOf(service);
        }
        containerFilter.select(index + 1);
        rebuild();
    }

    private Filter filter() {
        String service = containerFilter.getSelectionIndex() > 0 ? containerFilter.getText() : null;
        int stream = streamFilter.getSelectionIndex();
        return new Filter(service, stream != 2, stream != 1);
    }

    /** Moves the lines that came since the last time into the buffer and the text, every {@value #BATCH_MILLIS} ms. */
    private void drain() {
        if (text.isDisposed()) {
            return;
        }
        Filter filter = filter();
        StringBuilder added = new StringBuilder();
        List<Line> addedLines = new ArrayList<>();
        for (Line line = incoming.poll(); line != null; line = incoming.poll()) {
            received++;
            buffer.add(line);
            if (filter.accepts(line)) {
                addedLines.add(line);
            }
        }
        if (!addedLines.isEmpty() && !pause.getSelection()) {
            for (Line line : addedLines) {
                added.append(text.getCharCount() == 0 && added.isEmpty() ? "" : "\n").append(shown(line, filter)); //$NON-NLS-1$ //$NON-NLS-2$
            }
            shownLines.addAll(addedLines);
            text.setRedraw(false);
            try {
                text.append(added.toString());
                trim();
                if (follow.getSelection()) {
                    scrollToEnd();
                }
            } finally {
                text.setRedraw(true);
            }
            if (!search.getText().isEmpty()) {
                updateMatchCount();
            }
        }
        text.getDisplay().timerExec(BATCH_MILLIS, this::drain);
    }

    /** Keeps the text within the buffer's capacity. */
    private void trim() {
        int extra = shownLines.size() - CAPACITY;
        if (extra > 0) {
            text.replaceTextRange(0, text.getOffsetAtLine(extra), ""); //$NON-NLS-1$
            shownLines.subList(0, extra).clear();
        }
    }

    private String shown(Line line, Filter filter) {
        return filter.service() == null ? "[" + line.service() + "] " + line.text() : line.text(); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** Shows the buffer again through the filters. */
    private void rebuild() {
        Filter filter = filter();
        List<Line> lines = buffer.matching(filter);
        StringBuilder all = new StringBuilder();
        for (Line line : lines) {
            all.append(all.isEmpty() ? "" : "\n").append(shown(line, filter)); //$NON-NLS-1$ //$NON-NLS-2$
        }
        shownLines.clear();
        shownLines.addAll(lines);
        text.setText(all.toString());
        if (follow.getSelection()) {
            scrollToEnd();
        }
        updateMatchCount();
    }

    private void scrollToEnd() {
        if (follow.getSelection() && text.getCharCount() > 0) {
            text.setTopIndex(Math.max(0, text.getLineCount() - 1));
            text.setCaretOffset(text.getCharCount());
        }
    }

    private void styleLine(LineStyleEvent event) {
        int index = text.getLineAtOffset(event.lineOffset);
        boolean stderr = index < shownLines.size() && shownLines.get(index).stderr();
        List<Integer> starts = LogBuffer.matches(event.lineText, search.getText());
        List<StyleRange> styles = new ArrayList<>();
        int queryLength = search.getText().length();
        int position = 0;
        for (int start : starts) {
            if (stderr && start > position) {
                styles.add(new StyleRange(event.lineOffset + position, start - position, stderrColour, null));
            }
            styles.add(new StyleRange(event.lineOffset + start, queryLength, stderr ? stderrColour : null, highlight));
            position = start + queryLength;
        }
        if (stderr && position < event.lineText.length()) {
            styles.add(new StyleRange(event.lineOffset + position, event.lineText.length() - position, stderrColour,
                    null));
        }
        event.styles = styles.toArray(StyleRange[]::new);
    }

    private void searchChanged() {
        text.redraw();
        updateMatchCount();
        nextMatch();
    }

    private void updateMatchCount() {
        String query = search.getText();
        if (query.isEmpty()) {
            matchCount.setText(""); //$NON-NLS-1$
            return;
        }
        int count = LogBuffer.matches(text.getText(), query).size();
        matchCount.setText(NLS.bind(Messages.matches, count));
    }

    /** Scrolls to the next match after the caret (from the start when there is none after it). */
    private void nextMatch() {
        String query = search.getText();
        if (query.isEmpty()) {
            return;
        }
        List<Integer> all = LogBuffer.matches(text.getText(), query);
        if (all.isEmpty()) {
            return;
        }
        int caret = text.getSelection().y;
        int next = all.stream().filter(s -> s >= caret).findFirst().orElse(all.get(0));
        follow.setSelection(false);
        text.setSelection(next, next + query.length());
        text.showSelection();
    }

    private void copy() {
        String selected = text.getSelectionText();
        String content = selected.isEmpty() ? text.getText() : selected;
        if (content.isEmpty()) {
            return;
        }
        Clipboard clipboard = new Clipboard(text.getDisplay());
        clipboard.setContents(new Object[] { content }, new Transfer[] { TextTransfer.getInstance() });
        clipboard.dispose();
    }

    private void export() {
        FileDialog dialog = new FileDialog(text.getShell(), SWT.SAVE);
        dialog.setOverwrite(true);
        dialog.setFileName((instance == null ? "logs" : instance.name()) + ".log"); //$NON-NLS-1$ //$NON-NLS-2$
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        String content = text.getText() + "\n"; //$NON-NLS-1$
        LauncherJobs.schedule(NLS.bind(Messages.jobExport, chosen), monitor -> {
            try {
                AtomicWrite.string(Path.of(chosen), content);
            } catch (IOException e) {
                throw new LauncherException(ErrorCode.FAILED, NLS.bind(Messages.exportFailed, chosen, e.getMessage()),
                        e);
            }
        });
    }

    /** @return the text shown (for tests) */
    public String text() {
        return text.getText();
    }

    /** @return how many lines the view has taken from the containers since it opened (for the benchmark) */
    public long linesReceived() {
        return received;
    }

    /** @param query what to search for (for tests) */
    public void search(String query) {
        search.setText(query);
    }

    /** @return the number of matches shown (for tests) */
    public String matchCount() {
        return matchCount.getText();
    }

    @Focus
    void setFocus() {
        text.setFocus();
    }

    @PreDestroy
    void dispose() {
        selected.close();
        closeStreams();
        Streams.close(events);
    }

}
