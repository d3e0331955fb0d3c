package mai.launcher.core.config.tests;

import java.util.List;

import mai.launcher.core.config.ConfigException;
import mai.launcher.core.config.TomlDocument;
import mai.launcher.core.config.TomlPath;

/**
 * Applies edits and proves each one with Python's own parser. After every edit:
 * <ol>
 * <li>tomllib reads the new text (a BOM is stripped first, as MaiBot's loader does) and its data
 * equals the expected data: the data before the edit with the edit's logical change applied
 * ({@link Edit#expect});</li>
 * <li>the engine's own view ({@code get(ROOT)}, which every edit builds by parsing the edited text
 * anew) equals the same expected data; the written bytes decode to the text, and parsed anew
 * (on every edit of texts up to 8000 characters, on every 8th edit of larger ones) give the same
 * text and data;</li>
 * <li>nothing outside the edit's span changed ({@link Edit#checkSpan}, rule documented on
 * {@link Edit});</li>
 * <li>the byte order mark, the final newline (or its absence) and the line ending style are kept,
 * and the text can be written as UTF-8.</li>
 * </ol>
 * A refused edit ({@link #refuse}) must throw {@link ConfigException} (nothing else) and leave the
 * text and data exactly as they were.
 */
final class EditCheck {

    private static final String BOM = "\uFEFF";

    /** A document under test and the data it must hold. */
    static final class State {
        final TomlDocument doc;
        Object data;
        /** Whether the text was opened with CRLF line endings only: it must keep them. */
        final boolean crlf;
        /** Whether the text was opened with LF line endings only: it must keep them. */
        final boolean lf;
        private int checks;

        State(TomlDocument doc, Object data) {
            this.doc = doc;
            this.data = data;
            String body = body(doc.toString());
            this.crlf = body.contains("\r\n") && bareLf(body) == 0;
            this.lf = body.contains("\n") && body.indexOf('\r') < 0;
        }

        String text() {
            return doc.toString();
        }
    }

    /** Outcome of a valid edit. */
    enum Outcome {
        APPLIED, REFUSED_AS_DOCUMENTED
    }

