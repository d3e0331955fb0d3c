package mai.launcher.core.docker.internal.mode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.core.runtime.ILog;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import mai.launcher.core.ErrorCode;
import mai.launcher.core.LauncherException;
import mai.launcher.core.PortCheck;
import mai.launcher.core.config.maibot.Terms;
import mai.launcher.core.docker.ComposeInfo;
import mai.launcher.core.docker.DockerEngine;
import mai.launcher.core.docker.EngineInfo;
import mai.launcher.core.docker.internal.ComposeCli;
import mai.launcher.core.docker.internal.Messages;
import mai.launcher.core.instance.Instance;
import mai.launcher.core.instance.InstanceRegistry;
import mai.launcher.core.storage.Settings;
import mai.launcher.deployment.api.Availability;
import mai.launcher.deployment.api.ComponentRuntime;
import mai.launcher.deployment.api.ConsentDocument;
import mai.launcher.deployment.api.DeployException;
import mai.launcher.deployment.api.DeployMode;
import mai.launcher.deployment.api.DeployRequest;
import mai.launcher.deployment.api.DeployStep;
import mai.launcher.deployment.api.InstanceRef;

/**
 * The Docker deploy mode: MaiBot and NapCat (and the 0.x adapter) as containers of one compose project per instance,
 * run by the machine's Docker engine. Containers keep running when the launcher closes; their state comes from the
 * engine's event stream.
 */
@Component(service = DeployMode.class, property = DeployMode.ID_PROPERTY + "=" + DockerDeployMode.ID)
public final class DockerDeployMode implements DeployMode {

    /** The mode's id. */
    public static final String ID = "docker"; //$NON-NLS-1$

    private final DockerEngine engine;
    private final Settings settings;
    private final InstanceRegistry instances;
    private final DockerRuntime runtime;

    /**
     * @param engine    the engine
     * @param settings  the launcher's settings (images, mirror)
     * @param instances the instances, whose ports a new one must not take
     */
    @Activate
    public DockerDeployMode(@Reference DockerEngine engine, @Reference Settings settings,
            @Reference InstanceRegistry instances) {
        this.engine = engine;
        this.settings = settings;
        this.instances = instances;
        this.runtime = new DockerRuntime(engine);
    }

