package mai.launcher.ui.config.internal;

import java.io.IOException;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

import mai.launcher.core.config.ConfigException;
import mai.launcher.core.config.maibot.ConfigEdits;
import mai.launcher.core.config.maibot.Severity;
import mai.launcher.core.config.maibot.WiringCheck;
import mai.launcher.core.config.maibot.WiringFinding;
import mai.launcher.core.config.maibot.WiringReport;

/**
 * What the wiring check found between NapCat, the adapter and MaiBot, each with the fix it proposes; Apply Fixes
 * writes them (each file keeps its previous version) and checks again.
 */
final class WiringDialog extends TitleAreaDialog {

    private static final int APPLY = IDialogConstants.CLIENT_ID;

    private final String instanceName;
    private WiringReport report;
    private TableViewer findings;
    private Text detail;

    WiringDialog(Shell parent, String instanceName, WiringReport report) {
        super(parent);
        this.instanceName = instanceName;
        this.report = report;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.wiringTitle);
    }

    @Override
    protected Point getInitialSize() {
        return new Point(860, 520);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle(NLS.bind(Messages.wiringHeading, instanceName));
        Composite area = (Composite) super.createDialogArea(parent);
        findings = new TableViewer(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).indent(8, 8).applyTo(findings.getControl());
        findings.getTable().setHeaderVisible(true);
        findings.setContentProvider(ArrayContentProvider.getInstance());
        TableViewerColumn what = new TableViewerColumn(findings, SWT.LEFT);
        what.getColumn().setText(Messages.wiringFinding);
        what.getColumn().setWidth(520);
        what.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return ((WiringFinding) element).message();
            }

            @Override
            public Image getImage(Object element) {
                return PlatformUI.getWorkbench().getSharedImages()
                        .getImage(((WiringFinding) element).severity() == Severity.ERROR
                                ? ISharedImages.IMG_OBJS_ERROR_TSK : ISharedImages.IMG_OBJS_WARN_TSK);
            }

            @Override
            public String getToolTipText(Object element) {
                return ((WiringFinding) element).message();
            }
        });
        TableViewerColumn fix = new TableViewerColumn(findings, SWT.LEFT);
        fix.getColumn().setText(Messages.wiringFix);
        fix.getColumn().setWidth(300);
        fix.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return ((WiringFinding) element).fix().map(e -> e.describe()).orElse("-"); //$NON-NLS-1$
            }
        });
        detail = new Text(area, SWT.READ_ONLY | SWT.WRAP | SWT.MULTI | SWT.V_SCROLL | SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 90).indent(8, 4).applyTo(detail);
        findings.addSelectionChangedListener(e -> showDetail((WiringFinding) e.getStructuredSelection().getFirstElement()));
        show();
        return area;
    }

    private void showDetail(WiringFinding finding) {
        detail.setText(finding == null ? "" : NLS.bind(Messages.wiringDetail, finding.message(), //$NON-NLS-1$
                finding.fix().map(e -> e.describe()).orElse(Messages.wiringNoFix)));
    }

    private void show() {
        findings.setInput(report.findings());
        if (!report.findings().isEmpty()) {
            findings.setSelection(new StructuredSelection(report.findings().get(0)));
        }
        showDetail(report.findings().isEmpty() ? null : report.findings().get(0));
        if (report.findings().isEmpty()) {
            setMessage(Messages.wiringAllGood);
        } else if (report.ok()) {
            setMessage(Messages.wiringWarningsOnly, IMessageProvider.WARNING);
        } else {
            setErrorMessage(NLS.bind(Messages.wiringErrors, report.errors().size()));
        }
        if (getButton(APPLY) != null) {
            getButton(APPLY).setEnabled(!report.fixes().isEmpty());
        }
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, APPLY, Messages.wiringApply, !report.fixes().isEmpty())
                .setEnabled(!report.fixes().isEmpty());
        createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, report.fixes().isEmpty());
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId != APPLY) {
            close();
            return;
        }
        try {
            ConfigEdits.applyAll(report.fixes());
            report = WiringCheck.check(report.files());
            setErrorMessage(null);
            show();
        } catch (ConfigException | IOException e) {
            setErrorMessage(NLS.bind(Messages.wiringApplyFailed, e.getMessage()));
        }
    }

    /** @return the findings shown, for tests */
    List<WiringFinding> shown() {
        return report.findings();
    }
}
