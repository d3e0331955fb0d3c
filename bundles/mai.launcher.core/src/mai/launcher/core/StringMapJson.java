package mai.launcher.core;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Maps of strings as flat JSON objects, the way the database keeps options in its JSON columns (as the old launcher
 * did with its own JSON columns).
 *
 * @since 0.1
 */
public final class StringMapJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private StringMapJson() {
    }

    /**
     * @param map the map
     * @return a JSON object with the map's entries, keys sorted
     */
    public static String write(Map<String, String> map) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(text)) {
            json.writeStartObject();
            for (Map.Entry<String, String> entry : new TreeMap<>(map).entrySet()) {
                json.writeStringField(entry.getKey(), entry.getValue());
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /**
     * Reads a flat JSON object; nested values are skipped, and text that is not a JSON object (another program's)
     * reads as an empty map.
     *
     * @param text the JSON text, possibly {@code null}
     * @return the entries, sorted by key
     */
    public static Map<String, String> read(String text) {
        Map<String, String> map = new TreeMap<>();
        if (text == null || text.isBlank()) {
            return map;
        }
        try (JsonParser json = FACTORY.createParser(text)) {
            if (json.nextToken() == JsonToken.START_OBJECT) {
                while (json.nextToken() == JsonToken.FIELD_NAME) {
                    String key = json.currentName();
                    if (json.nextToken().isScalarValue()) {
                        map.put(key, json.getValueAsString());
                    } else {
                        json.skipChildren();
                    }
                }
            }
        } catch (IOException e) {
            map.clear();
        }
        return map;
    }
}
