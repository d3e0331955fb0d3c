package mai.launcher.core.docker.internal.mode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;

import mai.launcher.core.AtomicWrite;
import mai.launcher.core.LauncherException;
import mai.launcher.core.PortCheck;
import mai.launcher.core.config.maibot.Terms;
import mai.launcher.core.config.maibot.Terms.Document;
import mai.launcher.core.docker.internal.Messages;
import mai.launcher.deployment.api.DeployContext;
import mai.launcher.deployment.api.DeployException;
import mai.launcher.deployment.api.DeployRequest;
import mai.launcher.deployment.api.DeployStep;
import mai.launcher.deployment.api.InstanceRef;

/**
 * Writes the instance's compose project and the files its containers need (the adapter's configuration pointing at
 * NapCat), checks it with {@code compose config}, and keeps the user's edits of an earlier compose file.
 */
public final class ComposeStep implements DeployStep {

    /** The option holding NapCat's WebUI token, generated once per instance. */
    static final String WEBUI_TOKEN = "napcat-webui-token"; //$NON-NLS-1$

    private final ComposeAccess compose;
    private final Function<String, Optional<String>> settings;
    private final Function<String, Set<Integer>> otherInstancesPorts;

    /**
     * A step that leaves the other instances' recorded ports out of the choice only through the port check.
     *
     * @param compose  where compose runs
     * @param settings reads a setting (the images)
     */
    public ComposeStep(ComposeAccess compose, Function<String, Optional<String>> settings) {
        this(compose, settings, id -> Set.of());
    }

    /**
     * @param compose             where compose runs
     * @param settings            reads a setting (the images)
     * @param otherInstancesPorts the host ports other instances recorded, by the id of the instance deployed
     */
    public ComposeStep(ComposeAccess compose, Function<String, Optional<String>> settings,
            Function<String, Set<Integer>> otherInstancesPorts) {
        this.compose = compose;
        this.settings = settings;
        this.otherInstancesPorts = otherInstancesPorts;
    }

    @Override
    public String id() {
        return "compose"; //$NON-NLS-1$
    }

    @Override
    public String label(Locale locale) {
        return Messages.stepCompose;
    }

