package mai.launcher.core.config.internal;

import java.util.ArrayList;
import java.util.List;

import mai.launcher.core.config.TomlPath;
import mai.launcher.core.config.TomlPath.Segment;

/**
 * Reads and writes the display form of paths: dotted keys as in TOML (quoted when needed) and
 * element numbers in brackets, e.g. {@code models[2]."extra params".x}.
 */
public final class PathSyntax {

    private PathSyntax() {
    }

    /**
     * Parses a written path.
     *
     * @param text e.g. {@code models[2].name}
     * @return the segments, or an empty list when the text is not a valid path
     */
    public static List<Segment> parse(String text) {
        Cursor in = new Cursor(text.strip());
        StringScanner strings = new StringScanner(in);
        List<Segment> out = new ArrayList<>();
        try {
            while (!in.atEnd()) {
                if (!out.isEmpty()) {
                    in.expect('.');
                }
                out.add(new TomlPath.Key(key(in, strings)));
                while (in.at('[')) {
                    in.pos++;
                    int start = in.pos;
                    while (!in.atEnd() && Character.isDigit(in.peek())) {
                        in.pos++;
                    }
                    int index = Integer.parseInt(in.text.substring(start, in.pos));
                    in.expect(']');
                    out.add(new TomlPath.Index(index));
                }
            }
        } catch (RuntimeException e) {
            return List.of(); // any syntax slip makes the whole path invalid
        }
        return out;
    }

    private static String key(Cursor in, StringScanner strings) {
        if (in.at('"')) {
            return strings.basic();
        }
        if (in.at('\'')) {
            return strings.literal();
        }
        int start = in.pos;
        while (!in.atEnd() && "[].\"' \t".indexOf(in.peek()) < 0) {
            in.pos++;
        }
        if (start == in.pos) {
            throw in.error("key expected");
        }
        return in.text.substring(start, in.pos);
    }

    /**
     * Formats segments for display.
     *
     * @param segments the path's segments
     * @return e.g. {@code models[2].name}; the empty string for the root
     */
    public static String format(List<Segment> segments) {
        StringBuilder sb = new StringBuilder();
        for (Segment s : segments) {
            if (s instanceof TomlPath.Index ix) {
                sb.append('[').append(ix.index()).append(']');
            } else {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ValueRenderer.key(((TomlPath.Key) s).name()));
            }
        }
        return sb.toString();
    }
}
