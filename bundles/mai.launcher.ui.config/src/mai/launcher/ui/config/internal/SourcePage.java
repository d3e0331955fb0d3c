package mai.launcher.ui.config.internal;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.TextViewerUndoManager;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.AnnotationModel;
import org.eclipse.jface.text.source.AnnotationPainter;
import org.eclipse.jface.text.source.AnnotationRulerColumn;
import org.eclipse.jface.text.source.CompositeRuler;
import org.eclipse.jface.text.source.DefaultAnnotationHover;
import org.eclipse.jface.text.source.IAnnotationAccess;
import org.eclipse.jface.text.source.IAnnotationAccessExtension;
import org.eclipse.jface.text.source.LineNumberRulerColumn;
import org.eclipse.jface.text.source.SourceViewer;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

import mai.launcher.core.config.ConfigProblem;

/**
 * The text page of a config editor: the TOML with colours, line numbers, undo, the problems marked where they are
 * (squiggle, ruler icon with its message, and the first one in words below the text), and an outline of its tables
 * and keys that takes the caret there.
 */
final class SourcePage {

    static final String ERROR_TYPE = "mai.launcher.toml.error"; //$NON-NLS-1$
    private static final int REPARSE_DELAY_MILLIS = 250;
    private static final int IMMEDIATE_COLOURS_LIMIT = 200_000;

    private final ConfigBuffer buffer;
    private final Composite control;
    private final SourceViewer viewer;
    private final AnnotationModel annotations = new AnnotationModel();
    private final TomlHighlighting highlighting;
    private final TreeViewer outline;
    private final Label status;
    private final TextViewerUndoManager undo = new TextViewerUndoManager(200);
    private boolean reparseScheduled;

