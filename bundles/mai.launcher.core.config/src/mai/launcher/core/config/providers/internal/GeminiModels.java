package mai.launcher.core.config.providers.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import mai.launcher.core.config.providers.Capability;
import mai.launcher.core.config.providers.ModelInfo;

/**
 * Reads one page of Google's model list:
 * {@code {"models":[{"name":"models/gemini-...","displayName":...,"inputTokenLimit":...,
 * "outputTokenLimit":...,"supportedGenerationMethods":[...],"thinking":true}],"nextPageToken":...}}.
 */
final class GeminiModels {

    /** One page and the token of the next, if any. */
    record Page(List<ModelInfo> models, Optional<String> nextPageToken) {
    }

    private static final String PREFIX = "models/"; //$NON-NLS-1$

    private GeminiModels() {
    }

    /**
     * @param root the parsed answer
     * @return the page, or empty when the answer is not a Gemini model list
     */
    static Optional<Page> parse(JsonNode root) {
        JsonNode list = root.path("models"); //$NON-NLS-1$
        boolean emptyAnswer = list.isMissingNode() && (root.isEmpty() || root.has("nextPageToken")); //$NON-NLS-1$
        if (!root.isObject() || !(list.isArray() || emptyAnswer)) {
            return Optional.empty();
        }
        List<ModelInfo> models = new ArrayList<>();
        for (JsonNode item : list) {
            Json.text(item, "name").ifPresent(name -> models.add(model(item, name))); //$NON-NLS-1$
        }
        return Optional.of(new Page(models, Json.text(root, "nextPageToken"))); //$NON-NLS-1$
    }

    private static ModelInfo model(JsonNode item, String name) {
        String id = name.startsWith(PREFIX) ? name.substring(PREFIX.length()) : name;
        Set<Capability> capabilities = EnumSet.noneOf(Capability.class);
        if (Json.arrayContains(item, "supportedGenerationMethods", "embedContent") //$NON-NLS-1$ //$NON-NLS-2$
                || Json.arrayContains(item, "supportedGenerationMethods", "embedText")) { //$NON-NLS-1$ //$NON-NLS-2$
            capabilities.add(Capability.EMBEDDING);
        }
        if (Json.isTrue(item, "thinking")) { //$NON-NLS-1$
            capabilities.add(Capability.REASONING);
        }
        return new ModelInfo(id, "google", Optional.empty(), Json.text(item, "displayName"), //$NON-NLS-1$ //$NON-NLS-2$
                Json.positiveLong(item, "inputTokenLimit"), Json.positiveLong(item, "outputTokenLimit"), //$NON-NLS-1$ //$NON-NLS-2$
                Optional.empty(), capabilities);
    }
}
