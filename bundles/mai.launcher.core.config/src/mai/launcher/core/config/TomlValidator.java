package mai.launcher.core.config;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

import mai.launcher.core.config.internal.TomljCheck;
import mai.launcher.core.config.internal.Utf8;

/**
 * Checks whole TOML texts (TOML 1.0, as MaiBot's Python side reads them) and explains problems
 * in plain sentences with line and column, e.g. "Line 12, column 9: the value is missing after
 * '='. Write a value such as "text", 123 or true."
 */
public final class TomlValidator {

    private TomlValidator() {
    }

    /**
     * Validates a text; a leading byte order mark is ignored.
     *
     * @param text the TOML text
     * @return the problems, first one first; empty when the text is valid
     */
    public static List<ConfigProblem> validate(String text) {
        Objects.requireNonNull(text, "text");
        return TomljCheck.problems(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    /**
     * Validates file content, which must be UTF-8.
     *
     * @param bytes the file content
     * @return the problems; a non-UTF-8 file gives one problem at the line of the first bad byte
     */
    public static List<ConfigProblem> validate(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        try {
            return validate(Utf8.decode(bytes));
        } catch (ConfigException e) {
            return List.of(new ConfigProblem(positionOfBadByte(bytes), e.getMessage()));
        }
    }

    private static TextPosition positionOfBadByte(byte[] bytes) {
        String prefix = new String(bytes, StandardCharsets.UTF_8);
        int bad = prefix.indexOf('\uFFFD');
        String before = prefix.substring(0, Math.max(0, bad));
        int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
        int column = before.length() - before.lastIndexOf('\n');
        return new TextPosition(line, column);
    }
}
