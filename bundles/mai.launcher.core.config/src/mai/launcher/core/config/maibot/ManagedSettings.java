package mai.launcher.core.config.maibot;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

import mai.launcher.core.config.ConfigException;
import mai.launcher.core.config.ConfigValue;
import mai.launcher.core.config.TomlDocument;
import mai.launcher.core.config.TomlPath;
import mai.launcher.core.config.maibot.internal.Messages;
import mai.launcher.core.config.maibot.internal.ValueCodec;
import mai.launcher.core.config.maibot.internal.WriteGuard;

/**
 * Typed access to the {@link ManagedKey}s of one MaiBot or adapter file. Every write is one
 * {@link TomlDocument} edit, so everything else in the file stays byte for byte, and keeps the
 * type the file already uses (a QQ number written as a string stays a string).
 *
 * <p>A key the file does not have is reported, never invented: readers return empty and writers
 * throw, except for {@link ManagedKey#addedWhenMissing()} keys. {@code [inner].version} (and the
 * adapter plugin's {@code plugin.config_version}) can never be written through this class.
 *
 * <p>Not thread-safe, like the document it edits.
 *
 * @since 0.1
 */
public final class ManagedSettings {

    /** Whether a managed key can be used in this file. */
    public enum Presence {
        /** The file has the key. */
        PRESENT,
        /** The key belongs to this generation, but this file version does not have it. */
        NOT_IN_THIS_FILE,
        /** This generation of MaiBot keeps the setting elsewhere or does not have it. */
        NOT_FOR_THIS_GENERATION
    }

    private final ConfigKind file;
    private final Generation generation;
    private final TomlDocument document;

    /**
     * Wraps a parsed file.
     *
     * @param file       which file the document is
     * @param generation the MaiBot generation it belongs to
     * @param document   the document, edited in place
     */
    public ManagedSettings(ConfigKind file, Generation generation, TomlDocument document) {
        this.file = Objects.requireNonNull(file, "file"); //$NON-NLS-1$
        this.generation = Objects.requireNonNull(generation, "generation"); //$NON-NLS-1$
        this.document = Objects.requireNonNull(document, "document"); //$NON-NLS-1$
    }

    /**
     * Returns the document being edited.
     *
     * @return the document
     */
    public TomlDocument document() {
        return document;
    }

    /**
     * Tells whether a key can be read and written here.
     *
     * @param key a key of this file
     * @return the key's presence
     */
    public Presence presence(ManagedKey key) {
        checkFile(key);
        if (!key.appliesTo(generation)) {
            return Presence.NOT_FOR_THIS_GENERATION;
        }
        return document.get(key.path()).isPresent() ? Presence.PRESENT : Presence.NOT_IN_THIS_FILE;
    }

    /**
     * Reads a key as text (a QQ number as digits; a list of addresses by its first address).
     *
     * @param key a key of this file
     * @return the text, or empty when the file lacks the key
     */
    public Optional<String> text(ManagedKey key) {
        return current(key).flatMap(ValueCodec::text);
    }

    /**
     * Reads a port.
     *
     * @param key a {@link ManagedKey.Kind#PORT} key
     * @return the port, or empty when the file lacks the key or it is no number
     */
    public OptionalInt port(ManagedKey key) {
        return current(key).map(ValueCodec::port).orElse(OptionalInt.empty());
    }

    /**
     * Reads a flag.
     *
     * @param key a {@link ManagedKey.Kind#FLAG} key
     * @return the value, or empty when the file lacks the key
     */
    public Optional<Boolean> flag(ManagedKey key) {
        return current(key).flatMap(ValueCodec::flag);
    }

    /**
     * Reads a list of QQ numbers, group numbers or addresses.
     *
     * @param key a {@link ManagedKey.Kind#ID_LIST} or {@link ManagedKey.Kind#HOSTS} key
     * @return the elements as text; empty when the file lacks the key
     */
    public List<String> list(ManagedKey key) {
        return current(key).map(ValueCodec::list).orElse(List.of());
    }

