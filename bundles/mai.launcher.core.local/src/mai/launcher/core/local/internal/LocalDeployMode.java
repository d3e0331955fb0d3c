package mai.launcher.core.local.internal;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.ILog;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import mai.launcher.core.LauncherException;
import mai.launcher.core.local.internal.run.LocalRuntime;
import mai.launcher.core.local.internal.steps.CloneStep;
import mai.launcher.core.local.internal.steps.ConfigureStep;
import mai.launcher.core.local.internal.steps.DependenciesStep;
import mai.launcher.core.local.internal.steps.PythonStep;
import mai.launcher.core.local.internal.steps.TermsStep;
import mai.launcher.core.storage.Settings;
import mai.launcher.deployment.api.Availability;
import mai.launcher.deployment.api.ComponentRuntime;
import mai.launcher.deployment.api.ConsentDocument;
import mai.launcher.deployment.api.DeployMode;
import mai.launcher.deployment.api.DeployRequest;
import mai.launcher.deployment.api.DeployStep;
import mai.launcher.deployment.api.InstanceRef;
import mai.launcher.core.config.maibot.Terms;

/**
 * The local deploy mode: MaiBot cloned with JGit, a Python environment made and filled with pip, and the bot's
 * processes run by this launcher in pseudo-terminals.
 */
@Component(service = DeployMode.class, property = DeployMode.ID_PROPERTY + "=" + LocalDeployMode.ID)
public final class LocalDeployMode implements DeployMode {

    /** The mode's id. */
    public static final String ID = "local"; //$NON-NLS-1$

    private final Settings settings;
    private final LocalRuntime runtime;

    @Activate
    public LocalDeployMode(@Reference Settings settings) {
        this.settings = settings;
        this.runtime = new LocalRuntime(() -> number(LocalSettings.WATCHDOG, 3),
                () -> number(LocalSettings.STOP_TIMEOUT, 10));
    }

    @Deactivate
    void deactivate() {
        runtime.stopAll();
    }

    private int number(String key, int fallback) {
        try {
            return settings.get(key).map(Integer::parseInt).orElse(fallback);
        } catch (LauncherException | NumberFormatException e) {
            ILog.of(getClass()).warn(e.getMessage(), e);
            return fallback;
        }
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

    /** Always possible: what it needs (Python) is checked when deploying, where the message can be precise. */
    @Override
    public Availability availability() {
        return Availability.ok();
    }

    @Override
    public List<DeployStep> plan(DeployRequest request) {
        Layout layout = new Layout(request.instance().folder());
        return List.of(new CloneStep(layout, CloneStep.Target.MAIBOT), new CloneStep(layout, CloneStep.Target.ADAPTER),
                new PythonStep(layout), new DependenciesStep(layout), new TermsStep(layout), new ConfigureStep(layout));
    }

    @Override
    public List<mai.launcher.deployment.api.Component> components(InstanceRef instance) {
        return LocalRuntime.components(instance);
    }

    @Override
    public ComponentRuntime runtime() {
        return runtime;
    }

    @Override
    public List<ConsentDocument> consentNeeded(InstanceRef instance) {
        try {
            return Terms.pending(new Layout(instance.folder()).maibot()).stream().map(p -> new ConsentDocument(
                    p.document() == Terms.Document.EULA ? Messages.eulaTitle : Messages.privacyTitle, p.file(),
                    DeployRequest.ACCEPT_EULA,
                    p.document() == Terms.Document.EULA ? DeployRequest.EULA_MD5 : DeployRequest.PRIVACY_MD5, p.md5()))
                    .toList();
        } catch (IOException e) {
            ILog.of(LocalDeployMode.class).warn(e.getMessage(), e);
            return List.of();
        }
    }
}