    @Deactivate
    void deactivate() {
        runtime.close();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label(Locale locale) {
        return Messages.modeLabel;
    }

    @Override
    public String description(Locale locale) {
        return Messages.modeDescription;
    }

    @Override
    public Availability availability() {
        try {
            checked(engine);
            return Availability.ok();
        } catch (DeployException e) {
            return Availability.unavailable(e.getMessage(), ""); //$NON-NLS-1$
        }
    }

    @Override
    public List<DeployStep> plan(DeployRequest request) {
        Function<String, Optional<String>> read = this::setting;
        ComposeAccess compose = access(engine);
        return List.of(new EngineStep(engine), new ImagesStep(ImagesStep.of(engine), read), new TermsStep(engine::fileInImage, read),
                new ComposeStep(compose, read, this::otherInstancesPorts), new UpStep(compose));
    }

    /** @return the host ports the other Docker instances recorded when they were deployed */
    private Set<Integer> otherInstancesPorts(String instanceId) {
        Set<Integer> ports = new HashSet<>();
        try {
            for (Instance other : instances.list()) {
                if (other.id().equals(instanceId)) {
                    continue;
                }
                for (String key : List.of(DeployRequest.WEBUI_PORT, DockerOptions.NAPCAT_WEBUI_PORT)) {
                    String value = other.options().get(key);
                    if (value != null && value.strip().matches("\\d{1,5}")) { //$NON-NLS-1$
                        ports.add(Integer.parseInt(value.strip()));
                    }
                }
            }
        } catch (LauncherException e) {
            ILog.of(getClass()).warn(e.getMessage(), e);
        }
        return ports;
    }

    private Optional<String> setting(String key) {
        try {
            return settings.get(key);
        } catch (LauncherException e) {
            ILog.of(getClass()).warn(e.getMessage(), e);
            return Optional.empty();
        }
    }

    @Override
    public List<mai.launcher.deployment.api.Component> components(InstanceRef instance) {
        return componentsOf(instance);
    }

    /**
     * @param instance an instance of a compose-based mode (this one, or Docker in WSL)
     * @return its components: NapCat, MaiBot, and for 0.x the adapter
     */
    public static List<mai.launcher.deployment.api.Component> componentsOf(InstanceRef instance) {
        DockerOptions options = DockerOptions.of(instance.options());
        List<mai.launcher.deployment.api.Component> components = new ArrayList<>();
        components.add(new mai.launcher.deployment.api.Component(mai.launcher.deployment.api.Component.NAPCAT,
                "NapCat", List.of(options.napcatWebuiPort()))); //$NON-NLS-1$
        components.add(new mai.launcher.deployment.api.Component(mai.launcher.deployment.api.Component.MAIBOT,
                "MaiBot", List.of(options.webuiPort()))); //$NON-NLS-1$
        if (options.generation() == 0) {
            components.add(new mai.launcher.deployment.api.Component(mai.launcher.deployment.api.Component.ADAPTER,
                    "MaiBot-Napcat-Adapter", List.of())); //$NON-NLS-1$
        }
        return List.copyOf(components);
    }

    @Override
    public ComponentRuntime runtime() {
        return runtime;
    }

    @Override
    public List<ConsentDocument> consentNeeded(InstanceRef instance) {
        return consentOf(instance);
    }

    /**
     * @param instance an instance of a compose-based mode (this one, or Docker in WSL)
     * @return MaiBot's terms copied out of its image that await the user's consent
     */
    public static List<ConsentDocument> consentOf(InstanceRef instance) {
        try {
            return Terms.pending(new DockerLayout(instance.folder()).terms()).stream().map(p -> new ConsentDocument(
                    p.document() == Terms.Document.EULA ? Messages.eulaTitle : Messages.privacyTitle, p.file(),
                    DeployRequest.ACCEPT_EULA,
                    p.document() == Terms.Document.EULA ? DeployRequest.EULA_MD5 : DeployRequest.PRIVACY_MD5, p.md5()))
                    .toList();
        } catch (IOException e) {
            ILog.of(DockerDeployMode.class).warn(e.getMessage(), e);
            return List.of();
        }
    }

    /**
     * @param engine the engine
     * @return what it says about itself, when it runs and compose is installed
     * @throws DeployException saying what is missing and how to get it
     */
    static EngineInfo checked(DockerEngine engine) throws DeployException {
        try {
            EngineInfo info = engine.info();
            if (info.compose().isEmpty()) {
                throw new DeployException(Messages.composeNotFound);
            }
            return info;
        } catch (LauncherException e) {
            throw EngineStep.failure(e);
        }
    }

    /**
     * @param engine the engine
     * @return compose through this machine's engine
     */
    static ComposeAccess access(DockerEngine engine) {
        return new ComposeAccess() {
            @Override
            public ComposeCli compose(InstanceRef instance) throws LauncherException {
                return DockerDeployMode.compose(engine, instance);
            }

            @Override
            public boolean ownPort(InstanceRef instance, int port) {
                return DockerDeployMode.ownPort(engine, instance, port);
            }
        };
    }

    /**
     * @param engine   the engine
     * @param instance an instance
     * @return compose for its project
     * @throws LauncherException when the engine or compose is missing
     */
    static ComposeCli compose(DockerEngine engine, InstanceRef instance) throws LauncherException {
        EngineInfo info = engine.info();
        ComposeInfo compose = info.compose()
                .orElseThrow(() -> new LauncherException(ErrorCode.UNAVAILABLE, Messages.composeNotFound));
        DockerLayout layout = new DockerLayout(instance.folder());
        if (!java.nio.file.Files.isRegularFile(layout.composeFile())) {
            throw new LauncherException(ErrorCode.NOT_FOUND,
                    org.eclipse.osgi.util.NLS.bind(Messages.notDeployed, instance.name()));
        }
        return new ComposeCli(compose, info.endpoint(), DockerLayout.project(instance), layout.composeFile());
    }

    /**
     * @param ports   host ports the instance needs
     * @param ownPort whether one of the instance's own containers holds a port already
     * @return the sentence naming the first of them that something else listens on
     */
    static Optional<String> takenPort(List<Integer> ports, java.util.function.IntPredicate ownPort) {
        for (int port : ports) {
            Optional<String> taken = PortCheck.taken(port);
            if (taken.isPresent() && !ownPort.test(port)) {
                return taken;
            }
        }
        return Optional.empty();
    }

    /**
     * @param engine   the engine
     * @param instance an instance
     * @param port     a host port
     * @return whether one of the instance's own running containers publishes it
     */
    static boolean ownPort(DockerEngine engine, InstanceRef instance, int port) {
        try {
            return engine.containers(DockerLayout.project(instance)).stream().filter(c -> c.running())
                    .anyMatch(c -> c.ports().stream().anyMatch(p -> p.contains(":" + port + "->"))); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (LauncherException e) {
            return false;
        }
    }
}
