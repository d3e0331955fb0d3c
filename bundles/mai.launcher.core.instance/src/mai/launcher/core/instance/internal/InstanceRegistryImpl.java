package mai.launcher.core.instance.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import mai.launcher.core.ErrorCode;
import mai.launcher.core.FileTrees;
import mai.launcher.core.EventPublisher;
import mai.launcher.core.InstanceEvent;
import mai.launcher.core.LauncherException;
import mai.launcher.core.LauncherPaths;
import mai.launcher.core.Topics;
import mai.launcher.core.instance.DeployModeIds;
import mai.launcher.core.instance.Instance;
import mai.launcher.core.instance.InstanceNames;
import mai.launcher.core.instance.InstanceRegistry;
import mai.launcher.core.instance.InstanceSpec;
import mai.launcher.core.instance.InstanceStatus;
import mai.launcher.core.storage.Database;

/** Instances in the database, with events for this process's changes and for other processes' changes. */
@Component(service = InstanceRegistry.class)
public final class InstanceRegistryImpl implements InstanceRegistry {

    /** The longest description accepted, in characters. */
    static final int MAX_DESCRIPTION = 2000;

    private final Database database;
    private final EventPublisher events;
    private final LauncherPaths paths;
    private final ExternalChanges externalChanges;

    @Activate
    public InstanceRegistryImpl(@Reference Database database, @Reference EventPublisher events,
            @Reference LauncherPaths paths) {
        this.database = database;
        this.events = events;
        this.paths = paths;
        this.externalChanges = new ExternalChanges(database, events);
    }

    @Deactivate
    void deactivate() {
        externalChanges.close();
    }

    @Override
    public List<Instance> list() throws LauncherException {
        List<Instance> instances = database.read(InstanceStore::list);
        externalChanges.watch(instances);
        return instances;
    }

    @Override
    public Optional<Instance> get(String id) throws LauncherException {
        Objects.requireNonNull(id, "id"); //$NON-NLS-1$
        return database.read(c -> InstanceStore.get(c, id));
    }

