package mai.launcher.core.local.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import mai.launcher.core.config.ConfigException;
import mai.launcher.core.config.ConfigFile;
import mai.launcher.core.config.ConfigValue;
import mai.launcher.core.config.TomlDocument;
import mai.launcher.core.config.TomlPath;

/**
 * The 0.x adapter's {@code config.toml}: the port it listens on for NapCat ({@code napcat_server.port}) and the port
 * of MaiBot it connects to ({@code maibot_server.port}). Set to the instance's ports with an edit that keeps every
 * other byte of the file (comments included), the previous version kept in its history.
 */
public final class AdapterConfig {

    private AdapterConfig() {
    }

    /**
     * @param file        the adapter's config
     * @param adapterPort where NapCat connects to the adapter
     * @param maibotPort  where the adapter finds MaiBot
     * @return whether the file was changed
     * @throws ConfigException when the file is not valid TOML
     * @throws IOException     when it cannot be read or written
     */
    public static boolean wire(Path file, int adapterPort, int maibotPort) throws ConfigException, IOException {
        ConfigFile config = ConfigFile.load(file);
        TomlDocument document = config.document();
        boolean changed = setPort(document, "napcat_server", adapterPort); //$NON-NLS-1$
        changed |= setPort(document, "maibot_server", maibotPort); //$NON-NLS-1$
        if (changed) {
            config.save();
        }
        return changed;
    }

    private static boolean setPort(TomlDocument document, String table, int port) throws ConfigException {
        TomlPath path = TomlPath.of(table, "port"); //$NON-NLS-1$
        Optional<ConfigValue> current = document.get(path);
        if (current.isPresent() && current.get() instanceof ConfigValue.IntegerValue value && value.value() == port) {
            return false;
        }
        if (current.isPresent()) {
            document.set(path, new ConfigValue.IntegerValue(port));
        } else if (document.get(TomlPath.of(table)).isPresent()) {
            document.addKey(TomlPath.of(table), "port", new ConfigValue.IntegerValue(port)); //$NON-NLS-1$
        } else {
            document.addTable(TomlPath.of(table), java.util.Map.of("port", new ConfigValue.IntegerValue(port))); //$NON-NLS-1$
        }
        return true;
    }
}
