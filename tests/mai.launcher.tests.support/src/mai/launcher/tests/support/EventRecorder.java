package mai.launcher.tests.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.function.Predicate;

import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

import mai.launcher.core.Topics;

/** Records the EventAdmin events of some topics, for assertions; close it to stop listening. */
public final class EventRecorder implements AutoCloseable {

    private final List<Event> events = new ArrayList<>();
    private final ServiceRegistration<EventHandler> registration;

    private EventRecorder(String... topics) {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(EventConstants.EVENT_TOPIC, topics);
        registration = DataFolderFixture.context().registerService(EventHandler.class, this::record, properties);
    }

    /**
     * @param topics the topics, wildcards allowed
     * @return a recorder listening to them
     */
    public static EventRecorder on(String... topics) {
        return new EventRecorder(topics);
    }

    private synchronized void record(Event event) {
        events.add(event);
        notifyAll();
    }

    /** @return the events so far */
    public synchronized List<Event> events() {
        return List.copyOf(events);
    }

    /** Forgets the events so far. */
    public synchronized void clear() {
        events.clear();
    }

    /**
     * Waits for an event.
     *
     * @param topic   the exact topic
     * @param payload a test of the payload
     * @param timeout how long to wait
     * @return the payload of the first matching event
     */
    public synchronized Object await(String topic, Predicate<Object> payload, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (Event event : events) {
                if (event.getTopic().equals(topic) && payload.test(event.getProperty(Topics.DATA))) {
                    return event.getProperty(Topics.DATA);
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("No " + topic + " event within " + timeout + "; got " + describe()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /**
     * @param wait how long to wait before looking
     * @return the events after waiting
     */
    public List<Event> after(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return events();
    }

    private String describe() {
        return events.stream().map(e -> e.getTopic() + "=" + e.getProperty(Topics.DATA)).toList().toString(); //$NON-NLS-1$
    }

    @Override
    public void close() {
        registration.unregister();
    }
}
