package mai.launcher.ui.docker.internal;

import java.util.function.DoubleFunction;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/** A small line chart of the last samples of one value, its scale growing with the largest one shown. */
final class StatsChart {

    /** How many samples it shows (about two minutes at one a second). */
    static final int SAMPLES = 120;

    private final Canvas canvas;
    private final double[] values = new double[SAMPLES];
    private final String title;
    private final DoubleFunction<String> format;
    private final Color line;
    private int count;
    private int next;

    StatsChart(Composite parent, String title, RGB colour, DoubleFunction<String> format) {
        this.title = title;
        this.format = format;
        this.canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        this.line = new Color(colour);
        canvas.addPaintListener(e -> paint(e.gc));
    }

    Canvas control() {
        return canvas;
    }

    /** @param value a new sample */
    void add(double value) {
        values[next] = value;
        next = (next + 1) % SAMPLES;
        count = Math.min(count + 1, SAMPLES);
        if (!canvas.isDisposed()) {
            canvas.redraw();
        }
    }

    /** @return the newest sample, or 0 */
    double last() {
        return count == 0 ? 0 : values[(next - 1 + SAMPLES) % SAMPLES];
    }

    private void paint(GC gc) {
        Point size = canvas.getSize();
        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        gc.fillRectangle(0, 0, size.x, size.y);
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
        gc.drawRectangle(0, 0, size.x - 1, size.y - 1);
        double max = 0;
        for (int i = 0; i < count; i++) {
            max = Math.max(max, values[(next - count + i + SAMPLES) % SAMPLES]);
        }
        max = max <= 0 ? 1 : max * 1.2;
        int top = 18;
        int height = Math.max(1, size.y - top - 4);
        if (count > 1) {
            int[] points = new int[count * 2];
            for (int i = 0; i < count; i++) {
                double v = values[(next - count + i + SAMPLES) % SAMPLES];
                points[2 * i] = 2 + (int) ((size.x - 4) * (SAMPLES - count + i) / (double) (SAMPLES - 1));
                points[2 * i + 1] = top + height - (int) (height * v / max);
            }
            gc.setForeground(line);
            gc.setLineWidth(2);
            gc.setAntialias(SWT.ON);
            gc.drawPolyline(points);
            gc.setLineWidth(1);
        }
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
        gc.drawText(title + ": " + (count == 0 ? "-" : format.apply(last())), 4, 2, true); //$NON-NLS-1$ //$NON-NLS-2$
        String scale = format.apply(max);
        gc.drawText(scale, size.x - gc.textExtent(scale).x - 4, 2, true);
    }

    void dispose() {
        line.dispose();
    }
}
