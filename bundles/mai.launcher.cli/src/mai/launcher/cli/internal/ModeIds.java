package mai.launcher.cli.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

import mai.launcher.core.instance.DeployModeIds;
import mai.launcher.deployment.api.DeployMode;

/**
 * The deploy modes this installation knows, for help texts: the built-in ones, then those plugins register. Read
 * from the service registry's properties, so no mode is activated and no data folder is opened.
 */
final class ModeIds {

    private ModeIds() {
    }

    static List<String> known() {
        Set<String> ids = new LinkedHashSet<>(DeployModeIds.BUILT_IN);
        Bundle bundle = FrameworkUtil.getBundle(ModeIds.class);
        BundleContext context = bundle == null ? null : bundle.getBundleContext();
        if (context != null) {
            try {
                List<String> plugged = new ArrayList<>();
                for (ServiceReference<DeployMode> reference : context.getServiceReferences(DeployMode.class, null)) {
                    if (reference.getProperty(DeployMode.ID_PROPERTY) instanceof String id) {
                        plugged.add(id);
                    }
                }
                plugged.sort(null);
                ids.addAll(plugged);
            } catch (InvalidSyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        return List.copyOf(ids);
    }
}
