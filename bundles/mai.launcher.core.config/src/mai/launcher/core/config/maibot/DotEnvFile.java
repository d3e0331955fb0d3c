package mai.launcher.core.config.maibot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import mai.launcher.core.config.ConfigException;
import mai.launcher.core.config.maibot.internal.AtomicText;
import mai.launcher.core.config.maibot.internal.EnvLine;
import mai.launcher.core.config.maibot.internal.Messages;

/**
 * A MaiBot 0.x {@code .env} file ({@code HOST}, {@code PORT}, {@code WEBUI_HOST},
 * {@code WEBUI_PORT}) that can be edited without disturbing anything else: comments, blank
 * lines, unknown lines, quoting, {@code export} prefixes, line endings and a missing final line
 * break all stay as they were.
 *
 * <p>Not thread-safe.
 *
 * @since 0.1
 */
public final class DotEnvFile {

    private static final String KEY_PATTERN = "[A-Za-z_][A-Za-z0-9_.]*"; //$NON-NLS-1$

    private final List<String> lines; // each with its own line break, the last one maybe without
    private final String eol;

    private DotEnvFile(List<String> lines, String eol) {
        this.lines = lines;
        this.eol = eol;
    }

    /**
     * Reads a text.
     *
     * @param text the file content
     * @return the file
     */
    public static DotEnvFile parse(String text) {
        Objects.requireNonNull(text, "text"); //$NON-NLS-1$
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        int nl = text.indexOf('\n');
        return new DotEnvFile(lines, nl > 0 && text.charAt(nl - 1) == '\r' ? "\r\n" : "\n"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * Loads a UTF-8 file.
     *
     * @param file the {@code .env} file
     * @return the file's content
     * @throws IOException when it cannot be read
     */
    public static DotEnvFile load(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    /**
     * Writes the content atomically (temporary file, then rename).
     *
     * @param file the target
     * @throws IOException when writing fails; the old file then stays
     */
    public void save(Path file) throws IOException {
        AtomicText.write(file, toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads a variable; when it is defined twice the last definition counts, as in python-dotenv.
     *
     * @param key the name, e.g. {@code PORT}
     * @return the value, or empty when the file does not define it
     */
    public Optional<String> get(String key) {
        Objects.requireNonNull(key, "key"); //$NON-NLS-1$
        Optional<String> found = Optional.empty();
        for (String line : lines) {
            Optional<EnvLine> e = EnvLine.parse(strip(line));
            if (e.isPresent() && e.get().key().equals(key)) {
                found = Optional.of(e.get().value());
            }
        }
        return found;
    }

    /**
     * Lists the defined names in order of first appearance.
     *
     * @return the names
     */
    public List<String> keys() {
        LinkedHashSet<String> keys = new LinkedHashSet<>();
        lines.forEach(l -> EnvLine.parse(strip(l)).ifPresent(e -> keys.add(e.key())));
        return List.copyOf(keys);
    }

    /**
     * Sets a variable: every line defining it gets the new value (keeping its quoting and comment);
     * an undefined variable is appended as a new line.
     *
     * @param key   the name
     * @param value the value, on one line
     * @throws ConfigException when the name is not a variable name or the value has a line break
     */
    public void set(String key, String value) throws ConfigException {
        Objects.requireNonNull(key, "key"); //$NON-NLS-1$
        Objects.requireNonNull(value, "value"); //$NON-NLS-1$
        if (!key.matches(KEY_PATTERN)) {
            throw new ConfigException(Messages.format(Messages.env_badKey, key));
        }
        if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            throw new ConfigException(Messages.format(Messages.env_badValue, key));
        }
        boolean found = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Optional<EnvLine> e = EnvLine.parse(strip(line));
            if (e.isPresent() && e.get().key().equals(key)) {
                lines.set(i, e.get().withValue(value) + line.substring(strip(line).length()));
                found = true;
            }
        }
        if (!found) {
            append(EnvLine.render(key, value));
        }
    }

    private void append(String line) {
        if (!lines.isEmpty() && !lines.get(lines.size() - 1).endsWith("\n")) { //$NON-NLS-1$
            int last = lines.size() - 1;
            lines.set(last, lines.get(last) + eol);
            lines.add(line); // the file had no final line break: neither has the new last line
        } else {
            lines.add(line + eol);
        }
    }

    private static String strip(String line) {
        int end = line.length();
        while (end > 0 && (line.charAt(end - 1) == '\n' || line.charAt(end - 1) == '\r')) {
            end--;
        }
        return line.substring(0, end);
    }

    /**
     * Returns the file content as it would be written.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return String.join("", lines); //$NON-NLS-1$
    }
}
