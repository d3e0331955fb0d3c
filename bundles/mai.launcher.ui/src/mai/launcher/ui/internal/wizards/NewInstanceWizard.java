package mai.launcher.ui.internal.wizards;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;

import mai.launcher.core.instance.DeployModeIds;
import mai.launcher.core.instance.Instance;
import mai.launcher.core.instance.InstanceRegistry;
import mai.launcher.core.instance.InstanceSpec;
import mai.launcher.deployment.api.DeployRequest;
import mai.launcher.ui.LauncherJobs;
import mai.launcher.ui.internal.DeployFlow;
import mai.launcher.ui.internal.Images;
import mai.launcher.ui.internal.Messages;
import mai.launcher.ui.internal.Services;

/**
 * New Instance, in the steps of RFC-001 §5.3: name, deploy mode (only those that can work here), version, basics
 * (QQ account, ports), confirmation. Finishing creates the instance and, if asked, deploys it in the background.
 */
public final class NewInstanceWizard extends Wizard {

    private final NamePage name;
    private final ModePage mode = new ModePage();
    private final VersionPage version = new VersionPage();
    private final BasicsPage basics;
    private final PortsInUse portsInUse;
    private final DockerPage docker;
    private final ConfirmPage confirm = new ConfirmPage(this::summary);

    /**
     * @param existing the existing instances: their names are taken, and their ports are not offered again
     */
    public NewInstanceWizard(List<Instance> existing) {
        this.name = new NamePage(existing.stream().map(Instance::name).collect(Collectors.toSet()));
        this.portsInUse = new PortsInUse(existing);
        this.basics = new BasicsPage(portsInUse);
        this.docker = new DockerPage(portsInUse);
        setWindowTitle(Messages.newInstanceTitle);
        setDefaultPageImageDescriptor(Images.descriptor(Images.LAUNCHER_64));
        setNeedsProgressMonitor(false);
    }

    @Override
    public void addPages() {
        addPage(name);
        addPage(mode);
        addPage(version);
        addPage(basics);
        addPage(docker);
        addPage(confirm);
    }

    /** @return whether the chosen mode runs a compose project (Docker, Docker in WSL 2) */
    private boolean dockerChosen() {
        String id = mode.selectedId();
        return DeployModeIds.DOCKER.equals(id) || DeployModeIds.WSL2_DOCKER.equals(id);
    }

    /** The Docker modes have their own page instead of the version and basics pages. */
    @Override
    public IWizardPage getNextPage(IWizardPage page) {
        if (page == mode) {
            return dockerChosen() ? docker : version;
        }
        if (page == basics || page == docker) {
            confirm.setDeployLabel(dockerChosen() ? Messages.wizardDeployNowDocker : Messages.wizardDeployNow);
            return confirm;
        }
        return super.getNextPage(page);
    }

    /** @return the options the instance is created with */
    Map<String, String> options() {
        if (dockerChosen()) {
            return docker.options();
        }
        Map<String, String> options = new LinkedHashMap<>();
        version.repository().ifPresent(r -> options.put(DeployRequest.REPOSITORY, r));
        options.put(DeployRequest.REF, version.ref());
        basics.qq().ifPresent(qq -> options.put(DeployRequest.QQ, qq));
        options.put(DeployRequest.PORT, String.valueOf(basics.port()));
        options.put(DeployRequest.WEBUI_PORT, String.valueOf(basics.webuiPort()));
        options.put(DeployRequest.ADAPTER_PORT, String.valueOf(portsInUse.free(PortsInUse.ADAPTER_DEFAULT,
                Set.of(basics.port(), basics.webuiPort()))));
        return options;
    }

    private String summary() {
        if (dockerChosen()) {
            return docker.summary(name.name(), mode.selectedLabel());
        }
        return NLS.bind(Messages.wizardSummary, new Object[] { name.name(), mode.selectedLabel(),
                version.repository().orElse(Messages.wizardDefaultRepository), version.ref(),
                basics.qq().orElse(Messages.detailsNotSet), basics.port(), basics.webuiPort() });
    }

    @Override
    public boolean performFinish() {
        InstanceSpec spec = new InstanceSpec(name.name(), mode.selectedId(), name.description(), options());
        boolean deploy = confirm.deployNow();
        InstanceRegistry registry = Services.get(InstanceRegistry.class);
        LauncherJobs.schedule(NLS.bind(Messages.jobCreate, spec.name().strip()), monitor -> {
            Instance created = registry.create(spec);
            if (deploy) {
                DeployFlow.deploy(created.id(), created.name(), Map.of());
            }
        });
        return true;
    }
}
