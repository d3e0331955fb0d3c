package mai.launcher.core.config.maibot;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import mai.launcher.core.config.TomlPath;

/**
 * The settings the launcher reads and writes itself. Each lives in one file, has a value kind
 * that decides how it is read and written, and may exist only in one MaiBot generation.
 *
 * <p>Names are written as in the files; in MaiBot 0.x, MaiBot's own host and port and the WebUI
 * address are in {@code .env} ({@link DotEnvFile}), not in {@code bot_config.toml}.
 *
 * @since 0.1
 */
public enum ManagedKey {
    /** {@code bot.platform}, e.g. {@code qq}. */
    BOT_PLATFORM(ConfigKind.BOT, "bot", "platform", //$NON-NLS-1$ //$NON-NLS-2$
            Kind.TEXT, Generation.V0, Generation.V1),
    /** {@code bot.qq_account}: must equal the QQ NapCat logs in with (a fallback only in 1.x). */
    BOT_QQ_ACCOUNT(ConfigKind.BOT, "bot", "qq_account", //$NON-NLS-1$ //$NON-NLS-2$
            Kind.ACCOUNT, Generation.V0, Generation.V1),
    /** {@code bot.nickname}. */
    BOT_NICKNAME(ConfigKind.BOT, "bot", "nickname", //$NON-NLS-1$ //$NON-NLS-2$
            Kind.TEXT, Generation.V0, Generation.V1),
    /** {@code webui.host}: a list of addresses in 1.2; in 0.x it is {@code .env WEBUI_HOST}. */
    WEBUI_HOST(ConfigKind.BOT, "webui", "host", Kind.HOSTS, Generation.V1), //$NON-NLS-1$ //$NON-NLS-2$
    /** {@code webui.port}; in 0.x it is {@code .env WEBUI_PORT}. */
    WEBUI_PORT(ConfigKind.BOT, "webui", "port", Kind.PORT, Generation.V1), //$NON-NLS-1$ //$NON-NLS-2$
    /** {@code maim_message.ws_server_host}; in 0.x it is {@code .env HOST}. */
    MESSAGE_SERVER_HOST(ConfigKind.BOT, "maim_message", "ws_server_host", //$NON-NLS-1$ //$NON-NLS-2$
            Kind.TEXT, Generation.V1),
    /** {@code maim_message.ws_server_port}; in 0.x it is {@code .env PORT}. */
    MESSAGE_SERVER_PORT(ConfigKind.BOT, "maim_message", "ws_server_port", //$NON-NLS-1$ //$NON-NLS-2$
            Kind.PORT, Generation.V1),
    /** {@code napcat_server.host}: where the 0.x adapter listens; the NapCat host 1.x connects to. */
    NAPCAT_HOST(ConfigKind.ADAPTER, "napcat_server", "host", //$NON-NLS-1$ //$NON-NLS-2$
            Kind.TEXT, Generation.V0, Generation.V1),
    /** {@code napcat_server.port}: 8095 in 0.x (adapter listens), 3001 in 1.x (NapCat listens). */
    NAPCAT_PORT(ConfigKind.ADAPTER, "napcat_server", "port", //$NON-NLS-1$ //$NON-NLS-2$
            Kind.PORT, Generation.V0, Generation.V1),
    /** {@code napcat_server.token}: must equal NapCat's token. */
    NAPCAT_TOKEN(ConfigKind.ADAPTER, "napcat_server", "token", //$NON-NLS-1$ //$NON-NLS-2$
            Kind.TEXT, Generation.V0, Generation.V1),
    /** {@code maibot_server.host}: where the 0.x adapter finds MaiBot ({@code .env HOST}). */
    MAIBOT_HOST(ConfigKind.ADAPTER, "maibot_server", "host", Kind.TEXT, Generation.V0), //$NON-NLS-1$ //$NON-NLS-2$
    /** {@code maibot_server.port}: must equal MaiBot's {@code .env PORT} (0.x). */
    MAIBOT_PORT(ConfigKind.ADAPTER, "maibot_server", "port", Kind.PORT, Generation.V0), //$NON-NLS-1$ //$NON-NLS-2$
    /**
     * {@code plugin.enabled} of the 1.x adapter plugin: false by default, so the launcher must
     * switch it on. The only managed key the launcher adds when the file lacks it: the plugin
     * reads a missing key as false and would never connect.
     */
    ADAPTER_ENABLED(ConfigKind.ADAPTER, "plugin", "enabled", Kind.FLAG, Generation.V1), //$NON-NLS-1$ //$NON-NLS-2$
    /** {@code chat.group_list_type}: {@code whitelist} or {@code blacklist}. */
    GROUP_LIST_TYPE(ConfigKind.ADAPTER, "chat", "group_list_type", //$NON-NLS-1$ //$NON-NLS-2$
            Kind.LIST_MODE, Generation.V0, Generation.V1),
    /** {@code chat.group_list}: group numbers (integers in 0.x, strings in 1.x). */
    GROUP_LIST(ConfigKind.ADAPTER, "chat", "group_list", //$NON-NLS-1$ //$NON-NLS-2$
            Kind.ID_LIST, Generation.V0, Generation.V1),
    /** {@code chat.private_list_type}: {@code whitelist} or {@code blacklist}. */
    PRIVATE_LIST_TYPE(ConfigKind.ADAPTER, "chat", "private_list_type", //$NON-NLS-1$ //$NON-NLS-2$
            Kind.LIST_MODE, Generation.V0, Generation.V1),
    /** {@code chat.private_list}: QQ numbers of people. */
    PRIVATE_LIST(ConfigKind.ADAPTER, "chat", "private_list", //$NON-NLS-1$ //$NON-NLS-2$
            Kind.ID_LIST, Generation.V0, Generation.V1),
    /** {@code chat.ban_user_id}: QQ numbers ignored everywhere. */
    BANNED_USERS(ConfigKind.ADAPTER, "chat", "ban_user_id", //$NON-NLS-1$ //$NON-NLS-2$
            Kind.ID_LIST, Generation.V0, Generation.V1);

