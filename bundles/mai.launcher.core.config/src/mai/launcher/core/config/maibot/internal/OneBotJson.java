package mai.launcher.core.config.maibot.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import mai.launcher.core.config.ConfigException;

/**
 * Reads and edits NapCat's OneBot 11 JSON with Jackson. Edits re-serialise the whole tree in
 * NapCat's own layout ({@code JSON.stringify(config, null, 2)}: two spaces, {@code "key": value},
 * {@code []} for empty arrays), keeping key order, the file's indentation unit, line endings and
 * final line break; for a file NapCat wrote, everything outside the edit stays byte for byte.
 */
public final class OneBotJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String ENABLE = "enable"; //$NON-NLS-1$
    private static final String NAME = "name"; //$NON-NLS-1$
    private static final String HOST = "host"; //$NON-NLS-1$
    private static final String PORT = "port"; //$NON-NLS-1$
    private static final String URL = "url"; //$NON-NLS-1$
    private static final String TOKEN = "token"; //$NON-NLS-1$

    private OneBotJson() {
    }

    /**
     * Reads the WebSocket entries.
     *
     * @param file the JSON file
     * @return the entries
     * @throws IOException     when the file cannot be read
     * @throws ConfigException when it is not JSON
     */
    public static OneBotConfig read(Path file) throws IOException, ConfigException {
        JsonNode root = parse(file, Files.readString(file, StandardCharsets.UTF_8));
        List<OneBotConfig.Server> servers = new ArrayList<>();
        JsonNode s = root.at(OneBotConfig.SERVERS);
        for (int i = 0; i < s.size(); i++) {
            JsonNode n = s.get(i);
            servers.add(new OneBotConfig.Server(i, n.path(ENABLE).asBoolean(false), text(n, NAME), text(n, HOST),
                    n.path(PORT).asInt(-1), text(n, TOKEN)));
        }
        List<OneBotConfig.Client> clients = new ArrayList<>();
        JsonNode c = root.at(OneBotConfig.CLIENTS);
        for (int i = 0; i < c.size(); i++) {
            JsonNode n = c.get(i);
            clients.add(new OneBotConfig.Client(i, n.path(ENABLE).asBoolean(false), text(n, NAME), text(n, URL),
                    text(n, TOKEN)));
        }
        return new OneBotConfig(file, List.copyOf(servers), List.copyOf(clients));
    }

    /**
     * Sets (or, for a pointer ending in {@code /-}, appends) one value and writes the file.
     *
     * @param file    the JSON file
     * @param pointer a JSON Pointer
     * @param value   String, Boolean, Integer, Long or an ordered Map
     * @throws IOException     when reading or writing fails
     * @throws ConfigException when the file is not JSON or the pointer does not fit it
     */
    public static void apply(Path file, String pointer, Object value) throws IOException, ConfigException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        JsonNode root = parse(file, text);
        JsonPointer ptr = JsonPointer.compile(pointer);
        JsonNode parent = root.at(ptr.head());
        String last = ptr.last().getMatchingProperty();
        JsonNode node = MAPPER.valueToTree(value);
        if (parent instanceof ArrayNode array && "-".equals(last)) { //$NON-NLS-1$
            array.add(node);
        } else if (parent instanceof ArrayNode array && ptr.last().mayMatchElement()
                && ptr.last().getMatchingIndex() < array.size()) {
            array.set(ptr.last().getMatchingIndex(), node);
        } else if (parent instanceof ObjectNode object) {
            object.set(last, node);
        } else {
            throw new ConfigException(Messages.format(Messages.json_badPointer, pointer, file.getFileName().toString()));
        }
        String bom = text.startsWith("\uFEFF") ? "\uFEFF" : ""; //$NON-NLS-1$ //$NON-NLS-2$
        AtomicText.write(file, (bom + render(root, text)).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Renders a tree in NapCat's layout, taking indentation, line ending and final line break from
     * the original text.
     *
     * @param root     the tree
     * @param original the text it was read from
     * @return the new text
     * @throws IOException when Jackson fails to write
     */
    static String render(JsonNode root, String original) throws IOException {
        String eol = original.contains("\r\n") ? "\r\n" : "\n"; //$NON-NLS-1$ //$NON-NLS-2$
        DefaultIndenter indenter = new DefaultIndenter(indentUnit(original), eol);
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("").withArrayEmptySeparator(""); //$NON-NLS-1$ //$NON-NLS-2$
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators)
                .withObjectIndenter(indenter).withArrayIndenter(indenter);
        String out = MAPPER.writer(printer).writeValueAsString(root);
        String trailing = original.substring(original.stripTrailing().length());
        return out + trailing;
    }

    private static String text(JsonNode entry, String field) {
        return entry.path(field).asText(""); //$NON-NLS-1$
    }

    private static String indentUnit(String text) {
        for (String line : text.split("\r?\n")) { //$NON-NLS-1$
            int n = 0;
            while (n < line.length() && (line.charAt(n) == ' ' || line.charAt(n) == '\t')) {
                n++;
            }
            if (n > 0 && n < line.length()) {
                return line.substring(0, n);
            }
        }
        return "  "; //$NON-NLS-1$
    }

    private static JsonNode parse(Path file, String text) throws ConfigException {
        try {
            JsonNode root = MAPPER.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text); //$NON-NLS-1$
            if (root == null || !root.isObject()) {
                throw new ConfigException(Messages.format(Messages.json_notObject, file.getFileName().toString()));
            }
            return root;
        } catch (JacksonException e) {
            throw new ConfigException(Messages.format(Messages.json_invalid, file.getFileName().toString(),
                    e.getOriginalMessage()), e);
        }
    }
}
