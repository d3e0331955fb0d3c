package mai.launcher.core;

/**
 * Posts state-change events to whoever listens (views, other services), asynchronously. Implemented over OSGi
 * EventAdmin; use it as an OSGi service.
 *
 * @since 0.1
 * @noimplement
 */
public interface EventPublisher {

    /**
     * Posts an event; returns at once.
     *
     * @param topic   one of the {@link Topics}
     * @param payload the immutable payload record, delivered under {@link Topics#DATA}
     */
    void post(String topic, Object payload);
}
