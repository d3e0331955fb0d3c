package mai.launcher.core.config.providers.internal;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import mai.launcher.core.config.providers.Capability;
import mai.launcher.core.config.providers.ModelInfo;
import mai.launcher.core.config.providers.Pricing;

/**
 * Reads OpenAI-compatible model lists: {@code {"data":[{"id":...,"owned_by":...,"created":...}]}}
 * or a bare array, plus the extras some providers add (OpenRouter's {@code context_length},
 * {@code pricing}, {@code architecture} and {@code supported_parameters}; Moonshot's
 * {@code supports_image_in} and {@code supports_reasoning}; vLLM's {@code max_model_len}; Groq's
 * {@code context_window}; Mistral's {@code capabilities} object).
 */
final class OpenAiModels {

    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    /** Timestamps above this are milliseconds rather than seconds (year 5138 in seconds). */
    private static final long MILLIS_THRESHOLD = 100_000_000_000L;

    private OpenAiModels() {
    }

    /**
     * @param root the parsed answer
     * @return the models, or empty when the answer is not a model list
     */
    static Optional<List<ModelInfo>> parse(JsonNode root) {
        JsonNode list = root.isArray() ? root : root.path("data"); //$NON-NLS-1$
        if (!list.isArray()) {
            return Optional.empty();
        }
        List<ModelInfo> models = new ArrayList<>();
        for (JsonNode item : list) {
            if (item.isTextual() && !item.asText().isBlank()) {
                models.add(ModelInfo.of(item.asText()));
            } else {
                Json.text(item, "id").ifPresent(id -> models.add(model(item, id))); //$NON-NLS-1$
            }
        }
        return Optional.of(models);
    }

    private static ModelInfo model(JsonNode item, String id) {
        Optional<String> displayName = Json.text(item, "name") //$NON-NLS-1$
                .or(() -> Json.text(item, "display_name")) //$NON-NLS-1$
                .or(() -> Json.text(item, "displayName")) //$NON-NLS-1$
                .filter(name -> !name.equals(id));
        return new ModelInfo(id, Json.text(item, "owned_by").orElse(""), created(item), displayName, //$NON-NLS-1$ //$NON-NLS-2$
                contextLength(item), maxOutputTokens(item), pricing(item), capabilities(item));
    }

    private static Optional<Instant> created(JsonNode item) {
        try {
            OptionalLong epoch = Json.positiveLong(item, "created"); //$NON-NLS-1$
            if (epoch.isPresent()) {
                long value = epoch.getAsLong();
                return Optional.of(value > MILLIS_THRESHOLD ? Instant.ofEpochMilli(value) : Instant.ofEpochSecond(value));
            }
            Optional<String> iso = Json.text(item, "created_at"); //$NON-NLS-1$
            return iso.isPresent() ? Optional.of(Instant.parse(iso.get())) : Optional.empty();
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static OptionalLong contextLength(JsonNode item) {
        return first(item, "context_length", "context_window", "max_model_len", "max_context_length", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                "max_input_tokens", "inputTokenLimit", "top_provider/context_length"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private static OptionalLong maxOutputTokens(JsonNode item) {
        return first(item, "top_provider/max_completion_tokens", "max_completion_tokens", "max_output_tokens", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                "outputTokenLimit"); //$NON-NLS-1$
    }

    /** The first positive whole number among fields; {@code a/b} names field b of object a. */
    private static OptionalLong first(JsonNode item, String... fields) {
        for (String field : fields) {
            int slash = field.indexOf('/');
            JsonNode owner = slash < 0 ? item : item.path(field.substring(0, slash));
            OptionalLong value = Json.positiveLong(owner, field.substring(slash + 1));
            if (value.isPresent()) {
                return value;
            }
        }
        return OptionalLong.empty();
    }

    /** OpenRouter: {@code pricing.prompt} and {@code pricing.completion} in USD per token. */
    private static Optional<Pricing> pricing(JsonNode item) {
        JsonNode pricing = item.path("pricing"); //$NON-NLS-1$
        Optional<BigDecimal> prompt = Json.decimal(pricing, "prompt"); //$NON-NLS-1$
        Optional<BigDecimal> completion = Json.decimal(pricing, "completion"); //$NON-NLS-1$
        if (prompt.isEmpty() || completion.isEmpty() || prompt.get().signum() < 0 || completion.get().signum() < 0) {
            return Optional.empty(); // OpenRouter writes -1 for routers whose price varies
        }
        return Optional.of(new Pricing(perMillion(prompt.get()), perMillion(completion.get()), "USD")); //$NON-NLS-1$
    }

    private static BigDecimal perMillion(BigDecimal perToken) {
        BigDecimal value = perToken.multiply(MILLION).stripTrailingZeros();
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    private static Set<Capability> capabilities(JsonNode item) {
        Set<Capability> result = EnumSet.noneOf(Capability.class);
        JsonNode architecture = item.path("architecture"); //$NON-NLS-1$
        JsonNode caps = item.path("capabilities"); //$NON-NLS-1$
        if (Json.arrayContains(architecture, "input_modalities", "image") || Json.isTrue(item, "supports_image_in") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                || architecture.path("modality").asText().matches("^[^>]*image[^>]*->.*") || stated(caps, "vision")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            result.add(Capability.VISION);
        }
        if (Json.arrayContains(item, "supported_parameters", "tools") || stated(caps, "function_calling") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                || stated(caps, "tool_calling") || stated(caps, "tools")) { //$NON-NLS-1$ //$NON-NLS-2$
            result.add(Capability.FUNCTION_CALLING);
        }
        if (Json.arrayContains(item, "supported_parameters", "reasoning") || Json.isTrue(item, "supports_reasoning") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                || stated(caps, "reasoning") || stated(caps, "thinking")) { //$NON-NLS-1$ //$NON-NLS-2$
            result.add(Capability.REASONING);
        }
        if (Json.arrayContains(architecture, "output_modalities", "embeddings") || stated(caps, "embedding") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                || stated(caps, "embeddings")) { //$NON-NLS-1$
            result.add(Capability.EMBEDDING);
        }
        return result;
    }

    /** A capability written as {@code {"vision": true}} or as {@code ["vision", ...]}. */
    private static boolean stated(JsonNode capabilities, String name) {
        if (capabilities.isArray()) {
            for (JsonNode item : capabilities) {
                if (item.asText().equalsIgnoreCase(name)) {
                    return true;
                }
            }
            return false;
        }
        return Json.isTrue(capabilities, name);
    }
}
