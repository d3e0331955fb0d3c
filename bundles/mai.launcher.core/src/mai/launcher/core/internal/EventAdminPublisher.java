package mai.launcher.core.internal;

import java.util.Map;
import java.util.Objects;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

import mai.launcher.core.EventPublisher;
import mai.launcher.core.Topics;

/** Posts events through OSGi EventAdmin, with the payload under the key e4 reads. */
@Component(service = EventPublisher.class)
public final class EventAdminPublisher implements EventPublisher {

    private final EventAdmin eventAdmin;

    @Activate
    public EventAdminPublisher(@Reference EventAdmin eventAdmin) {
        this.eventAdmin = eventAdmin;
    }

    @Override
    public void post(String topic, Object payload) {
        Objects.requireNonNull(topic, "topic"); //$NON-NLS-1$
        Objects.requireNonNull(payload, "payload"); //$NON-NLS-1$
        eventAdmin.postEvent(new Event(topic, Map.of(Topics.DATA, payload)));
    }
}
