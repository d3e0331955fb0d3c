package mai.launcher.core.docker;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What NapCat's container log says about logging in: its WebUI token (from the panel URL it prints), the login QR code
 * it draws with block characters, and whether the login succeeded. Feed it the log line by line; it keeps the latest of
 * each.
 *
 * @since 0.1
 */
public final class NapcatLogin {

    private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-9;?]*[ -/]*[@-~]"); //$NON-NLS-1$
    private static final Pattern TOKEN = Pattern.compile("/webui\\S*[?&]token=([^\\s&\"']+)"); //$NON-NLS-1$
    private static final Pattern QR_URL = Pattern.compile("(https://txz\\.qq\\.com/\\S+)"); //$NON-NLS-1$
    private static final String QR_CHARS = "\u2588\u2580\u2584 "; //$NON-NLS-1$
    private static final int QR_MIN = 21;

    private final List<String> qrLines = new ArrayList<>();
    private Optional<String> token = Optional.empty();
    private Optional<String> qrUrl = Optional.empty();
    private Optional<QrCode> qr = Optional.empty();
    private boolean loggedIn;

    /**
     * Reads one line of the log.
     *
     * @param rawLine the line, with or without its ANSI colours and line end
     * @return whether what is known changed
     */
    public boolean accept(String rawLine) {
        String line = ANSI.matcher(rawLine).replaceAll("").stripTrailing(); //$NON-NLS-1$
        String qrPart = qrPart(line);
        if (qrPart != null) {
            qrLines.add(qrPart);
            return false;
        }
        boolean changed = endQr();
        Matcher m = TOKEN.matcher(line);
        if (m.find() && !token.equals(Optional.of(m.group(1)))) {
            token = Optional.of(m.group(1));
            changed = true;
        }
        Matcher url = QR_URL.matcher(line);
        if (url.find()) {
            qrUrl = Optional.of(url.group(1));
            loggedIn = false;
            changed = true;
        }
        String lower = line.toLowerCase(Locale.ROOT);
        if (!loggedIn && (line.contains("登录成功") || lower.contains("login success"))) { //$NON-NLS-1$ //$NON-NLS-2$
            loggedIn = true;
            changed = true;
        }
        return changed;
    }

    /** @return the part of a line drawn with block characters, if the line is a row of a QR code */
    private static String qrPart(String line) {
        int start = line.length();
        while (start > 0 && QR_CHARS.indexOf(line.charAt(start - 1)) >= 0) {
            start--;
        }
        String part = line.substring(start).stripLeading();
        boolean blocks = part.chars().anyMatch(c -> c != ' ');
        return blocks && part.length() >= QR_MIN / 2 ? part : null;
    }

    /** Ends a run of QR rows: a long enough, square enough run becomes the code. */
    private boolean endQr() {
        if (qrLines.isEmpty()) {
            return false;
        }
        Optional<QrCode> code = QrCode.parse(qrLines);
        qrLines.clear();
        if (code.isPresent()) {
            qr = code;
            loggedIn = false;
            return true;
        }
        return false;
    }

    /**
     * Ends the input (a QR code at the very end of the log is complete).
     *
     * @return whether what is known changed
     */
    public boolean flush() {
        return endQr();
    }

    /** @return NapCat's WebUI token, once printed */
    public Optional<String> token() {
        return token;
    }

    /** @return the URL the QR code encodes, when NapCat printed it */
    public Optional<String> qrUrl() {
        return qrUrl;
    }

    /** @return the latest login QR code, until the login succeeds */
    public Optional<QrCode> qr() {
        return loggedIn ? Optional.empty() : qr;
    }

    /** @return whether NapCat said the login succeeded after the latest QR code */
    public boolean loggedIn() {
        return loggedIn;
    }

    /**
     * A QR code as modules, dark or light.
     *
     * @param size  its width and height in modules (with the quiet zone the log drew)
     * @param dark  the modules, row by row
     */
    public record QrCode(int size, boolean[][] dark) {

        /**
         * @param x a column
         * @param y a row
         * @return whether that module is dark
         */
        public boolean isDark(int x, int y) {
            return dark[y][x];
        }

        /**
         * Reads rows drawn as qrcode-terminal draws them: each character is two modules, the upper and the lower
         * half ({@code █ ▀ ▄} or a space). Terminals are dark, so the drawn blocks may be the light modules: the quiet
         * zone around a code is light, which tells which.
         */
        static Optional<QrCode> parse(List<String> rows) {
            int width = rows.stream().mapToInt(String::length).max().orElse(0);
            int height = rows.size() * 2;
            if (width < QR_MIN || height < QR_MIN || Math.abs(height - width) > 2) {
                return Optional.empty();
            }
            boolean[][] set = new boolean[height][width];
            for (int r = 0; r < rows.size(); r++) {
                String row = rows.get(r);
                for (int x = 0; x < row.length(); x++) {
                    char c = row.charAt(x);
                    set[2 * r][x] = c == '\u2588' || c == '\u2580';
                    set[2 * r + 1][x] = c == '\u2588' || c == '\u2584';
                }
            }
            int border = 0;
            for (int x = 0; x < width; x++) {
                border += set[0][x] ? 1 : 0;
            }
            boolean blocksAreLight = border > width / 2;
            int size = Math.min(width, height);
            boolean[][] dark = new boolean[size][size];
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    dark[y][x] = set[y][x] != blocksAreLight;
                }
            }
            return Optional.of(new QrCode(size, dark));
        }
    }
}
