package mai.launcher.core.config.providers.internal;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/** Finds the provider's own explanation in an error answer. */
final class ErrorBodies {

    private ErrorBodies() {
    }

    /**
     * The explanation in a body: {@code {"error":{"message":...}}} (OpenAI, Gemini and most
     * relays), {@code {"error":"..."}}, {@code {"message":...}} (SiliconFlow), {@code {"msg":...}},
     * {@code {"detail":"..."}} (FastAPI), a one-element array of those (Gemini), or short plain text.
     *
     * @param body     the body received
     * @param redactor cleans the text
     * @return the cleaned explanation, if any
     */
    static Optional<String> message(byte[] body, Redactor redactor) {
        Optional<JsonNode> json = Json.parse(body);
        if (json.isPresent()) {
            return fromJson(json.get()).map(redactor::clean);
        }
        String text = new String(body, StandardCharsets.UTF_8).strip();
        if (text.isEmpty() || text.startsWith("<")) { // an HTML error page says nothing useful //$NON-NLS-1$
            return Optional.empty();
        }
        return Optional.ofNullable(redactor.clean(text));
    }

    /**
     * Whether the body is Google's answer to a bad key, which comes as HTTP 400.
     *
     * @param body the body received
     * @return true for {@code error.details[].reason == "API_KEY_INVALID"}
     */
    static boolean isInvalidGoogleKey(byte[] body) {
        Optional<JsonNode> json = Json.parse(body);
        if (json.isEmpty()) {
            return false;
        }
        JsonNode root = json.get().isArray() ? json.get().path(0) : json.get();
        for (JsonNode detail : root.path("error").path("details")) { //$NON-NLS-1$ //$NON-NLS-2$
            if ("API_KEY_INVALID".equals(detail.path("reason").asText())) { //$NON-NLS-1$ //$NON-NLS-2$
                return true;
            }
        }
        return false;
    }

    private static Optional<String> fromJson(JsonNode node) {
        if (node.isArray()) {
            return node.isEmpty() ? Optional.empty() : fromJson(node.get(0));
        }
        JsonNode error = node.path("error"); //$NON-NLS-1$
        if (error.isObject()) {
            Optional<String> message = Json.text(error, "message"); //$NON-NLS-1$
            if (message.isPresent()) {
                return message;
            }
        }
        if (error.isTextual() && !error.asText().isBlank()) {
            return Optional.of(error.asText());
        }
        return Json.text(node, "message") //$NON-NLS-1$
                .or(() -> Json.text(node, "msg")) //$NON-NLS-1$
                .or(() -> Json.text(node, "detail")); //$NON-NLS-1$
    }
}
