package mai.launcher.ui.docker.internal;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceLocator;

/** The bundle's icons (16 px, with @2x versions). */
final class Icons {

    private Icons() {
    }

    /**
     * @param name an icon's name without extension, e.g. {@code start}
     * @return its descriptor
     */
    static ImageDescriptor descriptor(String name) {
        return ResourceLocator.imageDescriptorFromBundle(Icons.class, "icons/" + name + ".png") //$NON-NLS-1$ //$NON-NLS-2$
                .orElse(ImageDescriptor.getMissingImageDescriptor());
    }
}
