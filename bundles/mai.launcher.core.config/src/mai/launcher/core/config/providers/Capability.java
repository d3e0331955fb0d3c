package mai.launcher.core.config.providers;

/**
 * Something a model is known to support, as far as the provider's model list tells. A capability
 * missing from {@link ModelInfo#capabilities()} means "not stated", not "unsupported".
 *
 * @since 0.1
 */
public enum Capability {

    /** Accepts images as input (MaiBot's {@code visual = true}). */
    VISION,

    /** Supports tool or function calling. */
    FUNCTION_CALLING,

    /** Produces reasoning ("thinking") output. */
    REASONING,

    /** Produces embeddings rather than text. */
    EMBEDDING
}
