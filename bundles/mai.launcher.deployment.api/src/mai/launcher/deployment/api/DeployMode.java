package mai.launcher.deployment.api;

import java.util.List;
import java.util.Locale;

/**
 * A way to deploy and run MaiBot instances. Register implementations as OSGi services with the property
 * {@link #ID_PROPERTY}; see the package documentation.
 *
 * @since 1.0
 */
public interface DeployMode {

    /** The service property that carries the mode's id, so the launcher can list modes without activating them. */
    String ID_PROPERTY = "mai.launcher.deploymode.id"; //$NON-NLS-1$

    /**
     * @return the mode's id, stored with each instance: lower-case letters, digits, {@code _ . -}, starting with a
     *         letter (e.g. {@code local}, {@code docker}); it must equal the {@link #ID_PROPERTY} service property
     */
    String id();

    /**
     * @param locale the user's locale
     * @return the mode's name in that language, as short as a menu item
     */
    String label(Locale locale);

    /**
     * @param locale the user's locale
     * @return one or two sentences on what the mode does and when to choose it
     */
    String description(Locale locale);

    /**
     * Checks whether the mode can work on this machine now. May do I/O (look for programs, ask an engine); it is
     * called from a background thread.
     *
     * @return whether the mode is available, and if not, why and what to do
     */
    Availability availability();

    /**
     * @param request the instance to deploy and the user's choices
     * @return the steps of the deployment, in order
     * @throws DeployException if the request cannot be deployed by this mode (a missing or wrong option)
     */
    List<DeployStep> plan(DeployRequest request) throws DeployException;

    /**
     * @param instance an instance deployed (or being deployed) by this mode
     * @return its components, in the order they start
     */
    List<Component> components(InstanceRef instance);

    /** @return what starts, stops and watches the instances' components */
    ComponentRuntime runtime();

    /**
     * Lists the texts the user has yet to accept before the instance can run, once a deployment got far enough to
     * have them (MaiBot's terms come with its clone). A deployment stops with a {@link DeployException} while
     * consent is missing; the workbench then shows these documents and retries.
     *
     * @param instance an instance of this mode
     * @return the documents awaiting consent; none by default
     */
    default List<ConsentDocument> consentNeeded(InstanceRef instance) {
        return List.of();
    }
}
