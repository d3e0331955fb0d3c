package mai.launcher.core.config.maibot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads TOML files with Python's tomllib (what MaiBot itself uses) and compares them as JSON
 * trees: {@code python3 -c 'import tomllib,sys,json; ...'}.
 */
final class PyToml {

    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String SCRIPT = "import tomllib,sys,json; "
            + "print(json.dumps(tomllib.load(open(sys.argv[1],'rb')), ensure_ascii=False, default=str))";

    private PyToml() {
    }

    /** Parses a TOML file with tomllib. */
    static JsonNode load(Path file) {
        try {
            Process p = new ProcessBuilder(List.of("python3", "-c", SCRIPT, file.toString()))
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new AssertionError("tomllib refused " + file + ":\n" + out);
            }
            return MAPPER.readTree(out);
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** A JSON node for a Java value, as tomllib's JSON would have it. */
    static JsonNode node(Object value) {
        try { // through text, so that numbers get the node types a parser gives them
            return MAPPER.readTree(MAPPER.writeValueAsString(value));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Returns a copy of {@code tree} with the value at a path (keys and indexes) replaced. */
    static JsonNode with(JsonNode tree, JsonNode value, Object... path) {
        JsonNode copy = tree.deepCopy();
        JsonNode parent = copy;
        for (int i = 0; i < path.length - 1; i++) {
            parent = path[i] instanceof Integer n ? parent.get(n) : parent.get((String) path[i]);
        }
        Object last = path[path.length - 1];
        if (last instanceof Integer n) {
            ((ArrayNode) parent).set(n, value);
        } else {
            ((ObjectNode) parent).set((String) last, value);
        }
        return copy;
    }

    /** Asserts that tomllib reads {@code after} as {@code before} with exactly one value changed. */
    static void assertOnlyChanged(Path before, Path after, JsonNode value, Object... path) {
        assertEquals(with(load(before), value, path), load(after),
                "tomllib: only " + List.of(path) + " may change");
    }
}