    @Override
    public Instance create(InstanceSpec spec) throws LauncherException {
        String name = validName(spec.name());
        if (!DeployModeIds.isWellFormed(spec.deployMode())) {
            throw new LauncherException(ErrorCode.INVALID_INPUT, NLS.bind(Messages.modeInvalid, spec.deployMode()));
        }
        String description = validDescription(spec.description());
        Instance created = database.write(c -> {
            checkUnique(c, name, null);
            String id = newId(c);
            Instance instance = new Instance(id, name, description, spec.deployMode(), InstanceStatus.PENDING,
                    createFolder(c, name), "maibot", "", spec.options().getOrDefault("qq", ""), Optional.empty(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    Optional.empty(), Optional.empty(), spec.options());
            InstanceStore.insert(c, instance);
            return InstanceStore.get(c, id).orElseThrow();
        });
        changed(Topics.INSTANCE_CREATED, created);
        return created;
    }

    @Override
    public Instance rename(String id, String newName) throws LauncherException {
        String name = validName(newName);
        Instance renamed = database.write(c -> {
            existing(c, id);
            checkUnique(c, name, id);
            InstanceStore.update(c, id, "name", name); //$NON-NLS-1$
            return existing(c, id);
        });
        changed(Topics.INSTANCE_CHANGED, renamed);
        return renamed;
    }

    @Override
    public Instance describe(String id, String description) throws LauncherException {
        String text = validDescription(description);
        Instance described = database.write(c -> {
            existing(c, id);
            InstanceStore.update(c, id, "description", text); //$NON-NLS-1$
            return existing(c, id);
        });
        changed(Topics.INSTANCE_CHANGED, described);
        return described;
    }

    @Override
    public Instance updateOptions(String id, Map<String, String> changes) throws LauncherException {
        Objects.requireNonNull(changes, "changes"); //$NON-NLS-1$
        Instance updated = database.write(c -> {
            InstanceStore.updateOptions(c, existing(c, id), changes);
            return existing(c, id);
        });
        changed(Topics.INSTANCE_CHANGED, updated);
        return updated;
    }

    @Override
    public Instance setStatus(String id, InstanceStatus status, String reason) throws LauncherException {
        Objects.requireNonNull(status, "status"); //$NON-NLS-1$
        Instance updated = database.write(c -> {
            existing(c, id);
            InstanceStore.updateStatus(c, id, status, reason == null ? "" : reason); //$NON-NLS-1$
            return existing(c, id);
        });
        changed(Topics.INSTANCE_STATUS, updated);
        return updated;
    }

    @Override
    public void delete(String id, boolean deleteFiles, IProgressMonitor monitor) throws LauncherException {
        Instance deleted = database.write(c -> {
            Instance instance = existing(c, id);
            InstanceStore.delete(c, id);
            return instance;
        });
        externalChanges.forget(id);
        events.post(Topics.INSTANCE_DELETED, new InstanceEvent(id, false));
        if (deleteFiles) {
            deleteFolder(deleted, monitor);
        }
    }

    private void deleteFolder(Instance instance, IProgressMonitor monitor) throws LauncherException {
        if (instance.instancePath().isBlank()) {
            return;
        }
        Path folder;
        try {
            folder = paths.instanceFolder(instance.instancePath());
        } catch (IllegalArgumentException e) {
            ILog.of(getClass()).warn("Not deleting " + instance.instancePath() + ": outside deployments/"); //$NON-NLS-1$ //$NON-NLS-2$
            return;
        }
        if (database.read(c -> InstanceStore.pathInUse(c, instance.instancePath()))) {
            return; // another instance lives in the same folder: keep it
        }
        try {
            FileTrees.deleteRecursively(folder, monitor);
        } catch (IOException e) {
            throw new LauncherException(ErrorCode.IO_ERROR,
                    NLS.bind(Messages.folderNotDeleted, folder, e.getMessage()), e);
        }
    }

    private void changed(String topic, Instance instance) {
        externalChanges.remember(instance);
        events.post(topic, new InstanceEvent(instance.id(), false));
    }

    private static String validName(String name) throws LauncherException {
        Optional<String> problem = InstanceNames.problem(name);
        if (problem.isPresent()) {
            throw new LauncherException(ErrorCode.INVALID_INPUT, problem.get());
        }
        return InstanceNames.normalize(name);
    }

    private static String validDescription(String description) throws LauncherException {
        String text = description == null ? "" : description.strip(); //$NON-NLS-1$
        if (text.length() > MAX_DESCRIPTION) {
            throw new LauncherException(ErrorCode.INVALID_INPUT,
                    NLS.bind(Messages.descriptionTooLong, text.length(), MAX_DESCRIPTION));
        }
        return text;
    }

    private static Instance existing(Connection c, String id) throws SQLException, LauncherException {
        Optional<Instance> instance = id == null ? Optional.empty() : InstanceStore.get(c, id);
        if (instance.isEmpty()) {
            throw new LauncherException(ErrorCode.NOT_FOUND, NLS.bind(Messages.notFound, id));
        }
        return instance.get();
    }

    private static void checkUnique(Connection c, String name, String exceptId)
            throws SQLException, LauncherException {
        if (InstanceStore.idByName(c, name, exceptId).isPresent()) {
            throw new LauncherException(ErrorCode.DUPLICATE_NAME, NLS.bind(Messages.nameTaken, name));
        }
    }

    private static String newId(Connection c) throws SQLException {
        String id;
        do {
            id = InstanceIds.next();
        } while (InstanceStore.idExists(c, id));
        return id;
    }

    /**
     * Makes the instance's folder, named after the instance; a folder already on disk or used by another instance
     * is never taken over: a number is added instead.
     */
    private String createFolder(Connection c, String name) throws SQLException, LauncherException {
        for (int n = 1;; n++) {
            String candidate = n == 1 ? name : name + "-" + n; //$NON-NLS-1$
            Path folder = paths.instanceFolder(candidate);
            if (!InstanceStore.pathInUse(c, candidate) && !Files.exists(folder)) {
                try {
                    Files.createDirectories(folder);
                } catch (IOException e) {
                    throw new LauncherException(ErrorCode.DATA_FOLDER_NOT_WRITABLE,
                            NLS.bind(Messages.folderNotCreated, folder, e.getMessage()), e);
                }
                return candidate;
            }
        }
    }

    /** What this process last saw of the instances, to tell which events another process's change means. */
    private static final class ExternalChanges implements AutoCloseable {
        private final Database database;
        private final EventPublisher events;
        private Map<String, Instance> snapshot; // guarded by this; null until watched
        private AutoCloseable subscription; // guarded by this

        ExternalChanges(Database database, EventPublisher events) {
            this.database = database;
            this.events = events;
        }

        /**
         * Starts watching from what a first listing saw. Later listings do not replace the snapshot: a change by
         * another process that is listed before the watch reports it would otherwise never be announced.
         */
        synchronized void watch(List<Instance> current) {
            if (snapshot == null) {
                snapshot = index(current);
            }
            if (subscription == null) {
                subscription = database.onExternalChange(this::reload);
            }
        }

        synchronized void remember(Instance instance) {
            if (snapshot != null) {
                snapshot.put(instance.id(), instance);
            }
        }

        synchronized void forget(String id) {
            if (snapshot != null) {
                snapshot.remove(id);
            }
        }

        private void reload() {
            List<Instance> current;
            try {
                current = database.read(InstanceStore::list);
            } catch (LauncherException e) {
                ILog.of(getClass()).warn("Cannot reload instances after an external change", e); //$NON-NLS-1$
                return;
            }
            Map<String, Instance> before;
            Map<String, Instance> after = index(current);
            synchronized (this) {
                before = snapshot == null ? Map.of() : snapshot;
                snapshot = new LinkedHashMap<>(after);
            }
            for (Instance now : after.values()) {
                Instance then = before.get(now.id());
                if (then == null) {
                    post(Topics.INSTANCE_CREATED, now.id());
                } else if (then.status() != now.status()) {
                    post(Topics.INSTANCE_STATUS, now.id());
                } else if (!then.equals(now)) {
                    post(Topics.INSTANCE_CHANGED, now.id());
                }
            }
            for (String id : before.keySet()) {
                if (!after.containsKey(id)) {
                    post(Topics.INSTANCE_DELETED, id);
                }
            }
        }

        private void post(String topic, String id) {
            events.post(topic, new InstanceEvent(id, true));
        }

        private static Map<String, Instance> index(List<Instance> instances) {
            Map<String, Instance> map = new LinkedHashMap<>();
            instances.forEach(i -> map.put(i.id(), i));
            return map;
        }

        @Override
        public synchronized void close() {
            if (subscription != null) {
                try {
                    subscription.close();
                } catch (Exception e) {
                    // nothing left to do
                }
                subscription = null;
            }
        }
    }
}
