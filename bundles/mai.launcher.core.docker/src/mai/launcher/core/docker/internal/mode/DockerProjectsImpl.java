package mai.launcher.core.docker.internal.mode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import mai.launcher.core.AtomicWrite;
import mai.launcher.core.ErrorCode;
import mai.launcher.core.LauncherException;
import mai.launcher.core.LauncherPaths;
import mai.launcher.core.docker.ContainerInfo;
import mai.launcher.core.docker.DockerEngine;
import mai.launcher.core.docker.DockerProjects;
import mai.launcher.core.docker.internal.ComposeCli;
import mai.launcher.core.docker.internal.Messages;
import mai.launcher.core.instance.DeployModeIds;
import mai.launcher.core.instance.Instance;
import mai.launcher.core.instance.InstanceRegistry;
import mai.launcher.deployment.api.InstanceRef;

/** The instances' compose projects, through compose and the engine. */
@Component(service = DockerProjects.class)
public final class DockerProjectsImpl implements DockerProjects {

    private final DockerEngine engine;
    private final InstanceRegistry instances;
    private final LauncherPaths paths;

    /**
     * @param engine    the engine
     * @param instances the instances
     * @param paths     the data folder
     */
    @Activate
    public DockerProjectsImpl(@Reference DockerEngine engine, @Reference InstanceRegistry instances,
            @Reference LauncherPaths paths) {
        this.engine = engine;
        this.instances = instances;
        this.paths = paths;
    }

    private InstanceRef ref(String instanceId) throws LauncherException {
        Instance instance = instances.get(instanceId).orElseThrow(() -> new LauncherException(ErrorCode.NOT_FOUND,
                NLS.bind(Messages.noSuchInstance, instanceId)));
        return new InstanceRef(instance.id(), instance.name(), paths.instanceFolder(instance.instancePath()),
                instance.options());
    }

    @Override
    public boolean isDocker(String instanceId) throws LauncherException {
        String mode = instances.get(instanceId).map(Instance::deployMode).orElse(""); //$NON-NLS-1$
        return DeployModeIds.DOCKER.equals(mode) || DeployModeIds.WSL2_DOCKER.equals(mode);
    }

    @Override
    public String project(String instanceId) {
        return DockerLayout.project(instanceId);
    }

    @Override
    public Path composeFile(String instanceId) throws LauncherException {
        return new DockerLayout(ref(instanceId).folder()).composeFile();
    }

    @Override
    public List<ContainerInfo> containers(String instanceId) throws LauncherException {
        return engine.containers(project(instanceId));
    }

    @Override
    public void up(String instanceId, Consumer<String> output, IProgressMonitor monitor) throws LauncherException {
        InstanceRef instance = ref(instanceId);
        Optional<String> taken = DockerDeployMode.takenPort(DockerOptions.of(instance.options()).hostPorts(),
                port -> DockerDeployMode.ownPort(engine, instance, port));
        if (taken.isPresent()) {
            throw new LauncherException(ErrorCode.CONFLICT, taken.get());
        }
        DockerDeployMode.compose(engine, instance).run(List.of("up", "-d", "--remove-orphans"), output, monitor); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    @Override
    public void down(String instanceId, boolean removeVolumes, Consumer<String> output, IProgressMonitor monitor)
            throws LauncherException {
        List<String> arguments = removeVolumes ? List.of("down", "--volumes", "--remove-orphans") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                : List.of("down", "--remove-orphans"); //$NON-NLS-1$ //$NON-NLS-2$
        DockerDeployMode.compose(engine, ref(instanceId)).run(arguments, output, monitor);
    }

    @Override
    public int napcatWebuiPort(String instanceId) throws LauncherException {
        return DockerOptions.of(ref(instanceId).options()).napcatWebuiPort();
    }

    @Override
    public Optional<String> checkCompose(String instanceId, String text) throws LauncherException {
        InstanceRef instance = ref(instanceId);
        DockerLayout layout = new DockerLayout(instance.folder());
        Path check = layout.folder().resolve(".docker-compose.check.yml"); //$NON-NLS-1$
        try {
            AtomicWrite.string(check, text);
            ComposeCli compose = DockerDeployMode.compose(engine, instance).withFile(check);
            compose.run(List.of("config", "--quiet"), line -> { }, null); //$NON-NLS-1$ //$NON-NLS-2$
            return Optional.empty();
        } catch (LauncherException e) {
            if (e.code() == ErrorCode.FAILED) {
                return Optional.of(e.getMessage());
            }
            throw e;
        } catch (IOException e) {
            throw new LauncherException(ErrorCode.FAILED,
                    NLS.bind(Messages.composeNotWritten, check, e.getMessage()), e);
        } finally {
            try {
                Files.deleteIfExists(check);
            } catch (IOException e) {
                // a stale check file does no harm
            }
        }
    }

    @Override
    public void saveCompose(String instanceId, String text) throws LauncherException {
        Optional<String> problem = checkCompose(instanceId, text);
        if (problem.isPresent()) {
            throw new LauncherException(ErrorCode.INVALID_INPUT, problem.get());
        }
        DockerLayout layout = new DockerLayout(ref(instanceId).folder());
        try {
            if (Files.isRegularFile(layout.composeFile())) {
                AtomicWrite.string(layout.generatedCopy().resolveSibling("docker-compose.yml.previous"), //$NON-NLS-1$
                        Files.readString(layout.composeFile()));
            }
            AtomicWrite.string(layout.composeFile(), text);
        } catch (IOException e) {
            throw new LauncherException(ErrorCode.FAILED,
                    NLS.bind(Messages.composeNotWritten, layout.composeFile(), e.getMessage()), e);
        }
    }
}
