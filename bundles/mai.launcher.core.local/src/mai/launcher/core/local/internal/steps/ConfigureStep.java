package mai.launcher.core.local.internal.steps;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;

import mai.launcher.core.config.ConfigException;
import mai.launcher.core.local.internal.AdapterConfig;
import mai.launcher.core.local.internal.DotEnv;
import mai.launcher.core.local.internal.Layout;
import mai.launcher.core.local.internal.LocalPorts;
import mai.launcher.core.local.internal.Messages;
import mai.launcher.deployment.api.DeployContext;
import mai.launcher.deployment.api.DeployException;
import mai.launcher.deployment.api.DeployRequest;
import mai.launcher.deployment.api.DeployStep;

/**
 * Writes the ports the user chose where MaiBot reads them: {@code .env} (0.x reads it; 1.x takes it into its
 * generated config on first start), and gives the 0.x adapter its config from its template with the instance's
 * ports (NapCat connects to the adapter's port, the adapter to MaiBot's). Existing configs keep everything else the
 * user made.
 */
public final class ConfigureStep implements DeployStep {

    private final Layout layout;

    /**
     * @param layout the instance's folders
     */
    public ConfigureStep(Layout layout) {
        this.layout = layout;
    }

    @Override
    public String id() {
        return "configure"; //$NON-NLS-1$
    }

    @Override
    public String label(Locale locale) {
        return Messages.stepConfigure;
    }

    @Override
    public void run(DeployContext context, IProgressMonitor monitor) throws DeployException {
        LocalPorts ports = LocalPorts.of(context.request().options());
        try {
            boolean configured = Files.exists(layout.maibot().resolve("config").resolve("bot_config.toml")); //$NON-NLS-1$ //$NON-NLS-2$
            if (layout.isGeneration0() || !configured) {
                Map<String, String> variables = new LinkedHashMap<>();
                variables.put("HOST", "127.0.0.1"); //$NON-NLS-1$ //$NON-NLS-2$
                variables.put("PORT", String.valueOf(ports.maibot())); //$NON-NLS-1$
                variables.put("WEBUI_PORT", String.valueOf(ports.webui())); //$NON-NLS-1$
                DotEnv.set(layout.maibot().resolve(".env"), layout.maibot().resolve("template").resolve("template.env"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        variables);
                context.info(NLS.bind(Messages.portsWritten, ports.maibot(), ports.webui()));
            } else {
                context.info(Messages.configKept);
            }
            if (layout.isGeneration0()) {
                Path adapterConfig = layout.adapter().resolve("config.toml"); //$NON-NLS-1$
                copyIfMissing(layout.adapter().resolve("template").resolve("template_config.toml"), //$NON-NLS-1$ //$NON-NLS-2$
                        adapterConfig, context);
                wireAdapter(adapterConfig, ports, context);
            }
        } catch (IOException e) {
            throw new DeployException(NLS.bind(Messages.configNotWritten, layout.maibot(), e.getMessage()), e);
        }
        context.remember(DeployRequest.PORT, String.valueOf(ports.maibot()));
        context.remember(DeployRequest.WEBUI_PORT, String.valueOf(ports.webui()));
        context.remember(DeployRequest.ADAPTER_PORT, String.valueOf(ports.adapter()));
        context.request().option(DeployRequest.QQ).ifPresent(qq -> context.remember(DeployRequest.QQ, qq));
    }

    private static void wireAdapter(Path config, LocalPorts ports, DeployContext context)
            throws IOException, DeployException {
        if (!Files.isRegularFile(config)) {
            return;
        }
        try {
            if (AdapterConfig.wire(config, ports.adapter(), ports.maibot())) {
                context.info(NLS.bind(Messages.adapterWired, new Object[] { config, ports.adapter(), ports.maibot() }));
            }
        } catch (ConfigException e) {
            throw new DeployException(NLS.bind(Messages.adapterConfigInvalid, config, e.getMessage()), e);
        }
    }

    private static void copyIfMissing(Path template, Path target, DeployContext context) throws IOException {
        if (Files.isRegularFile(template) && !Files.exists(target)) {
            Files.copy(template, target, StandardCopyOption.COPY_ATTRIBUTES);
            context.info(NLS.bind(Messages.configCopied, target));
        }
    }
}
