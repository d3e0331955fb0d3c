package mai.launcher.core.config.maibot.internal;

import java.util.OptionalInt;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

import mai.launcher.core.config.ConfigValue;
import mai.launcher.core.config.maibot.ConfigKind;
import mai.launcher.core.config.maibot.Generation;
import mai.launcher.core.config.maibot.ManagedKey;

/**
 * All sentences of {@code mai.launcher.core.config.maibot} meant for people, in the Eclipse NLS
 * style: fields are filled from {@code messages.properties} (English) or
 * {@code messages_zh.properties} (Simplified Chinese, built from the UTF-8
 * {@code messages_zh.properties.utf8}) when the class loads, by the default locale.
 */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "mai.launcher.core.config.maibot.internal.messages"; //$NON-NLS-1$

    /** Message; see messages.properties. */
    public static String settings_notInFile;

    /** Message; see messages.properties. */
    public static String settings_notForGeneration;

    /** Message; see messages.properties. */
    public static String settings_useEnvInstead;

    /** Message; see messages.properties. */
    public static String settings_versionRefused;

    /** Message; see messages.properties. */
    public static String settings_badPort;

    /** Message; see messages.properties. */
    public static String settings_badNumber;

    /** Message; see messages.properties. */
    public static String settings_badListMode;

    /** Message; see messages.properties. */
    public static String settings_singleHost;

    /** Message; see messages.properties. */
    public static String env_badKey;

    /** Message; see messages.properties. */
    public static String env_badValue;

    /** Message; see messages.properties. */
    public static String model_atLine;

    /** Message; see messages.properties. */
    public static String model_noProviders;

    /** Message; see messages.properties. */
    public static String model_noModels;

    /** Message; see messages.properties. */
    public static String model_missingName;

    /** Message; see messages.properties. */
    public static String model_duplicateProvider;

    /** Message; see messages.properties. */
    public static String model_duplicateModel;

    /** Message; see messages.properties. */
    public static String model_missingProvider;

    /** Message; see messages.properties. */
    public static String model_unknownProvider;

    /** Message; see messages.properties. */
    public static String model_unknownModel;

    /** Message; see messages.properties. */
    public static String model_unknownClientType;

    /** Message; see messages.properties. */
    public static String model_noneYet;

    /** Message; see messages.properties. */
    public static String provider_notFound;

    /** Message; see messages.properties. */
    public static String provider_nameTaken;

    /** Message; see messages.properties. */
    public static String provider_emptyName;

    /** Message; see messages.properties. */
    public static String provider_badUrl;

    /** Message; see messages.properties. */
    public static String provider_badClientType;

    /** Message; see messages.properties. */
    public static String provider_inUse;

    /** Message; see messages.properties. */
    public static String json_invalid;

    /** Message; see messages.properties. */
    public static String json_notObject;

    /** Message; see messages.properties. */
    public static String json_badPointer;

    /** Message; see messages.properties. */
    public static String edit_set;

    /** Message; see messages.properties. */
    public static String edit_append;

    /** Message; see messages.properties. */
    public static String edit_noFile;

    /** Message; see messages.properties. */
    public static String wiring_missingFile;

    /** Message; see messages.properties. */
    public static String wiring_unreadable;

    /** Message; see messages.properties. */
    public static String wiring_napCatMissing;

    /** Message; see messages.properties. */
    public static String wiring_v0_adapterListenDocker;

    /** Message; see messages.properties. */
    public static String wiring_v0_noClient;

    /** Message; see messages.properties. */
    public static String wiring_v0_clientDisabled;

    /** Message; see messages.properties. */
    public static String wiring_v0_clientUrl;

    /** Message; see messages.properties. */
    public static String wiring_v0_token;

    /** Message; see messages.properties. */
    public static String wiring_v0_envMissing;

    /** Message; see messages.properties. */
    public static String wiring_v0_maibotPort;

    /** Message; see messages.properties. */
    public static String wiring_v0_maibotHost;

    /** Message; see messages.properties. */
    public static String wiring_v0_maibotHostDocker;

    /** Message; see messages.properties. */
    public static String wiring_v0_envHostDocker;

    /** Message; see messages.properties. */
    public static String wiring_v1_disabled;

    /** Message; see messages.properties. */
    public static String wiring_v1_hostDocker;

    /** Message; see messages.properties. */
    public static String wiring_v1_hostLocal;

    /** Message; see messages.properties. */
    public static String wiring_v1_noServer;

    /** Message; see messages.properties. */
    public static String wiring_v1_serverDisabled;

    /** Message; see messages.properties. */
    public static String wiring_v1_port;

    /** Message; see messages.properties. */
    public static String wiring_v1_serverNoPort;

    /** Message; see messages.properties. */
    public static String wiring_v1_token;

    /** Message; see messages.properties. */
    public static String wiring_v1_serverHostDocker;

    /** Message; see messages.properties. */
    public static String wiring_v1_serverHostLocal;

    /** Message; see messages.properties. */
    public static String wiring_accountMismatch;

    /** Message; see messages.properties. */
    public static String wiring_accountEmpty;

    /** Message; see messages.properties. */
    public static String wiring_accountUnknown;

    /** Message; see messages.properties. */
    public static String wiring_noChatAllowed;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }

    /**
     * Fills a message's placeholders.
     *
     * @param message a message field
     * @param args    the values for {0}, {1}, ...
     * @return the sentence
     */
    public static String format(String message, Object... args) {
        return NLS.bind(message, args);
    }

    /**
     * Prefixes a sentence with its line, when there is one.
     *
     * @param line     the 1-based line, or empty
     * @param sentence the sentence
     * @return "Line 12: ..." or the sentence alone
     */
    public static String atLine(OptionalInt line, String sentence) {
        return line.isPresent() ? format(model_atLine, Integer.toString(line.getAsInt()), sentence) : sentence;
    }

    /**
     * Explains that a managed key belongs to another generation, naming its .env counterpart.
     *
     * @param key        the key
     * @param generation the instance's generation
     * @return the sentence
     */
    public static String notForGeneration(ManagedKey key, Generation generation) {
        String s = format(settings_notForGeneration, key.path().toString(), key.file().fileName(), generation.label());
        String env = switch (key) {
            case WEBUI_HOST -> "WEBUI_HOST"; //$NON-NLS-1$
            case WEBUI_PORT -> "WEBUI_PORT"; //$NON-NLS-1$
            case MESSAGE_SERVER_HOST -> "HOST"; //$NON-NLS-1$
            case MESSAGE_SERVER_PORT -> "PORT"; //$NON-NLS-1$
            default -> null;
        };
        return env != null && generation == Generation.V0 && key.file() == ConfigKind.BOT
                ? format(settings_useEnvInstead, s, env) : s;
    }

    /**
     * Shows a TOML value the way it is written, for edit descriptions.
     *
     * @param value the value
     * @return e.g. {@code "napcat"}, {@code 3001}, {@code true}, {@code ["1", "2"]}
     */
    public static String display(ConfigValue value) {
        return switch (value) {
            case ConfigValue.StringValue s -> '"' + s.value() + '"';
            case ConfigValue.IntegerValue i -> Long.toString(i.value());
            case ConfigValue.BooleanValue b -> Boolean.toString(b.value());
            case ConfigValue.ArrayValue a -> a.elements().stream().map(Messages::display)
                    .collect(Collectors.joining(", ", "[", "]")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            default -> String.valueOf(value);
        };
    }
}
