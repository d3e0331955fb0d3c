package mai.launcher.core.config.tests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Python's own TOML 1.0 parser ({@code tomllib}, Python 3.11+) as the reference reader: this is
 * what MaiBot uses, so a file is only good when tomllib reads the data the launcher meant to write.
 *
 * <p>One {@code python3} process serves the whole test run (a request is the byte count on one
 * line, then the UTF-8 bytes; the answer is one JSON line). Values come back tagged like
 * toml-test's JSON, in the canonical form of {@link Data}: {@code {"type": "integer", "value":
 * "42"}}; floats as {@code repr()} (converted by {@link Data}), dates and times with
 * microseconds, offsets as {@code +HH:MM}.
 */
final class PyToml {

    private static final String SCRIPT = """
            import sys, json, math, tomllib, datetime
            def t(k, v): return {"type": k, "value": v}
            def tm(x): return "%02d:%02d:%02d.%06d" % (x.hour, x.minute, x.second, x.microsecond)
            def dt(x): return "%04d-%02d-%02d" % (x.year, x.month, x.day)
            def off(x):
                s = int(x.utcoffset().total_seconds()); sign = "-" if s < 0 else "+"; s = abs(s)
                return "%s%02d:%02d" % (sign, s // 3600, s % 3600 // 60)
            def tag(v):
                if isinstance(v, dict): return {k: tag(x) for k, x in v.items()}
                if isinstance(v, list): return [tag(x) for x in v]
                if isinstance(v, bool): return t("bool", "true" if v else "false")
                if isinstance(v, int): return t("integer", str(v))
                if isinstance(v, float): return t("float", "nan" if math.isnan(v) else repr(v))
                if isinstance(v, str): return t("string", v)
                if isinstance(v, datetime.datetime):
                    s = dt(v) + "T" + tm(v)
                    return t("datetime", s + off(v)) if v.tzinfo is not None else t("datetime-local", s)
                if isinstance(v, datetime.date): return t("date-local", dt(v))
                if isinstance(v, datetime.time): return t("time-local", tm(v))
                raise TypeError(type(v).__name__)
            inp = sys.stdin.buffer
            while True:
                line = inp.readline()
                if not line: break
                data = inp.read(int(line))
                try:
                    res = {"ok": tag(tomllib.loads(data.decode("utf-8")))}
                except Exception as e:
                    res = {"error": type(e).__name__ + ": " + str(e)}
                sys.stdout.write(json.dumps(res) + "\\n"); sys.stdout.flush()
            """;

    private static Process process;
    private static OutputStream toPython;
    private static BufferedReader fromPython;

    private PyToml() {
    }

    /** What tomllib made of a text: the tagged data, or its error message. */
    record Result(Object data, String error) {
        boolean ok() {
            return error == null;
        }
    }

    /**
     * Parses a text (without byte order mark: tomllib, like MaiBot's loader, does not take one).
     *
     * @param text the TOML text; must be encodable as UTF-8 (a lone surrogate is an assertion error)
     * @return tomllib's data or error
     */
    static Result parse(String text) {
        return send(text).get();
    }

    /** A request on its way: Python parses while the caller does other work. */
    static final class Pending {
        private boolean done;

        private Pending() {
        }

        /**
         * Waits for tomllib's answer.
         *
         * @return the data or error
         */
        Result get() {
            synchronized (PyToml.class) {
                if (done) {
                    throw new IllegalStateException("answer already taken");
                }
                done = true;
                outstanding = null;
                try {
                    String line = fromPython.readLine();
                    if (line == null) {
                        process = null;
                        throw new IllegalStateException("python3 ended unexpectedly");
                    }
                    @SuppressWarnings("unchecked")
                    Map<String, Object> answer = (Map<String, Object>) Json.parse(line);
                    if (answer.containsKey("error")) {
                        return new Result(null, (String) answer.get("error"));
                    }
                    return new Result(Data.fromJson(answer.get("ok")), null);
                } catch (IOException e) {
                    process = null;
                    throw new UncheckedIOException("talking to python3 failed", e);
                }
            }
        }
    }

    private static Pending outstanding;

    /**
     * Sends a text to tomllib without waiting; one request at a time.
     *
     * @param text the TOML text without BOM; must be encodable as UTF-8
     * @return the pending answer
     */
    static synchronized Pending send(String text) {
        if (outstanding != null) {
            outstanding.get(); // an abandoned request (a check failed in between): drop its answer
        }
        byte[] bytes = strictUtf8(text);
        try {
            start();
            toPython.write((bytes.length + "\n").getBytes(StandardCharsets.US_ASCII));
            toPython.write(bytes);
            toPython.flush();
        } catch (IOException e) {
            process = null;
            throw new UncheckedIOException("talking to python3 failed", e);
        }
        outstanding = new Pending();
        return outstanding;
    }

    /**
     * Encodes text as UTF-8, refusing what cannot be encoded (a lone surrogate would silently
     * become '?' with {@link String#getBytes}).
     *
     * @param text the text
     * @return the bytes
     */
    static byte[] strictUtf8(String text) {
        try {
            ByteBuffer b = StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(text));
            byte[] out = new byte[b.remaining()];
            b.get(out);
            return out;
        } catch (CharacterCodingException e) {
            throw new AssertionError("text cannot be written as UTF-8 (lone surrogate?): " + e, e);
        }
    }

    private static void start() throws IOException {
        if (process != null && process.isAlive()) {
            return;
        }
        process = new ProcessBuilder("python3", "-c", SCRIPT).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        toPython = process.getOutputStream();
        fromPython = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        Process p = process;
        Runtime.getRuntime().addShutdownHook(new Thread(p::destroy));
    }
}
