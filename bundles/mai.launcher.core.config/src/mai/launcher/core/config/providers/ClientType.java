package mai.launcher.core.config.providers;

import java.util.Locale;
import java.util.Optional;

/**
 * The {@code client_type} of an {@code [[api_providers]]} entry: which wire protocol MaiBot speaks
 * to the provider.
 *
 * @since 0.1
 */
public enum ClientType {

    /** OpenAI-compatible Chat Completions ({@code "openai"}, MaiBot's default). */
    OPENAI("openai"), //$NON-NLS-1$

    /** OpenAI Responses API ({@code "openai_responses"}); models are listed like {@link #OPENAI}. */
    OPENAI_RESPONSES("openai_responses"), //$NON-NLS-1$

    /** Google Gemini native API ({@code "gemini"}). */
    GEMINI("gemini"); //$NON-NLS-1$

    private final String tomlName;

    ClientType(String tomlName) {
        this.tomlName = tomlName;
    }

    /**
     * The value as written in {@code model_config.toml}.
     *
     * @return for example {@code "openai_responses"}
     */
    public String tomlName() {
        return tomlName;
    }

    /**
     * Reads a {@code client_type} value. Case and surrounding blanks are ignored.
     *
     * @param value the TOML string; {@code null} or blank means MaiBot's default {@link #OPENAI}
     * @return the type, or empty for a value this launcher does not know (MaiBot plugins can add
     *         client types of their own)
     */
    public static Optional<ClientType> fromToml(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of(OPENAI);
        }
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        for (ClientType type : values()) {
            if (type.tomlName.equals(wanted)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
