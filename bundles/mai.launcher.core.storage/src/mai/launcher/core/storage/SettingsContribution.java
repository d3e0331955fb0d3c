package mai.launcher.core.storage;

import java.util.List;

/**
 * Contributes setting definitions; register an implementation as an OSGi service. The settings service collects
 * them from every such service (whiteboard), so a plugin's settings appear with it.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface SettingsContribution {

    /** @return the settings this module defines */
    List<SettingDefinition> settings();
}
