package mai.launcher.core.config.providers;

import java.util.Locale;
import java.util.Optional;

/**
 * How MaiBot talks to a provider ({@code client_type} in model_config.toml).
 *
 * @since 0.1
 */
public enum ClientType {
    /** OpenAI's chat completions API and the many services compatible with it. */
    OPENAI,
    /** OpenAI's responses API. */
    OPENAI_RESPONSES,
    /** Google's Gemini API. */
    GEMINI;

    /** @return the value written in model_config.toml */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param id a value from model_config.toml or the database
     * @return the type, if it is one of these
     */
    public static Optional<ClientType> parse(String id) {
        for (ClientType type : values()) {
            if (type.id().equals(id == null ? "" : id.strip().toLowerCase(Locale.ROOT))) { //$NON-NLS-1$
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
