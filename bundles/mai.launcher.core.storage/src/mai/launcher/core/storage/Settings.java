package mai.launcher.core.storage;

import java.util.List;
import java.util.Optional;

import mai.launcher.core.LauncherException;

/**
 * The launcher's settings (mirrors, package index, repository URLs, ...), stored in the database's
 * {@code launcher_config} table, so the workbench and the command line share them, and so does the old launcher.
 * Only keys some module defines (see {@link SettingsContribution}) can be set.
 *
 * @since 0.1
 * @noimplement
 */
public interface Settings {

    /** @return the definitions of every known setting, sorted by key */
    List<SettingDefinition> definitions();

    /**
     * @param key a setting's key
     * @return its definition, if some module defines it
     */
    Optional<SettingDefinition> definition(String key);

    /**
     * @param key a setting's key
     * @return the stored value, or the definition's default, or empty when neither exists
     * @throws LauncherException if the database cannot be read
     */
    Optional<String> get(String key) throws LauncherException;

    /**
     * @param key   a defined setting's key
     * @param value the new value; empty removes the stored value (the default applies again)
     * @throws LauncherException {@code INVALID_INPUT} for an unknown key or a value of the wrong form, or a
     *                           storage error
     */
    void set(String key, String value) throws LauncherException;
}