    private static int proven;
    private static int replayed;
    private static int refused;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.printf(
                "EditCheck: %d edits proven with tomllib, %d replayed in lock-step, %d invalid edits refused%n",
                proven, replayed, refused)));
    }

    private EditCheck() {
    }

    /**
     * Opens a text; tomllib and the engine must agree on its data.
     *
     * @param text the TOML text (may start with a BOM)
     * @return the state
     */
    static State open(String text) throws ConfigException {
        TomlDocument doc = TomlDocument.parse(text);
        PyToml.Result py = PyToml.parse(body(text));
        if (!py.ok()) {
            throw new AssertionError("tomllib rejects the original text: " + py.error());
        }
        String d = Data.diff(py.data(), engineData(doc));
        if (d != null) {
            throw new AssertionError("engine and tomllib disagree on the original text: " + d);
        }
        return new State(doc, py.data());
    }

    /**
     * Opens another document on the same text and data (already proven by {@link #open}).
     *
     * @param s the state to copy
     * @return a fresh, independent state
     */
    static State fork(State s) throws ConfigException {
        return new State(TomlDocument.parse(s.text()), Data.copy(s.data));
    }

    /**
     * Applies a valid edit and verifies it (see the class comment).
     *
     * @param s the state, updated
     * @param e the edit
     * @return whether it was applied or refused in a documented way
     */
    static Outcome apply(State s, Edit e) {
        String before = s.text();
        String eol = s.doc.lineEnding();
        Object expected = Data.copy(s.data);
        TextMap tm = TextMap.of(norm(body(before), eol));
        e.expect(expected, tm);
        try {
            e.apply(s.doc);
        } catch (ConfigException ex) {
            if (e.refusalAllowed(ex.getMessage())) {
                assertUnchanged(s, before, e);
                return Outcome.REFUSED_AS_DOCUMENTED;
            }
            throw new AssertionError(e + ": valid edit refused: " + ex.getMessage(), ex);
        } catch (RuntimeException ex) {
            throw new AssertionError(e + ": engine failed with " + ex, ex);
        }
        String after = s.text();
        String problem = verify(s, e, tm, before, after, expected, eol);
        if (problem != null) {
            throw new AssertionError(e + ": " + problem);
        }
        s.data = expected;
        proven++;
        return Outcome.APPLIED;
    }

    /**
     * Applies a valid edit, only updating the expected data (for lock-step replays whose text is
     * compared with a proven one instead).
     *
     * @param s        the state, updated
     * @param e        the edit
     * @param expected the data after the edit (proven elsewhere)
     * @return whether it was applied or refused in a documented way
     */
    static Outcome applyUnproven(State s, Edit e, Object expected) {
        String before = s.text();
        try {
            e.apply(s.doc);
        } catch (ConfigException ex) {
            if (e.refusalAllowed(ex.getMessage())) {
                assertUnchanged(s, before, e);
                return Outcome.REFUSED_AS_DOCUMENTED;
            }
            throw new AssertionError(e + ": valid edit refused: " + ex.getMessage(), ex);
        } catch (RuntimeException ex) {
            throw new AssertionError(e + ": engine failed with " + ex, ex);
        }
        s.data = expected;
        replayed++;
        return Outcome.APPLIED;
    }

    /**
     * Applies an edit that must be refused.
     *
     * @param s the state, unchanged
     * @param e the edit
     * @return the refusal message
     */
    static String refuse(State s, Edit e) {
        String before = s.text();
        try {
            e.apply(s.doc);
        } catch (ConfigException ex) {
            assertUnchanged(s, before, e);
            refused++;
            if (ex.getMessage() == null || ex.getMessage().isBlank()) {
                throw new AssertionError(e + ": refused without a message");
            }
            return ex.getMessage();
        } catch (RuntimeException ex) {
            throw new AssertionError(e + ": must be refused with a ConfigException, failed with " + ex, ex);
        }
        throw new AssertionError(e + ": invalid edit was accepted; changed lines: " + LineDiff.diff(before, s.text()));
    }

    private static void assertUnchanged(State s, String before, Edit e) {
        if (!before.equals(s.text())) {
            throw new AssertionError(e + ": refused but the text changed: " + LineDiff.diff(before, s.text()));
        }
        String d = Data.diff(s.data, engineData(s.doc));
        if (d != null) {
            throw new AssertionError(e + ": refused but the data changed: " + d);
        }
    }

    private static String verify(State s, Edit e, TextMap tm, String before, String after, Object expected,
            String eol) {
        if (before.startsWith(BOM) != after.startsWith(BOM) || s.doc.hasByteOrderMark() != before.startsWith(BOM)
                || body(after).startsWith(BOM)) {
            return "byte order mark not kept";
        }
        PyToml.strictUtf8(after);
        String b = body(before);
        String a = body(after);
        if (!b.isEmpty() && !a.isEmpty() && b.endsWith("\n") != a.endsWith("\n")) {
            return "final newline " + (b.endsWith("\n") ? "lost" : "added") + "; end before: "
                    + Edit.Show.string(b.substring(Math.max(0, b.length() - 300))) + ", end after: "
                    + Edit.Show.string(a.substring(Math.max(0, a.length() - 300)));
        }
        if (s.lf && a.indexOf('\r') >= 0) {
            return "CR introduced into an LF file: " + LineDiff.diff(before, after);
        }
        if (s.crlf && (bareLf(a) > 0 || !s.doc.lineEnding().equals("\r\n"))) {
            return "LF introduced into a CRLF file (line ending now " + Edit.Show.string(s.doc.lineEnding())
                    + "): " + LineDiff.diff(before, after);
        }
        PyToml.Pending pending = PyToml.send(a); // Python parses while the engine re-parses
        String d = Data.diff(expected, engineData(s.doc));
        if (d != null) {
            pending.get();
            return "the engine's data differs from the expected data: " + d;
        }
        try {
            // The engine's data above already comes from a fresh parse of the edited text (every
            // edit re-parses); parsing the written bytes again also covers encoding and the BOM.
            // Large texts are slow to validate, so they get it on every 8th edit only.
            byte[] bytes = s.doc.toBytes();
            if (s.checks++ % 8 != 0 && a.length() > 8000) {
                if (!new String(bytes, java.nio.charset.StandardCharsets.UTF_8).equals(after)) {
                    pending.get();
                    return "the written bytes are not the text";
                }
                return finish(pending, expected, e, tm, before, after, b, a, eol);
            }
            TomlDocument again = TomlDocument.parse(bytes);
            if (!again.toString().equals(after)) {
                pending.get();
                return "re-parsing the written bytes gives another text";
            }
            d = Data.diff(expected, engineData(again));
            if (d != null) {
                pending.get();
                return "the engine's re-parse differs from the expected data: " + d;
            }
        } catch (ConfigException ex) {
            pending.get();
            return "the engine cannot re-parse its own output: " + ex.getMessage();
        }
        return finish(pending, expected, e, tm, before, after, b, a, eol);
    }

    private static String finish(PyToml.Pending pending, Object expected, Edit e, TextMap tm, String before,
            String after, String b, String a, String eol) {
        PyToml.Result py = pending.get();
        if (!py.ok()) {
            return "tomllib rejects the edited text: " + py.error() + "; changed lines: " + LineDiff.diff(before, after);
        }
        String d = Data.diff(expected, py.data());
        if (d != null) {
            return "tomllib reads other data than expected: " + d + "; changed lines: " + LineDiff.diff(before, after);
        }
        return e.checkSpan(tm, norm(b, eol), norm(a, eol));
    }

    static Object engineData(TomlDocument doc) {
        return Data.of(doc.get(TomlPath.ROOT).orElseThrow());
    }

    /** The text without byte order mark. */
    static String body(String text) {
        return text.startsWith(BOM) ? text.substring(1) : text;
    }

    /** A text without final newline is compared as if it had one. */
    static String norm(String text, String eol) {
        return text.isEmpty() || text.endsWith("\n") ? text : text + eol;
    }

    private static int bareLf(String t) {
        int n = 0;
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) == '\n' && (i == 0 || t.charAt(i - 1) != '\r')) {
                n++;
            }
        }
        return n;
    }

    /** Runs a list of edits, all valid. */
    static void applyAll(State s, List<Edit> edits) {
        edits.forEach(e -> apply(s, e));
    }
}
