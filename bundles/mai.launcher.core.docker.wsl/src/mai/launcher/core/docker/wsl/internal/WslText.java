package mai.launcher.core.docker.wsl.internal;

import java.nio.charset.StandardCharsets;

/**
 * Decodes what {@code wsl.exe} prints. Its own messages ({@code --status}, {@code -l -v}, errors) are UTF-16LE,
 * sometimes with a byte order mark, sometimes padded with stray NULs; with {@code WSL_UTF8=1}, and for the Linux
 * programs it runs, they are UTF-8. Line ends become {@code \n}.
 */
public final class WslText {

    private WslText() {
    }

    /**
     * @param bytes what was printed
     * @return the text, without byte order mark, NULs or carriage returns
     */
    public static String decode(byte[] bytes) {
        String text;
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
            text = utf16(bytes, 2);
        } else if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf) {
            text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        } else if (looksUtf16(bytes)) {
            text = utf16(bytes, 0);
        } else {
            text = new String(bytes, StandardCharsets.UTF_8);
        }
        return text.replace("\u0000", "").replace("\ufeff", "").replace("\r\n", "\n").replace('\r', '\n'); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    private static String utf16(byte[] bytes, int offset) {
        int length = (bytes.length - offset) & ~1; // a stray last byte is no character
        return new String(bytes, offset, length, StandardCharsets.UTF_16LE);
    }

    /**
     * UTF-8 text has no NUL bytes, while UTF-16LE has one after every ASCII character (spaces, line ends, names),
     * even in Chinese text. A few stray NULs in UTF-8 are not enough to count.
     */
    private static boolean looksUtf16(byte[] bytes) {
        int odd = 0;
        int even = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                if (i % 2 == 1) {
                    odd++;
                } else {
                    even++;
                }
            }
        }
        return odd > 2 * even && odd * 8 >= bytes.length;
    }
}
