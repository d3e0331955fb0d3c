package mai.launcher.core;

/**
 * The EventAdmin topics on which the launcher's services announce state changes. The payload of every event is a
 * record of this package, stored under {@link #DATA} (the key e4's {@code @UIEventTopic} reads), so views receive
 * it directly. Payloads carry ids; receivers ask the service for details.
 *
 * @since 0.1
 * @noimplement
 */
public final class Topics {

    /** The event property that holds the payload record; equal to {@code IEventBroker.DATA}. */
    public static final String DATA = "org.eclipse.e4.data"; //$NON-NLS-1$

    /** The root of every launcher topic. */
    public static final String ROOT = "mai/launcher/"; //$NON-NLS-1$

    /** All instance topics, for subscribers. */
    public static final String INSTANCE_ALL = ROOT + "instance/*"; //$NON-NLS-1$
    /** An instance was created; payload {@link InstanceEvent}. */
    public static final String INSTANCE_CREATED = ROOT + "instance/CREATED"; //$NON-NLS-1$
    /** An instance's name, description or other properties changed; payload {@link InstanceEvent}. */
    public static final String INSTANCE_CHANGED = ROOT + "instance/CHANGED"; //$NON-NLS-1$
    /** An instance was deleted; payload {@link InstanceEvent}. */
    public static final String INSTANCE_DELETED = ROOT + "instance/DELETED"; //$NON-NLS-1$
    /** An instance's run status changed; payload {@link InstanceEvent}. */
    public static final String INSTANCE_STATUS = ROOT + "instance/STATUS"; //$NON-NLS-1$

    /** A setting was changed; payload {@link SettingEvent}. */
    public static final String SETTING_CHANGED = ROOT + "settings/CHANGED"; //$NON-NLS-1$

    /** All deployment topics, for subscribers. */
    public static final String DEPLOYMENT_ALL = ROOT + "deployment/*"; //$NON-NLS-1$
    /** A deployment started, progressed or ended; payload {@link DeploymentEvent}. */
    public static final String DEPLOYMENT_CHANGED = ROOT + "deployment/CHANGED"; //$NON-NLS-1$
    /** The deploy modes available changed (a plugin came or went); payload {@link ModesEvent}. */
    public static final String DEPLOYMENT_MODES_CHANGED = ROOT + "deployment/MODES_CHANGED"; //$NON-NLS-1$

    /** An API provider was added, changed or removed; payload {@link ProviderEvent}. */
    public static final String PROVIDER_CHANGED = ROOT + "provider/CHANGED"; //$NON-NLS-1$

    /** A component of an instance changed state; payload {@link ComponentEvent}. */
    public static final String COMPONENT_STATE = ROOT + "component/STATE"; //$NON-NLS-1$

    private Topics() {
    }
}
