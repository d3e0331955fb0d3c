package mai.launcher.ui.internal.wizards;

import java.util.List;
import java.util.function.Function;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.PlatformUI;
import org.osgi.service.event.EventHandler;

import mai.launcher.core.Topics;
import mai.launcher.core.deployment.DeploymentService;
import mai.launcher.core.deployment.ModeInfo;
import mai.launcher.core.instance.DeployModeIds;
import mai.launcher.ui.LauncherJobs;
import mai.launcher.ui.internal.Messages;
import mai.launcher.ui.internal.Services;

/**
 * The deploy modes installed (built-in and from plugins), each checked in the background; a mode that cannot work
 * here is shown with why and what to do, and cannot be chosen. A mode a plugin registers or removes while the page
 * is open appears or disappears.
 */
final class ModePage extends WizardPage {

    private TableViewer viewer;
    private Label detail;
    private List<ModeInfo> modes = List.of();

    ModePage() {
        super("mode"); //$NON-NLS-1$
        setTitle(Messages.wizardModeTitle);
        setDescription(Messages.wizardModeDescription);
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().margins(8, 8).applyTo(body);
        viewer = new TableViewer(body, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        viewer.getTable().setHeaderVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).hint(520, 140).applyTo(viewer.getControl());
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column(Messages.wizardModeColumn, 160, m -> m.label());
        column(Messages.wizardModeAvailability, 340,
                m -> m.availability().available() ? Messages.wizardModeAvailable : m.availability().reason());
        detail = new Label(body, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(520, SWT.DEFAULT).applyTo(detail);
        detail.setText(Messages.wizardModeChecking);
        viewer.addSelectionChangedListener(e -> selected());
        setControl(body);
        load();
        IEventBroker broker = PlatformUI.getWorkbench().getService(IEventBroker.class);
        EventHandler modesChanged = event -> load();
        broker.subscribe(Topics.DEPLOYMENT_MODES_CHANGED, null, modesChanged, false);
        body.addDisposeListener(e -> broker.unsubscribe(modesChanged));
    }

    private void column(String title, int width, Function<ModeInfo, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((ModeInfo) element);
            }

            @Override
            public Color getForeground(Object element) {
                return ((ModeInfo) element).availability().available() ? null
                        : Display.getCurrent().getSystemColor(SWT.COLOR_WIDGET_DISABLED_FOREGROUND);
            }
        });
    }

    /** Availability checks may look for programs or engines: they run in a job. */
    private void load() {
        Job job = LauncherJobs.create(Messages.wizardModeChecking, monitor -> {
            List<ModeInfo> found = Services.get(DeploymentService.class).modes();
            Display.getDefault().asyncExec(() -> show(found));
        });
        job.setSystem(true);
        job.schedule();
    }

    private void show(List<ModeInfo> found) {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        String chosen = selectedId();
        boolean chosenBefore = viewer.getStructuredSelection().getFirstElement() != null;
        modes = found;
        viewer.setInput(modes);
        modes.stream().filter(m -> chosenBefore && m.id().equals(chosen)).findFirst()
                .or(() -> modes.stream().filter(m -> m.id().equals(DeployModeIds.LOCAL) && m.availability().available())
                        .findFirst())
                .or(() -> modes.stream().filter(m -> m.availability().available()).findFirst())
                .ifPresent(m -> viewer.setSelection(new StructuredSelection(m), true));
        selected();
        if (modes.isEmpty()) {
            detail.setText(Messages.wizardNoModes);
        }
    }

    private void selected() {
        ModeInfo mode = (ModeInfo) viewer.getStructuredSelection().getFirstElement();
        if (mode == null) {
            setPageComplete(false);
            return;
        }
        boolean available = mode.availability().available();
        detail.setText(available ? mode.description()
                : NLS.bind(Messages.wizardModeUnavailable, mode.availability().reason(), mode.availability().fix()));
        detail.getParent().layout(true, true);
        setErrorMessage(available ? null : mode.availability().reason());
        setPageComplete(available);
    }

    String selectedId() {
        ModeInfo mode = (ModeInfo) viewer.getStructuredSelection().getFirstElement();
        return mode == null ? DeployModeIds.LOCAL : mode.id();
    }

    String selectedLabel() {
        ModeInfo mode = (ModeInfo) viewer.getStructuredSelection().getFirstElement();
        return mode == null ? DeployModeIds.label(DeployModeIds.LOCAL) : mode.label();
    }
}
