package mai.launcher.core.config.maibot.internal;

import java.util.List;
import java.util.Map;

import mai.launcher.core.config.ConfigException;
import mai.launcher.core.config.ConfigValue;
import mai.launcher.core.config.TomlDocument;
import mai.launcher.core.config.TomlPath;
import mai.launcher.core.config.maibot.ConfigKind;

/**
 * The keys no launcher edit may touch, and the one way a missing key is added. MaiBot compares
 * {@code [inner].version} with its own template and rewrites the whole file (dropping comments)
 * when it is older, or refuses a file without it; the adapter plugin does the same with
 * {@code plugin.config_version}.
 */
public final class WriteGuard {

    private static final TomlPath INNER = TomlPath.of("inner"); //$NON-NLS-1$
    private static final TomlPath PLUGIN_VERSION = TomlPath.of("plugin", "config_version"); //$NON-NLS-1$ //$NON-NLS-2$

    private WriteGuard() {
    }

    /**
     * Refuses writes to version keys.
     *
     * @param file the file being edited
     * @param path the path to write
     * @throws ConfigException when the path is {@code [inner]} or below, or the plugin's version
     */
    public static void check(ConfigKind file, TomlPath path) throws ConfigException {
        if (path.startsWith(INNER) || file == ConfigKind.ADAPTER && path.startsWith(PLUGIN_VERSION)) {
            throw new ConfigException(Messages.format(Messages.settings_versionRefused, path.toString(),
                    file.fileName()));
        }
    }

    /**
     * Adds a key of the form {@code table.key}, creating the table when it is missing.
     *
     * @param document the document
     * @param path     a two-step path
     * @param value    the value
     * @throws ConfigException when the engine refuses the edit
     */
    public static void add(TomlDocument document, TomlPath path, ConfigValue value) throws ConfigException {
        List<TomlPath.Segment> segs = path.segments();
        String name = ((TomlPath.Key) segs.get(segs.size() - 1)).name();
        TomlPath table = path.parent();
        if (document.get(table).isPresent()) {
            document.addKey(table, name, value);
        } else {
            document.addTable(table, Map.of(name, value));
        }
    }
}