    SourcePage(Composite parent, ConfigBuffer buffer, ResourceManager resources) {
        this.buffer = buffer;
        control = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(0, 4).applyTo(control);
        SashForm sash = new SashForm(control, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);

        CompositeRuler ruler = new CompositeRuler();
        AnnotationRulerColumn marks = new AnnotationRulerColumn(annotations, 16, new ProblemAccess());
        marks.addAnnotationType(ERROR_TYPE);
        ruler.addDecorator(0, marks);
        ruler.addDecorator(1, new LineNumberRulerColumn());
        viewer = new SourceViewer(sash, ruler, SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        viewer.setDocument(buffer.text(), annotations);
        viewer.getTextWidget().setFont(JFaceResources.getTextFont());
        viewer.setAnnotationHover(new DefaultAnnotationHover());
        AnnotationPainter squiggles = new AnnotationPainter(viewer, new ProblemAccess());
        squiggles.addAnnotationType(ERROR_TYPE);
        squiggles.setAnnotationTypeColor(ERROR_TYPE, Display.getCurrent().getSystemColor(SWT.COLOR_RED));
        viewer.addPainter(squiggles);
        undo.connect(viewer);
        viewer.setUndoManager(undo);
        highlighting = new TomlHighlighting(viewer, resources);

        outline = new TreeViewer(sash, SWT.BORDER | SWT.SINGLE);
        outline.setContentProvider(new OutlineContent());
        outline.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return ((Outline.Node) element).label();
            }
        });
        outline.addSelectionChangedListener(e -> {
            Object node = e.getStructuredSelection().getFirstElement();
            if (node instanceof Outline.Node n) {
                revealLine(n.line());
            }
        });
        sash.setWeights(78, 22);

        status = new Label(control, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).indent(4, 0).applyTo(status);

        buffer.text().addDocumentListener(new IDocumentListener() {
            @Override
            public void documentAboutToBeChanged(DocumentEvent event) {
                // nothing before
            }

            @Override
            public void documentChanged(DocumentEvent event) {
                if (event.getDocument().getLength() < IMMEDIATE_COLOURS_LIMIT) {
                    highlighting.refresh(); // as the user types; bigger texts are coloured after the pause
                }
                scheduleReparse();
            }
        });
        buffer.addListener(b -> showParsed());
        showParsed();
    }

    private void scheduleReparse() {
        if (reparseScheduled) {
            return;
        }
        reparseScheduled = true;
        Display.getCurrent().timerExec(REPARSE_DELAY_MILLIS, () -> {
            reparseScheduled = false;
            if (!control.isDisposed()) {
                buffer.reparse();
            }
        });
    }

    /** After each parse: colours, markers, status sentence, outline. */
    private void showParsed() {
        if (control.isDisposed()) {
            return;
        }
        highlighting.refresh();
        annotations.removeAllAnnotations();
        List<ConfigProblem> problems = buffer.problems();
        for (ConfigProblem problem : problems) {
            annotations.addAnnotation(new Annotation(ERROR_TYPE, false, problem.message()), position(problem));
        }
        status.setText(problems.isEmpty() ? Messages.sourceValid
                : NLS.bind(Messages.sourceProblem, problems.size(), problems.get(0).message()));
        status.setForeground(problems.isEmpty() ? null : Display.getCurrent().getSystemColor(SWT.COLOR_RED));
        Object[] expanded = outline.getExpandedElements();
        outline.setInput(Outline.of(buffer.text().get()));
        outline.setExpandedElements(expanded);
        control.layout(true, true);
    }

    private Position position(ConfigProblem problem) {
        IDocument document = buffer.text();
        try {
            int line = Math.min(problem.position().line(), document.getNumberOfLines()) - 1;
            int lineOffset = document.getLineOffset(line);
            int lineLength = document.getLineLength(line);
            int column = Math.min(problem.position().column() - 1, Math.max(0, lineLength - 1));
            int length = Math.max(1, Math.min(lineLength - column, wordLength(document.get(lineOffset + column,
                    Math.max(0, lineLength - column)))));
            return new Position(lineOffset + column, length);
        } catch (BadLocationException e) {
            return new Position(0, 0);
        }
    }

    private static int wordLength(String rest) {
        int n = 0;
        while (n < rest.length() && !Character.isWhitespace(rest.charAt(n))) {
            n++;
        }
        return n;
    }

    /** Puts the caret at the start of a line (1-based) and shows it. */
    void revealLine(int line) {
        try {
            int offset = buffer.text().getLineOffset(Math.max(0, line - 1));
            viewer.setSelectedRange(offset, 0);
            viewer.revealRange(offset, 0);
            viewer.getTextWidget().setFocus();
        } catch (BadLocationException e) {
            // the line is gone since the outline was made
        }
    }

    Composite control() {
        return control;
    }

    SourceViewer viewer() {
        return viewer;
    }

    TextViewerUndoManager undo() {
        return undo;
    }

    void setFocus() {
        viewer.getTextWidget().setFocus();
    }

    /** The outline's tree. */
    private static final class OutlineContent implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return ((List<?>) input).toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            return ((Outline.Node) parent).children().toArray();
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return !((Outline.Node) element).children().isEmpty();
        }
    }

    /** Draws our error annotations in the ruler with the workbench's error icon. */
    private static final class ProblemAccess implements IAnnotationAccess, IAnnotationAccessExtension {

        @Override
        public Object getType(Annotation annotation) {
            return annotation.getType();
        }

        @Override
        public boolean isMultiLine(Annotation annotation) {
            return false;
        }

        @Override
        public boolean isTemporary(Annotation annotation) {
            return true;
        }

        @Override
        public String getTypeLabel(Annotation annotation) {
            return Messages.problem;
        }

        @Override
        public int getLayer(Annotation annotation) {
            return 0;
        }

        @Override
        public void paint(Annotation annotation, GC gc, Canvas canvas, Rectangle bounds) {
            Image image = PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_ERROR_TSK);
            Rectangle size = image.getBounds();
            gc.drawImage(image, bounds.x + (bounds.width - size.width) / 2, bounds.y + (bounds.height - size.height) / 2);
        }

        @Override
        public boolean isPaintable(Annotation annotation) {
            return ERROR_TYPE.equals(annotation.getType());
        }

        @Override
        public boolean isSubtype(Object annotationType, Object potentialSupertype) {
            return annotationType.equals(potentialSupertype);
        }

        @Override
        public Object[] getSupertypes(Object annotationType) {
            return new Object[0];
        }
    }
}
