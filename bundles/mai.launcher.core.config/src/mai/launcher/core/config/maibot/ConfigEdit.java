package mai.launcher.core.config.maibot;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

import mai.launcher.core.config.ConfigValue;
import mai.launcher.core.config.TomlPath;
import mai.launcher.core.config.maibot.internal.Messages;

/**
 * One change to one file, described but not yet made: a fix proposed by {@link WiringCheck},
 * applied with {@link ConfigEdits#apply(ConfigEdit)} once the person agrees.
 *
 * @since 0.1
 * @noimplement the permitted records are the only kinds of edit
 */
public sealed interface ConfigEdit permits ConfigEdit.TomlEdit, ConfigEdit.EnvEdit, ConfigEdit.JsonEdit {

    /**
     * Returns the file to change.
     *
     * @return the file
     */
    Path file();

    /**
     * Describes the change for people, e.g. "config.toml: set napcat_server.port to 3001".
     *
     * @return the sentence
     */
    String describe();

    /**
     * Sets a key of a TOML file (format-preserving; {@code [inner].version} is refused).
     *
     * @param file  the TOML file
     * @param kind  which configuration file it is
     * @param path  the key's path
     * @param value the new value
     */
    record TomlEdit(Path file, ConfigKind kind, TomlPath path, ConfigValue value) implements ConfigEdit {
        /**
         * Creates the edit.
         *
         * @param file  the TOML file
         * @param kind  which file
         * @param path  the key
         * @param value the value
         */
        public TomlEdit {
            Objects.requireNonNull(file, "file"); //$NON-NLS-1$
            Objects.requireNonNull(kind, "kind"); //$NON-NLS-1$
            Objects.requireNonNull(path, "path"); //$NON-NLS-1$
            Objects.requireNonNull(value, "value"); //$NON-NLS-1$
        }

        @Override
        public String describe() {
            return Messages.format(Messages.edit_set, file.getFileName().toString(), path.toString(),
                    Messages.display(value));
        }
    }

    /**
     * Sets a variable of MaiBot 0.x's {@code .env} (added when missing).
     *
     * @param file  the {@code .env} file
     * @param key   the variable, e.g. {@code PORT}
     * @param value its new value
     */
    record EnvEdit(Path file, String key, String value) implements ConfigEdit {
        /**
         * Creates the edit.
         *
         * @param file  the file
         * @param key   the variable
         * @param value the value
         */
        public EnvEdit {
            Objects.requireNonNull(file, "file"); //$NON-NLS-1$
            Objects.requireNonNull(key, "key"); //$NON-NLS-1$
            Objects.requireNonNull(value, "value"); //$NON-NLS-1$
        }

        @Override
        public String describe() {
            return Messages.format(Messages.edit_set, file.getFileName().toString(), key, value);
        }
    }

    /**
     * Sets a value in NapCat's OneBot JSON, addressed by a JSON Pointer (RFC 6901); a pointer
     * ending in {@code /-} appends to an array. The file is written back in NapCat's own layout
     * (two-space indentation, as {@code JSON.stringify(…, null, 2)}), so untouched parts keep
     * their text; key order is kept, but not unusual spacing a person typed by hand.
     *
     * @param file    the JSON file
     * @param pointer e.g. {@code /network/websocketServers/0/port} or {@code /network/websocketClients/-}
     * @param value   a String, Boolean, Integer or Long, or a Map (ordered) for a new object
     */
    record JsonEdit(Path file, String pointer, Object value) implements ConfigEdit {
        /**
         * Creates the edit.
         *
         * @param file    the file
         * @param pointer where
         * @param value   what
         */
        public JsonEdit {
            Objects.requireNonNull(file, "file"); //$NON-NLS-1$
            Objects.requireNonNull(pointer, "pointer"); //$NON-NLS-1$
            Objects.requireNonNull(value, "value"); //$NON-NLS-1$
            if (!(value instanceof String || value instanceof Boolean || value instanceof Integer
                    || value instanceof Long || value instanceof Map)) {
                throw new IllegalArgumentException("unsupported JSON value " + value.getClass()); //$NON-NLS-1$
            }
        }

        @Override
        public String describe() {
            String name = file.getFileName().toString();
            if (pointer.endsWith("/-")) { //$NON-NLS-1$
                return Messages.format(Messages.edit_append, name, pointer.substring(0, pointer.length() - 2));
            }
            return Messages.format(Messages.edit_set, name, pointer,
                    value instanceof String s ? '"' + s + '"' : String.valueOf(value));
        }
    }
}
