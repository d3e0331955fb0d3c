package mai.launcher.ui.internal;

import org.eclipse.jface.resource.ImageDescriptor;

/** The bundle's own pictures. */
public final class Images {

    /** The launcher's icon, 64 pixels. */
    public static final String LAUNCHER_64 = "/icons/launcher_64.png"; //$NON-NLS-1$

    private Images() {
    }

    /**
     * @param path a path under the bundle's root, such as {@link #LAUNCHER_64}
     * @return a descriptor of it (the @2x variant is found by JFace where there is one)
     */
    public static ImageDescriptor descriptor(String path) {
        return ImageDescriptor.createFromURL(Images.class.getResource(path));
    }
}
