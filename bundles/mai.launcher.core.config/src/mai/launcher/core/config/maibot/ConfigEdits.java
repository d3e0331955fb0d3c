package mai.launcher.core.config.maibot;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Objects;

import mai.launcher.core.config.ConfigException;
import mai.launcher.core.config.ConfigFile;
import mai.launcher.core.config.TomlDocument;
import mai.launcher.core.config.maibot.internal.Messages;
import mai.launcher.core.config.maibot.internal.OneBotJson;
import mai.launcher.core.config.maibot.internal.WriteGuard;

/**
 * Makes {@link ConfigEdit}s on disk: TOML through the engine ({@link ConfigFile}: validated,
 * atomic, previous version kept in history), {@code .env} and JSON atomically.
 *
 * @since 0.1
 */
public final class ConfigEdits {

    private ConfigEdits() {
    }

    /**
     * Applies one edit.
     *
     * @param edit the edit
     * @throws ConfigException when the file does not allow the edit (missing key, version key,
     *                         invalid content)
     * @throws IOException     when reading or writing fails; the file then stays as it was
     */
    public static void apply(ConfigEdit edit) throws ConfigException, IOException {
        Objects.requireNonNull(edit, "edit"); //$NON-NLS-1$
        if (!Files.isRegularFile(edit.file())) {
            throw new ConfigException(Messages.format(Messages.edit_noFile, edit.file().toString()));
        }
        switch (edit) {
            case ConfigEdit.TomlEdit t -> applyToml(t);
            case ConfigEdit.EnvEdit e -> {
                DotEnvFile env = DotEnvFile.load(e.file());
                env.set(e.key(), e.value());
                env.save(e.file());
            }
            case ConfigEdit.JsonEdit j -> OneBotJson.apply(j.file(), j.pointer(), j.value());
        }
    }

    /**
     * Applies edits in order, stopping at the first failure.
     *
     * @param edits the edits
     * @throws ConfigException when an edit is not allowed
     * @throws IOException     when reading or writing fails
     */
    public static void applyAll(List<ConfigEdit> edits) throws ConfigException, IOException {
        for (ConfigEdit e : Objects.requireNonNull(edits, "edits")) { //$NON-NLS-1$
            apply(e);
        }
    }

    private static void applyToml(ConfigEdit.TomlEdit t) throws ConfigException, IOException {
        WriteGuard.check(t.kind(), t.path());
        ConfigFile file = ConfigFile.load(t.file());
        TomlDocument doc = file.document();
        if (doc.get(t.path()).isPresent()) {
            doc.set(t.path(), t.value());
        } else if (ManagedKey.find(t.kind(), t.path().toString()).filter(ManagedKey::addedWhenMissing).isPresent()) {
            WriteGuard.add(doc, t.path(), t.value());
        } else {
            throw new ConfigException(Messages.format(Messages.settings_notInFile, t.path().toString(),
                    t.file().getFileName().toString()));
        }
        file.save();
    }
}
