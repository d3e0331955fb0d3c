package mai.launcher.core.config.providers.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalLong;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Lenient reading of provider JSON with Jackson's tree model. Providers disagree on whether numbers
 * are JSON numbers or strings, so the accessors accept both.
 */
final class Json {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // Money: keep "3.0" as 3.0, as the provider wrote it.
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private Json() {
    }

    /**
     * Parses a body.
     *
     * @param body the bytes received
     * @return the tree, or empty when the body is empty or not JSON
     */
    static Optional<JsonNode> parse(byte[] body) {
        try {
            JsonNode node = MAPPER.readTree(body);
            return node == null || node.isMissingNode() ? Optional.empty() : Optional.of(node);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** A non-blank string field. */
    static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() && !value.asText().isBlank() ? Optional.of(value.asText()) : Optional.empty();
    }

    /** A number field, written as a JSON number or as a numeric string. */
    static Optional<BigDecimal> decimal(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isNumber()) {
            return Optional.of(value.decimalValue());
        }
        if (value.isTextual()) {
            try {
                return Optional.of(new BigDecimal(value.asText().strip()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** A positive whole number field (number or numeric string). */
    static OptionalLong positiveLong(JsonNode node, String field) {
        Optional<BigDecimal> value = decimal(node, field);
        if (value.isEmpty() || value.get().signum() <= 0) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(value.get().longValueExact());
        } catch (ArithmeticException e) {
            return OptionalLong.empty();
        }
    }

    /** True only for a JSON {@code true}. */
    static boolean isTrue(JsonNode node, String field) {
        return node.path(field).isBoolean() && node.path(field).booleanValue();
    }

    /** Whether an array field holds the given string. */
    static boolean arrayContains(JsonNode node, String field, String wanted) {
        for (JsonNode item : node.path(field)) {
            if (item.isTextual() && item.asText().equalsIgnoreCase(wanted)) {
                return true;
            }
        }
        return false;
    }
}
