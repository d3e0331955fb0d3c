package mai.launcher.core.local.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import mai.launcher.core.storage.SettingDefinition;
import mai.launcher.core.storage.SettingDefinition.Kind;
import mai.launcher.core.storage.SettingsContribution;

/** The settings of the local deploy mode: where code and packages come from, and how processes are watched. */
@Component(service = SettingsContribution.class)
public final class LocalSettings implements SettingsContribution {

    /** MaiBot's repository. */
    public static final String MAIBOT_REPOSITORY = "repository.maibot"; //$NON-NLS-1$
    /** The 0.x adapter's repository. */
    public static final String ADAPTER_REPOSITORY = "repository.adapter"; //$NON-NLS-1$
    /** A prefix put before GitHub URLs (a proxy). */
    public static final String GITHUB_MIRROR = "github.mirror"; //$NON-NLS-1$
    /** Whether clones fetch only the last commit. */
    public static final String SHALLOW = "git.shallow"; //$NON-NLS-1$
    /** pip's package index (a mirror such as Tsinghua's). */
    public static final String PIP_INDEX = "pip.index-url"; //$NON-NLS-1$
    /** A folder of wheels for offline installs. */
    public static final String WHEEL_FOLDER = "pip.wheel-folder"; //$NON-NLS-1$
    /** A Python interpreter to use rather than the newest one found. */
    public static final String PYTHON = "python.interpreter"; //$NON-NLS-1$
    /** Whether to use uv when it is installed. */
    public static final String USE_UV = "python.use-uv"; //$NON-NLS-1$
    /** How many times in a row a crashed component is restarted; 0 turns the watchdog off. */
    public static final String WATCHDOG = "watchdog.restarts"; //$NON-NLS-1$
    /** Seconds a component has to end after Ctrl+C before it is terminated. */
    public static final String STOP_TIMEOUT = "process.stop-timeout"; //$NON-NLS-1$

    @Override
    public List<SettingDefinition> settings() {
        return List.of(
                new SettingDefinition(MAIBOT_REPOSITORY, () -> Messages.settingMaibotRepository,
                        "https://github.com/Mai-with-u/MaiBot.git", Kind.URL), //$NON-NLS-1$
                new SettingDefinition(ADAPTER_REPOSITORY, () -> Messages.settingAdapterRepository,
                        "https://github.com/Mai-with-u/MaiBot-Napcat-Adapter.git", Kind.URL), //$NON-NLS-1$
                new SettingDefinition(GITHUB_MIRROR, () -> Messages.settingGithubMirror, "", Kind.URL_PREFIX), //$NON-NLS-1$
                new SettingDefinition(SHALLOW, () -> Messages.settingShallow, "true", Kind.BOOLEAN), //$NON-NLS-1$
                new SettingDefinition(PIP_INDEX, () -> Messages.settingPipIndex, "", Kind.URL), //$NON-NLS-1$
                new SettingDefinition(WHEEL_FOLDER, () -> Messages.settingWheelFolder, "", Kind.FOLDER), //$NON-NLS-1$
                new SettingDefinition(PYTHON, () -> Messages.settingPython, "", Kind.TEXT), //$NON-NLS-1$
                new SettingDefinition(USE_UV, () -> Messages.settingUseUv, "true", Kind.BOOLEAN), //$NON-NLS-1$
                new SettingDefinition(WATCHDOG, () -> Messages.settingWatchdog, "3", Kind.COUNT), //$NON-NLS-1$
                new SettingDefinition(STOP_TIMEOUT, () -> Messages.settingStopTimeout, "10", Kind.COUNT)); //$NON-NLS-1$
    }
}
