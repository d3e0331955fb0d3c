package mai.launcher.core.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import mai.launcher.core.config.internal.Messages;
import mai.launcher.core.config.internal.PathSyntax;

/**
 * The address of a value in a TOML document: a list of key names and, for arrays, element
 * numbers (0-based). {@code ["models", 2, "name"]} is the name of the third {@code [[models]]}
 * element; its display form is {@code models[2].name}.
 *
 * @param segments the steps from the document root, in order
 */
public record TomlPath(List<Segment> segments) {

    /** One step of a path. */
    public sealed interface Segment permits Key, Index {
    }

    /**
     * A step into a table by key name.
     *
     * @param name the key exactly as TOML decodes it (no quotes)
     */
    public record Key(String name) implements Segment {
        /**
         * Creates a key step.
         *
         * @param name the key name
         */
        public Key {
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * A step into an array (or array of tables) by element number.
     *
     * @param index 0-based element number
     */
    public record Index(int index) implements Segment {
        /**
         * Creates an index step.
         *
         * @param index 0-based element number, not negative
         */
        public Index {
            if (index < 0) {
                throw new IllegalArgumentException("index must not be negative: " + index);
            }
        }
    }

    /**
     * Creates a path.
     *
     * @param segments the steps, copied
     */
    public TomlPath {
        segments = List.copyOf(Objects.requireNonNull(segments, "segments"));
    }

    /** The empty path, which addresses the document root table. */
    public static final TomlPath ROOT = new TomlPath(List.of());

    /**
     * Builds a path from key names ({@link String}) and element numbers ({@link Integer}).
     *
     * @param parts e.g. {@code "models", 2, "name"}
     * @return the path
     * @throws IllegalArgumentException if a part is neither a String nor an Integer
     */
    public static TomlPath of(Object... parts) {
        Objects.requireNonNull(parts, "parts");
        List<Segment> list = new ArrayList<>(parts.length);
        for (Object part : parts) {
            if (part instanceof String s) {
                list.add(new Key(s));
            } else if (part instanceof Integer i) {
                list.add(new Index(i));
            } else {
                throw new IllegalArgumentException("path parts are String or Integer, not " + part);
            }
        }
        return new TomlPath(list);
    }

    /**
     * Reads a path as a person writes it: {@code bot.qq_account}, {@code models[2].name},
     * {@code "key with.dot".x}.
     *
     * @param text the written path
     * @return the path
     * @throws ConfigException if the text is not a valid path
     */
    public static TomlPath parse(String text) throws ConfigException {
        Objects.requireNonNull(text, "text");
        List<Segment> list = PathSyntax.parse(text);
        if (list.isEmpty()) {
            throw new ConfigException(Messages.format(Messages.path_invalid, text));
        }
        return new TomlPath(list);
    }

    /**
     * Appends a key step.
     *
     * @param key the key name
     * @return a new, longer path
     */
    public TomlPath child(String key) {
        return append(new Key(key));
    }

    /**
     * Appends an element step.
     *
     * @param index the 0-based element number
     * @return a new, longer path
     */
    public TomlPath child(int index) {
        return append(new Index(index));
    }

    /**
     * Tells whether this path is the root path.
     *
     * @return true when there are no segments
     */
    public boolean isRoot() {
        return segments.isEmpty();
    }

    /**
     * Returns the path without its last step.
     *
     * @return the parent path; the root path stays the root path
     */
    public TomlPath parent() {
        return segments.isEmpty() ? this : new TomlPath(segments.subList(0, segments.size() - 1));
    }

    /**
     * Tells whether this path begins with all steps of {@code prefix}.
     *
     * @param prefix the shorter path
     * @return true when {@code prefix} is this path or one of its ancestors
     */
    public boolean startsWith(TomlPath prefix) {
        Objects.requireNonNull(prefix, "prefix");
        return segments.size() >= prefix.segments.size()
                && segments.subList(0, prefix.segments.size()).equals(prefix.segments);
    }

    /**
     * Renders the path for people, e.g. {@code models[2].name}.
     *
     * @return the display form
     */
    @Override
    public String toString() {
        return PathSyntax.format(segments);
    }

    private TomlPath append(Segment segment) {
        List<Segment> list = new ArrayList<>(segments);
        list.add(segment);
        return new TomlPath(list);
    }
}
