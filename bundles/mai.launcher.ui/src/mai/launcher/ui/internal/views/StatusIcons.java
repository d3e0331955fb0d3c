package mai.launcher.ui.internal.views;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;

import mai.launcher.core.instance.InstanceStatus;

/** A coloured dot per status, drawn at any zoom (no image files to keep sharp on high-DPI screens). */
final class StatusIcons {

    private final ResourceManager resources;
    private final Map<InstanceStatus, Image> images = new EnumMap<>(InstanceStatus.class);

    StatusIcons(ResourceManager resources) {
        this.resources = resources;
    }

    Image get(InstanceStatus status) {
        return images.computeIfAbsent(status, s -> resources.create(descriptor(color(s))));
    }

    static RGB color(InstanceStatus status) {
        return switch (status) {
            case RUNNING -> new RGB(46, 160, 67);
            case STARTING, STOPPING, PARTIAL -> new RGB(219, 154, 4);
            case FAILED -> new RGB(207, 34, 46);
            case PENDING -> new RGB(84, 130, 220);
            default -> new RGB(140, 149, 159);
        };
    }

    private static ImageDescriptor descriptor(RGB color) {
        return ImageDescriptor.createFromImageDataProvider(zoom -> dot(color, 16 * zoom / 100));
    }

    /** A filled circle of half the image's size, centred, with a soft edge. */
    private static ImageData dot(RGB color, int size) {
        ImageData data = new ImageData(size, size, 24, new PaletteData(0xFF0000, 0xFF00, 0xFF));
        int pixel = data.palette.getPixel(color);
        double centre = (size - 1) / 2.0;
        double radius = size * 0.28;
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                double distance = Math.hypot(x - centre, y - centre);
                double coverage = Math.max(0, Math.min(1, radius + 0.5 - distance));
                data.setPixel(x, y, pixel);
                data.setAlpha(x, y, (int) Math.round(coverage * 255));
            }
        }
        return data;
    }
}