    /** How a managed value is read and written. */
    public enum Kind {
        /** A string. */
        TEXT,
        /** A QQ number: digits, stored as integer or string, whichever the file uses. */
        ACCOUNT,
        /** A port number 1–65535. */
        PORT,
        /** true or false. */
        FLAG,
        /** {@code whitelist} or {@code blacklist}. */
        LIST_MODE,
        /** A list of QQ or group numbers; element type as in the file (or per generation). */
        ID_LIST,
        /** One address as a string, or a list of addresses, whichever the file uses. */
        HOSTS
    }

    private final ConfigKind file;
    private final TomlPath path;
    private final Kind kind;
    private final Set<Generation> generations;

    ManagedKey(ConfigKind file, String table, String key, Kind kind, Generation first, Generation... more) {
        this.file = file;
        this.path = TomlPath.of(table, key);
        this.kind = kind;
        this.generations = EnumSet.of(first, more);
    }

    /**
     * Returns the file this key is in.
     *
     * @return the file
     */
    public ConfigKind file() {
        return file;
    }

    /**
     * Returns the key's path in its file.
     *
     * @return e.g. {@code bot.qq_account}
     */
    public TomlPath path() {
        return path;
    }

    /**
     * Returns how the value is read and written.
     *
     * @return the value kind
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Tells whether this generation of MaiBot has the key at all.
     *
     * @param generation the generation
     * @return true when the key belongs to that generation's files
     */
    public boolean appliesTo(Generation generation) {
        return generations.contains(Objects.requireNonNull(generation, "generation")); //$NON-NLS-1$
    }

    /**
     * Tells whether the launcher adds this key when the file lacks it (see {@link #ADAPTER_ENABLED}).
     *
     * @return true only for keys without which the launcher cannot work
     */
    public boolean addedWhenMissing() {
        return this == ADAPTER_ENABLED;
    }

    /**
     * Finds a managed key by file and written path.
     *
     * @param file the file
     * @param path the path as written, e.g. {@code napcat_server.port}
     * @return the key, or empty when the launcher does not manage that path
     */
    public static Optional<ManagedKey> find(ConfigKind file, String path) {
        Objects.requireNonNull(file, "file"); //$NON-NLS-1$
        Objects.requireNonNull(path, "path"); //$NON-NLS-1$
        for (ManagedKey k : values()) {
            if (k.file == file && k.path.toString().equals(path.strip())) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
