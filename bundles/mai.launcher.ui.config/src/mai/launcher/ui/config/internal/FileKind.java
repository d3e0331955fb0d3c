package mai.launcher.ui.config.internal;

import java.util.List;

import mai.launcher.core.config.TomlPath;
import mai.launcher.core.config.maibot.ConfigKind;

/**
 * The config files of an instance the editor knows, with the keys its form shows: what most users change. Other
 * TOML files open with the text page only.
 */
public enum FileKind {
    /** MaiBot's {@code config/bot_config.toml}. */
    BOT(List.of(field("bot", "nickname"), field("bot", "qq_account"), field("bot", "platform"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            field("bot", "alias_names"))), //$NON-NLS-1$ //$NON-NLS-2$
    /** MaiBot's {@code config/model_config.toml}. */
    MODEL(List.of()),
    /** The adapter's {@code config.toml} (0.x standalone, or the 1.x plugin). */
    ADAPTER(List.of(field("napcat_server", "host"), field("napcat_server", "port"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            field("napcat_server", "token"), field("maibot_server", "host"), field("maibot_server", "port"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            field("plugin", "enabled"), field("chat", "group_list_type"), field("chat", "group_list"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            field("chat", "private_list_type"), field("chat", "private_list"))), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    /** Any other TOML file. */
    OTHER(List.of());

    private final List<TomlPath> fields;

    FileKind(List<TomlPath> fields) {
        this.fields = fields;
    }

    private static TomlPath field(String table, String key) {
        return TomlPath.of(table, key);
    }

    /** @return the MaiBot config file it is (any TOML file counts as the bot's for locating) */
    ConfigKind configKind() {
        return switch (this) {
            case MODEL -> ConfigKind.MODEL;
            case ADAPTER -> ConfigKind.ADAPTER;
            default -> ConfigKind.BOT;
        };
    }

    /** @return the keys its form shows, in order; those missing from a given file are shown as such */
    List<TomlPath> fields() {
        return fields;
    }
}
