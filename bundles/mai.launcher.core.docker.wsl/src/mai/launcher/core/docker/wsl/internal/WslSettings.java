package mai.launcher.core.docker.wsl.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import mai.launcher.core.storage.SettingDefinition;
import mai.launcher.core.storage.SettingDefinition.Kind;
import mai.launcher.core.storage.SettingsContribution;

/** The setting of the Docker-in-WSL mode: which distribution runs Docker. */
@Component(service = SettingsContribution.class)
public final class WslSettings implements SettingsContribution {

    /** The WSL distribution new instances run in; empty: WSL's default distribution, or the first on WSL 2. */
    public static final String DISTRIBUTION = "docker.wsl.distribution"; //$NON-NLS-1$

    @Override
    public List<SettingDefinition> settings() {
        return List.of(new SettingDefinition(DISTRIBUTION, () -> Messages.settingDistribution, "", Kind.TEXT)); //$NON-NLS-1$
    }
}
