package mai.launcher.core.deployment.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SafeRunner;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import mai.launcher.core.ErrorCode;
import mai.launcher.core.EventPublisher;
import mai.launcher.core.LauncherException;
import mai.launcher.core.LauncherPaths;
import mai.launcher.core.deployment.Deployment;
import mai.launcher.core.deployment.DeploymentLogLine;
import mai.launcher.core.deployment.DeploymentService;
import mai.launcher.core.deployment.ModeInfo;
import mai.launcher.core.instance.Instance;
import mai.launcher.core.instance.InstanceRegistry;
import mai.launcher.core.storage.Database;
import mai.launcher.core.storage.Settings;
import mai.launcher.deployment.api.Availability;
import mai.launcher.deployment.api.ConsentDocument;
import mai.launcher.deployment.api.DeployMode;
import mai.launcher.deployment.api.DeployRequest;

/** Deployments as recorded tasks; deployments cut off by a crash are marked interrupted when this starts. */
@Component(service = DeploymentService.class)
public final class DeploymentServiceImpl implements DeploymentService {

    private final Database database;
    private final InstanceRegistry instances;
    private final DeployModeRegistry modes;
    private final LauncherPaths paths;
    private final DeploymentRunner.Services services;
    private final List<Consumer<DeploymentLogLine>> logListeners = new CopyOnWriteArrayList<>();
    private final Set<String> deploying = ConcurrentHashMap.newKeySet();

    @Activate
    public DeploymentServiceImpl(@Reference Database database, @Reference InstanceRegistry instances,
            @Reference DeployModeRegistry modes, @Reference Settings settings, @Reference EventPublisher events,
            @Reference LauncherPaths paths) {
        this.database = database;
        this.instances = instances;
        this.modes = modes;
        this.paths = paths;
        this.services = new DeploymentRunner.Services(database, settings, instances, events, logListeners);
        markInterrupted();
    }

    private void markInterrupted() {
        try {
            int cut = database.write(DeploymentStore::markInterrupted);
            if (cut > 0) {
                ILog.of(getClass()).info(cut + " deployment(s) cut off earlier are now marked interrupted"); //$NON-NLS-1$
            }
        } catch (LauncherException e) {
            ILog.of(getClass()).warn(e.getMessage(), e); // the database's own error will reach the user when used
        }
    }

    @Override
    public List<ModeInfo> modes() {
        Locale locale = Locale.getDefault();
        return modes.all().stream().map(m -> new ModeInfo(m.id(), m.label(locale), m.description(locale),
                availability(m))).toList();
    }

    @Override
    public List<String> modeIds() {
        return modes.all().stream().map(DeployMode::id).toList();
    }

    private static Availability availability(DeployMode mode) {
        Availability[] result = { Availability.unavailable(Messages.modeCheckFailed, "") }; //$NON-NLS-1$
        SafeRunner.run(() -> result[0] = mode.availability());
        return result[0];
    }

    @Override
    public Deployment deploy(String instanceId, Map<String, String> options, IProgressMonitor monitor)
            throws LauncherException {
        Instance instance = InstanceRefs.instance(instances, instanceId);
        DeployMode mode = InstanceRefs.mode(modes, instance);
        String id = DeploymentStore.newId();
        Map<String, String> merged = new HashMap<>(instance.options());
        merged.putAll(options);
        database.write(c -> {
            checkNotRunning(c, instance);
            DeploymentStore.insert(c, id, instanceId, mode.id(), merged);
            return null;
        });
        return run(id, instance, mode, merged, monitor);
    }

    @Override
    public Deployment retry(String deploymentId, Map<String, String> extraOptions, IProgressMonitor monitor)
            throws LauncherException {
        Deployment earlier = deployment(deploymentId).orElseThrow(() -> new LauncherException(ErrorCode.NOT_FOUND,
                NLS.bind(Messages.noSuchDeployment, deploymentId)));
        Instance instance = InstanceRefs.instance(instances, earlier.instanceId());
        DeployMode mode = InstanceRefs.mode(modes, instance);
        Map<String, String> options = new HashMap<>(earlier.options());
        options.putAll(extraOptions);
        database.write(c -> {
            checkNotRunning(c, instance);
            return null;
        });
        return run(deploymentId, instance, mode, options, monitor);
    }

    private Deployment run(String id, Instance instance, DeployMode mode, Map<String, String> options,
            IProgressMonitor monitor) throws LauncherException {
        Availability availability = availability(mode);
        if (!availability.available()) {
            throw new LauncherException(ErrorCode.UNAVAILABLE, NLS.bind(Messages.modeUnavailable,
                    new Object[] { mode.label(Locale.getDefault()), availability.reason(), availability.fix() }));
        }
        if (!deploying.add(instance.id())) {
            throw new LauncherException(ErrorCode.CONFLICT, NLS.bind(Messages.alreadyDeploying, instance.name()));
        }
        try {
            DeployRequest request = new DeployRequest(InstanceRefs.ref(instance, paths), options);
            return new DeploymentRunner(services, id, request).run(mode, monitor);
        } finally {
            deploying.remove(instance.id());
        }
    }

    private static void checkNotRunning(Connection c, Instance instance)
            throws SQLException, LauncherException {
        Optional<Deployment> running = DeploymentStore.running(c, instance.id());
        if (running.isPresent()) {
            throw new LauncherException(ErrorCode.CONFLICT, NLS.bind(Messages.alreadyDeploying, instance.name()));
        }
    }

    @Override
    public List<Deployment> deployments(String instanceId) throws LauncherException {
        return database.read(c -> DeploymentStore.forInstance(c, instanceId));
    }

    @Override
    public Optional<Deployment> deployment(String deploymentId) throws LauncherException {
        return database.read(c -> DeploymentStore.get(c, deploymentId));
    }

    @Override
    public List<DeploymentLogLine> log(String deploymentId) throws LauncherException {
        return database.read(c -> DeploymentStore.log(c, deploymentId));
    }

    @Override
    public List<ConsentDocument> consentNeeded(String instanceId) throws LauncherException {
        Instance instance = InstanceRefs.instance(instances, instanceId);
        return InstanceRefs.mode(modes, instance).consentNeeded(InstanceRefs.ref(instance, paths));
    }

    @Override
    public AutoCloseable onLog(Consumer<DeploymentLogLine> listener) {
        logListeners.add(listener);
        return () -> logListeners.remove(listener);
    }
}
