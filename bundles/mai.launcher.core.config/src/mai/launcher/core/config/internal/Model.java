package mai.launcher.core.config.internal;

import java.util.List;

import mai.launcher.core.config.ConfigException;
import mai.launcher.core.config.ConfigProblem;

/**
 * An immutable, parsed snapshot of a document: the exact text, its statements, its logical tree
 * and its sections. Every edit builds a new text and a new snapshot; the old one stays valid, which
 * is how a refused edit leaves the document unchanged.
 *
 * @param text     the text without byte order mark
 * @param bom      whether the original started with a UTF-8 byte order mark
 * @param eol      the line ending used for inserted lines ({@code \n} or {@code \r\n})
 * @param stmts    the statements, tiling {@code text}
 * @param root     the root table
 * @param sections the sections, the root section first
 */
public record Model(String text, boolean bom, String eol, List<Stmt> stmts, TNode root,
        List<Section> sections) {

    /**
     * Validates and parses a text.
     *
     * @param text the TOML text without byte order mark
     * @param bom  whether to write a byte order mark back
     * @return the snapshot
     * @throws ConfigException with line/column problems when the text is not valid TOML 1.0
     */
    public static Model parse(String text, boolean bom) throws ConfigException {
        return parse(text, bom, "\n");
    }

    /**
     * Validates and parses an edited text, keeping the document's line ending when the text has no
     * line break left to tell it.
     *
     * @param text       the TOML text without byte order mark
     * @param bom        whether to write a byte order mark back
     * @param defaultEol the line ending to use when the text has no line break
     * @return the snapshot
     * @throws ConfigException with line/column problems when the text is not valid TOML 1.0
     */
    public static Model parse(String text, boolean bom, String defaultEol) throws ConfigException {
        List<ConfigProblem> problems = TomljCheck.problems(text);
        if (!problems.isEmpty()) {
            throw new ConfigException(problems.get(0).message(), problems);
        }
        List<Stmt> stmts;
        TreeBuilder.Result tree;
        try {
            stmts = CstParser.parse(text);
            tree = TreeBuilder.build(stmts);
        } catch (RuntimeException e) {
            // tomlj accepted the text but the lossless parser did not: a bug, reported plainly.
            throw new ConfigException(Messages.format(Messages.parse_internal, e.getMessage()), e);
        }
        return new Model(text, bom, detectEol(text, defaultEol), List.copyOf(stmts), tree.root(), tree.sections());
    }

    /** The file's own line ending style: that of its first line break; the default without one. */
    static String detectEol(String text, String defaultEol) {
        int nl = text.indexOf('\n');
        if (nl < 0) {
            return defaultEol;
        }
        return nl > 0 && text.charAt(nl - 1) == '\r' ? "\r\n" : "\n";
    }

    /**
     * Finds the section opened by a header statement.
     *
     * @param headerIndex statement index of the header
     * @return the index into {@link #sections()}
     */
    public int sectionOfHeader(int headerIndex) {
        for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i).headerIndex() == headerIndex) {
                return i;
            }
        }
        throw new IllegalArgumentException("no header at statement " + headerIndex);
    }

    /**
     * Tells whether the text ends with a line break (or is empty).
     *
     * @return true when a final newline is present
     */
    public boolean endsWithEol() {
        return text.isEmpty() || text.endsWith("\n");
    }
}
