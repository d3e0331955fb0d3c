package mai.launcher.core.storage;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.osgi.util.NLS;

import mai.launcher.core.storage.internal.Messages;

/**
 * A setting the launcher understands: its key, what it is for, its default and the form of its values. Modules
 * contribute their definitions through {@link SettingsContribution} services; the command line and the workbench
 * list and check settings by them.
 *
 * @param key          the key, dotted lower case, e.g. {@code pip.index-url}
 * @param description  what the setting does, in the user's language (read when shown, so it follows the locale)
 * @param defaultValue the value when none is set; empty for none
 * @param kind         the form of the values
 * @since 0.1
 */
public record SettingDefinition(String key, Supplier<String> description, String defaultValue, Kind kind) {

    /** The forms of setting values. */
    public enum Kind {
        /** Any text. */
        TEXT,
        /** An http(s), git or file URL. */
        URL,
        /** A URL prefix put before GitHub URLs (it must end with a slash). */
        URL_PREFIX,
        /** A folder on this machine. */
        FOLDER,
        /** A whole number of at least 0. */
        COUNT,
        /** {@code true} or {@code false}. */
        BOOLEAN
    }

    /** Checks for {@code null}s. */
    public SettingDefinition {
        Objects.requireNonNull(key, "key"); //$NON-NLS-1$
        Objects.requireNonNull(description, "description"); //$NON-NLS-1$
        Objects.requireNonNull(defaultValue, "defaultValue"); //$NON-NLS-1$
        Objects.requireNonNull(kind, "kind"); //$NON-NLS-1$
    }

    /**
     * Checks a value; an empty value always passes (it means "use the default").
     *
     * @param value the value
     * @return what is wrong with it, or empty
     */
    public Optional<String> problem(String value) {
        if (value == null || value.isEmpty()) {
            return Optional.empty();
        }
        return switch (kind) {
            case TEXT -> Optional.empty();
            case URL -> url(value) ? Optional.empty() : Optional.of(NLS.bind(Messages.settingNotUrl, key, value));
            case URL_PREFIX -> url(value) && value.endsWith("/") ? Optional.empty() //$NON-NLS-1$
                    : Optional.of(NLS.bind(Messages.settingNotUrlPrefix, key, value));
            case FOLDER -> folder(value) ? Optional.empty()
                    : Optional.of(NLS.bind(Messages.settingNotFolder, key, value));
            case COUNT -> value.matches("\\d{1,9}") ? Optional.empty() //$NON-NLS-1$
                    : Optional.of(NLS.bind(Messages.settingNotCount, key, value));
            case BOOLEAN -> value.equals("true") || value.equals("false") ? Optional.empty() //$NON-NLS-1$ //$NON-NLS-2$
                    : Optional.of(NLS.bind(Messages.settingNotBoolean, key, value));
        };
    }

    private static boolean url(String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme();
            return scheme != null && (scheme.equals("http") || scheme.equals("https") || scheme.equals("git") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    || scheme.equals("ssh") || scheme.equals("file")); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean folder(String value) {
        try {
            return Path.of(value).isAbsolute();
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
