package mai.launcher.core.deployment.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import mai.launcher.core.EventPublisher;
import mai.launcher.core.ModesEvent;
import mai.launcher.core.Topics;
import mai.launcher.deployment.api.DeployMode;

/**
 * The deploy modes registered as OSGi services (the whiteboard): a plugin's mode appears when its bundle starts and
 * disappears when it stops, with an event each time.
 */
@Component(service = DeployModeRegistry.class)
public final class DeployModeRegistry {

    private final EventPublisher events;
    private final Map<String, DeployMode> modes = new ConcurrentHashMap<>();
    private final List<BiConsumer<DeployMode, Boolean>> listeners = new CopyOnWriteArrayList<>();

    @Activate
    public DeployModeRegistry(@Reference EventPublisher events) {
        this.events = events;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addMode(DeployMode mode) {
        modes.put(mode.id(), mode);
        listeners.forEach(l -> l.accept(mode, Boolean.TRUE));
        events.post(Topics.DEPLOYMENT_MODES_CHANGED, new ModesEvent(mode.id(), true));
    }

    void removeMode(DeployMode mode) {
        if (modes.remove(mode.id(), mode)) {
            listeners.forEach(l -> l.accept(mode, Boolean.FALSE));
            events.post(Topics.DEPLOYMENT_MODES_CHANGED, new ModesEvent(mode.id(), false));
        }
    }

    /** @return the modes registered now, by id */
    public List<DeployMode> all() {
        return modes.values().stream().sorted(Comparator.comparing(DeployMode::id)).toList();
    }

    /**
     * @param id a mode's id
     * @return the mode, if registered
     */
    public Optional<DeployMode> mode(String id) {
        return Optional.ofNullable(modes.get(id));
    }

    /**
     * Tells a listener of the modes registered now and of those that come and go later.
     *
     * @param listener receives each mode with {@code true} when it comes and {@code false} when it goes
     * @return removes the listener
     */
    public AutoCloseable track(BiConsumer<DeployMode, Boolean> listener) {
        listeners.add(listener);
        modes.values().forEach(m -> listener.accept(m, Boolean.TRUE));
        return () -> listeners.remove(listener);
    }
}