    @Override
    public void run(DeployContext context, IProgressMonitor monitor) throws DeployException {
        InstanceRef instance = context.request().instance();
        DockerLayout layout = new DockerLayout(instance.folder());
        DockerOptions options = choosePorts(instance, context.request().options());
        Images images = Images.of(settings, context.request().options());
        String token = Optional.ofNullable(instance.options().get(WEBUI_TOKEN)).filter(t -> !t.isBlank())
                .orElseGet(ComposeStep::newToken);
        try {
            for (Path mount : layout.mounts()) {
                Files.createDirectories(mount);
            }
            ComposeFile file = new ComposeFile(DockerLayout.project(instance), instance.name(), options.generation(),
                    images.maibot(), images.napcat(), images.adapter(), options.webuiPort(),
                    options.napcatWebuiPort(), context.request().option(DeployRequest.QQ), token,
                    Terms.md5(layout.terms(), Document.EULA), Terms.md5(layout.terms(), Document.PRIVACY),
                    macAddress(instance.id()), uid(instance.folder()), gid(instance.folder()),
                    options.sqliteWebPort(), images.sqliteWeb());
            write(context, layout, file.text());
            AdapterWiring.write(layout, options.generation(), context::info);
            if (options.generation() == 0) {
                AdapterWiring.writeNapcatClient(layout, context.request().option(DeployRequest.QQ), context::info);
            }
            compose.compose(instance).run(List.of("config", "--quiet"), context::info, monitor); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (IOException e) {
            throw new DeployException(NLS.bind(Messages.composeNotWritten, layout.composeFile(), e.getMessage()), e);
        } catch (LauncherException e) {
            throw EngineStep.failure(e);
        }
        Optional<String> taken = DockerDeployMode.takenPort(options.hostPorts(), port -> compose.ownPort(instance, port));
        if (taken.isPresent()) {
            throw new DeployException(taken.get());
        }
        context.remember(WEBUI_TOKEN, token);
        context.remember(DockerOptions.GENERATION, String.valueOf(options.generation()));
        context.remember(DeployRequest.WEBUI_PORT, String.valueOf(options.webuiPort()));
        context.remember(DockerOptions.NAPCAT_WEBUI_PORT, String.valueOf(options.napcatWebuiPort()));
        if (options.sqliteWebPort() > 0) {
            context.remember(DockerOptions.SQLITE_WEB_PORT, String.valueOf(options.sqliteWebPort()));
        }
        context.remember("compose-project", DockerLayout.project(instance)); //$NON-NLS-1$
    }

    /**
     * The ports the user or an earlier deployment chose are kept; the others are the first ones from MaiBot's defaults
     * (18001, 6099) up that no other instance uses and nothing listens on.
     */
    private DockerOptions choosePorts(InstanceRef instance, Map<String, String> requested) {
        DockerOptions options = DockerOptions.of(requested);
        Set<Integer> reserved = new HashSet<>(otherInstancesPorts.apply(instance.id()));
        int webui = options.webuiPort();
        if (!requested.containsKey(DeployRequest.WEBUI_PORT)) {
            webui = freePort(instance, webui, reserved);
        }
        reserved.add(webui);
        int napcat = options.napcatWebuiPort();
        if (!requested.containsKey(DockerOptions.NAPCAT_WEBUI_PORT)) {
            napcat = freePort(instance, napcat, reserved);
        }
        return new DockerOptions(webui, napcat, options.generation(), options.tag(), options.sqliteWebPort());
    }

    private int freePort(InstanceRef instance, int from, Set<Integer> reserved) {
        for (int port = from; port < Math.min(65536, from + 200); port++) {
            if (!reserved.contains(port)
                    && (PortCheck.taken(port).isEmpty() || compose.ownPort(instance, port))) {
                return port;
            }
        }
        return from; // the check after writing names who holds it
    }

    /** Writes the file, unless the user edited the one the launcher wrote last: then it proposes the new one beside. */
    private static void write(DeployContext context, DockerLayout layout, String text) throws IOException {
        Path current = layout.composeFile();
        Path generated = layout.generatedCopy();
        if (Files.isRegularFile(current) && Files.isRegularFile(generated)
                && !Files.readString(current).equals(Files.readString(generated))) {
            if (Files.readString(generated).equals(text)) {
                context.info(NLS.bind(Messages.composeKept, current));
                return;
            }
            AtomicWrite.string(layout.proposedFile(), text);
            context.log("WARN", NLS.bind(Messages.composeEdited, new Object[] { current, layout.proposedFile(), //$NON-NLS-1$
                    LineChanges.summary(Files.readString(generated), text) }));
            AtomicWrite.string(generated, text);
            return;
        }
        AtomicWrite.string(current, text);
        AtomicWrite.string(generated, text);
        context.info(NLS.bind(Messages.composeWritten, current));
    }

    private static String newToken() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** A locally administered MAC address derived from the instance's id, the same on every regeneration. */
    static String macAddress(String instanceId) {
        int hash = instanceId.hashCode();
        return String.format("02:42:%02x:%02x:%02x:%02x", (hash >>> 24) & 0xff, (hash >>> 16) & 0xff, //$NON-NLS-1$
                (hash >>> 8) & 0xff, hash & 0xff);
    }

    private static int uid(Path folder) {
        try {
            return (Integer) Files.getAttribute(folder, "unix:uid"); //$NON-NLS-1$
        } catch (IOException | RuntimeException e) {
            return 1000;
        }
    }

    private static int gid(Path folder) {
        try {
            return (Integer) Files.getAttribute(folder, "unix:gid"); //$NON-NLS-1$
        } catch (IOException | RuntimeException e) {
            return 1000;
        }
    }
}
