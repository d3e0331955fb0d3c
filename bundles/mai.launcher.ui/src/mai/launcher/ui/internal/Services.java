package mai.launcher.ui.internal;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/** Looks up the launcher's OSGi services for handlers, which e4 does not inject. */
public final class Services {

    private Services() {
    }

    /**
     * @param <T>  the service type
     * @param type the service interface
     * @return the service
     * @throws IllegalStateException if it is not registered (the application registers the data folder before the
     *                               workbench starts, so this means a broken installation)
     */
    public static <T> T get(Class<T> type) {
        BundleContext context = FrameworkUtil.getBundle(Services.class).getBundleContext();
        ServiceReference<T> reference = context.getServiceReference(type);
        T service = reference == null ? null : context.getService(reference);
        if (service == null) {
            throw new IllegalStateException("No " + type.getName() + " service"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return service;
    }
}