    /**
     * Writes a key from text, checked and converted to the type the file uses.
     *
     * @param key   a key of this file (not a list key)
     * @param value e.g. {@code 3001}, {@code whitelist}, {@code 12345678}
     * @throws ConfigException when the file lacks the key, or the text does not fit it
     */
    public void setText(ManagedKey key, String value) throws ConfigException {
        Objects.requireNonNull(value, "value"); //$NON-NLS-1$
        write(key, encode(key, value));
    }

    /**
     * Writes a port.
     *
     * @param key  a {@link ManagedKey.Kind#PORT} key
     * @param port 1–65535
     * @throws ConfigException when the file lacks the key or the port is out of range
     */
    public void setPort(ManagedKey key, int port) throws ConfigException {
        setText(key, Integer.toString(port));
    }

    /**
     * Writes a flag; {@link ManagedKey#ADAPTER_ENABLED} is added when missing.
     *
     * @param key   a {@link ManagedKey.Kind#FLAG} key
     * @param value the new value
     * @throws ConfigException when the file lacks the key
     */
    public void setFlag(ManagedKey key, boolean value) throws ConfigException {
        setText(key, Boolean.toString(value));
    }

    /**
     * Writes a list.
     *
     * @param key    a {@link ManagedKey.Kind#ID_LIST} or {@link ManagedKey.Kind#HOSTS} key
     * @param values the new elements (numbers as digits)
     * @throws ConfigException when the file lacks the key or an element does not fit
     */
    public void setList(ManagedKey key, List<String> values) throws ConfigException {
        Objects.requireNonNull(values, "values"); //$NON-NLS-1$
        ConfigValue existing = existingOrFail(key);
        write(key, ValueCodec.encodeList(key, existing, generation, values));
    }

    /**
     * Builds, without writing, the value a text would be written as (used for fixes that are
     * applied later, see {@link ConfigEdit.TomlEdit}).
     *
     * @param key   a key of this file
     * @param value the text
     * @return the value in the file's type
     * @throws ConfigException when the file lacks the key or the text does not fit
     */
    public ConfigValue encode(ManagedKey key, String value) throws ConfigException {
        if (key.addedWhenMissing() && presence(key) == Presence.NOT_IN_THIS_FILE) {
            return ValueCodec.encode(key, ConfigValue.of(false), value);
        }
        return ValueCodec.encode(key, existingOrFail(key), value);
    }

    /**
     * Writes any key, for expert editing (e.g. a command line {@code set}); refuses
     * {@code [inner].version}.
     *
     * @param path  the key's path
     * @param value the new value
     * @throws ConfigException when the key may not be written, is missing, or the result is invalid
     */
    public void set(TomlPath path, ConfigValue value) throws ConfigException {
        WriteGuard.check(file, path);
        document.set(path, value);
    }

    /**
     * Writes any key from typed text, for expert editing; refuses {@code [inner].version}.
     *
     * @param path     the key's path
     * @param userText the value as a person typed it, read by the current value's type
     * @throws ConfigException when the key may not be written, is missing, or the text does not fit
     */
    public void setFromText(TomlPath path, String userText) throws ConfigException {
        WriteGuard.check(file, path);
        document.setFromText(path, userText);
    }

    private Optional<ConfigValue> current(ManagedKey key) {
        return presence(key) == Presence.PRESENT ? document.get(key.path()) : Optional.empty();
    }

    private ConfigValue existingOrFail(ManagedKey key) throws ConfigException {
        Presence p = presence(key);
        if (p == Presence.NOT_FOR_THIS_GENERATION) {
            throw new ConfigException(Messages.notForGeneration(key, generation));
        }
        if (p == Presence.NOT_IN_THIS_FILE) {
            throw new ConfigException(Messages.format(Messages.settings_notInFile, key.path().toString(),
                    file.fileName()));
        }
        return document.get(key.path()).orElseThrow();
    }

    private void write(ManagedKey key, ConfigValue value) throws ConfigException {
        WriteGuard.check(file, key.path());
        if (presence(key) == Presence.NOT_IN_THIS_FILE && key.addedWhenMissing()) {
            WriteGuard.add(document, key.path(), value);
            return;
        }
        document.set(key.path(), value);
    }

    private void checkFile(ManagedKey key) {
        if (Objects.requireNonNull(key, "key").file() != file) { //$NON-NLS-1$
            throw new IllegalArgumentException(key + " is a key of " + key.file() + ", not of " + file); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }
}
