package mai.launcher.core.docker.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import mai.launcher.core.storage.SettingDefinition;
import mai.launcher.core.storage.SettingDefinition.Kind;
import mai.launcher.core.storage.SettingsContribution;

/** The settings of the Docker mode: the engine, the images, and a registry mirror. */
@Component(service = SettingsContribution.class)
public final class DockerSettings implements SettingsContribution {

    /** The engine's endpoint ({@code unix://...}, {@code npipe://...}, {@code tcp://host:2376}); empty: DOCKER_HOST. */
    public static final String HOST = "docker.host"; //$NON-NLS-1$
    /** Which compose to use: {@code v2} (docker compose), {@code v1} (docker-compose); empty: v2, else v1. */
    public static final String COMPOSE = "docker.compose"; //$NON-NLS-1$
    /** MaiBot's image. */
    public static final String MAIBOT_IMAGE = "docker.image.maibot"; //$NON-NLS-1$
    /** NapCat's image. */
    public static final String NAPCAT_IMAGE = "docker.image.napcat"; //$NON-NLS-1$
    /** The 0.x adapter's image. */
    public static final String ADAPTER_IMAGE = "docker.image.adapter"; //$NON-NLS-1$
    /** A registry put before Docker Hub images when pulling (a mirror such as {@code docker.m.daocloud.io}). */
    public static final String REGISTRY_MIRROR = "docker.registry-mirror"; //$NON-NLS-1$

    @Override
    public List<SettingDefinition> settings() {
        return List.of(new SettingDefinition(HOST, () -> Messages.settingHost, "", Kind.TEXT), //$NON-NLS-1$
                new SettingDefinition(COMPOSE, () -> Messages.settingCompose, "", Kind.TEXT), //$NON-NLS-1$
                new SettingDefinition(MAIBOT_IMAGE, () -> Messages.settingMaibotImage, "sengokucola/maibot", Kind.TEXT), //$NON-NLS-1$
                new SettingDefinition(NAPCAT_IMAGE, () -> Messages.settingNapcatImage, "mlikiowa/napcat-docker", //$NON-NLS-1$
                        Kind.TEXT),
                new SettingDefinition(ADAPTER_IMAGE, () -> Messages.settingAdapterImage, "unclas/maimbot-adapter", //$NON-NLS-1$
                        Kind.TEXT),
                new SettingDefinition(REGISTRY_MIRROR, () -> Messages.settingRegistryMirror, "", Kind.TEXT)); //$NON-NLS-1$
    }
}
