package mai.launcher.core.config.providers;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * One model offered by a provider. Only {@link #id()} is always known; the rest is filled where the
 * provider's JSON carries it (OpenRouter, Moonshot, vLLM, Groq, Mistral, Gemini and similar lists).
 *
 * @param id              the identifier to put in {@code [[models]] model_identifier} (for Gemini
 *                        without the {@code models/} prefix)
 * @param ownedBy         the {@code owned_by} value, or the empty string when not stated
 * @param created         when the model was published, if stated
 * @param displayName     a human-readable name, if stated
 * @param contextLength   the context window in tokens, if stated
 * @param maxOutputTokens the maximum completion length in tokens, if stated
 * @param pricing         the price, if stated
 * @param capabilities    what the model is stated to support (unmodifiable, in declaration order)
 * @since 0.1
 */
public record ModelInfo(String id, String ownedBy, Optional<Instant> created, Optional<String> displayName,
        OptionalLong contextLength, OptionalLong maxOutputTokens, Optional<Pricing> pricing,
        Set<Capability> capabilities) {

    /** Creates a model description; no argument may be {@code null}. */
    public ModelInfo {
        Objects.requireNonNull(id, "id"); //$NON-NLS-1$
        Objects.requireNonNull(ownedBy, "ownedBy"); //$NON-NLS-1$
        Objects.requireNonNull(created, "created"); //$NON-NLS-1$
        Objects.requireNonNull(displayName, "displayName"); //$NON-NLS-1$
        Objects.requireNonNull(contextLength, "contextLength"); //$NON-NLS-1$
        Objects.requireNonNull(maxOutputTokens, "maxOutputTokens"); //$NON-NLS-1$
        Objects.requireNonNull(pricing, "pricing"); //$NON-NLS-1$
        capabilities = capabilities.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(capabilities));
    }

    /**
     * A model of which only the identifier is known.
     *
     * @param id the identifier
     * @return the model
     */
    public static ModelInfo of(String id) {
        return new ModelInfo(id, "", Optional.empty(), Optional.empty(), OptionalLong.empty(), //$NON-NLS-1$
                OptionalLong.empty(), Optional.empty(), Set.of());
    }
}
