package mai.launcher.ui.config.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

import mai.launcher.core.config.AtomicFiles;
import mai.launcher.core.config.HistoryEntry;

/**
 * The earlier versions of a config file (kept at each save), each compared line by line with the text in the
 * editor; Restore puts the chosen version into the editor, where it can be checked and saved.
 */
final class HistoryDialog extends Dialog {

    private static final int RESTORE = IDialogConstants.CLIENT_ID;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());

    private final ConfigBuffer buffer;
    private final List<HistoryEntry> entries = new ArrayList<>();
    private TableViewer versions;
    private StyledText comparison;
    private String selectedText;

    HistoryDialog(Shell parent, ConfigBuffer buffer) {
        super(parent);
        this.buffer = buffer;
        setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
        try {
            entries.addAll(AtomicFiles.history(buffer.file()));
        } catch (IOException e) {
            // shown as an empty history
        }
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(NLS.bind(Messages.historyTitle, buffer.file().getFileName()));
    }

    @Override
    protected Point getInitialSize() {
        return new Point(900, 600);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        SashForm sash = new SashForm(area, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        Composite left = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(left);
        versions = new TableViewer(left, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(versions.getControl());
        versions.setContentProvider(ArrayContentProvider.getInstance());
        versions.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                HistoryEntry entry = (HistoryEntry) element;
                return NLS.bind(Messages.historyEntry, TIME.format(entry.savedAt()), entry.size());
            }
        });
        versions.setInput(entries);
        comparison = new StyledText(sash, SWT.BORDER | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL);
        comparison.setFont(JFaceResources.getTextFont());
        comparison.setText(entries.isEmpty() ? Messages.historyEmpty : Messages.historyChoose);
        sash.setWeights(30, 70);
        versions.addSelectionChangedListener(e -> show((HistoryEntry) e.getStructuredSelection().getFirstElement()));
        return area;
    }

    private void show(HistoryEntry entry) {
        if (entry == null) {
            return;
        }
        try {
            selectedText = new String(Files.readAllBytes(entry.file()), StandardCharsets.UTF_8).replaceFirst("^\ufeff", ""); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (IOException e) {
            comparison.setText(NLS.bind(Messages.historyUnreadable, entry.file(), e.getMessage()));
            getButton(RESTORE).setEnabled(false);
            return;
        }
        StringBuilder text = new StringBuilder();
        List<StyleRange> styles = new ArrayList<>();
        Color removed = new Color(new RGB(255, 220, 220));
        Color added = new Color(new RGB(215, 245, 215));
        for (LineDiff.Line line : LineDiff.of(selectedText, buffer.text().get())) {
            String prefix = switch (line.kind()) {
                case SAME -> "  "; //$NON-NLS-1$
                case REMOVED -> "- "; //$NON-NLS-1$
                case ADDED -> "+ "; //$NON-NLS-1$
            };
            int start = text.length();
            text.append(prefix).append(line.text()).append('\n');
            if (line.kind() != LineDiff.Kind.SAME) {
                styles.add(new StyleRange(start, text.length() - start, null,
                        line.kind() == LineDiff.Kind.REMOVED ? removed : added));
            }
        }
        comparison.setText(text.toString());
        comparison.setStyleRanges(styles.toArray(StyleRange[]::new));
        getButton(RESTORE).setEnabled(true);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, RESTORE, Messages.historyRestore, false).setEnabled(false);
        createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == RESTORE && selectedText != null) {
            buffer.text().set(selectedText);
            buffer.reparse();
        }
        close();
    }
}
