package mai.launcher.ui.terminal.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;

/**
 * Turns a component's output bytes into the text the Terminal control shows: decoded in the component's encoding
 * (UTF-8, or GBK for Windows consoles), a character cut between two chunks kept for the next one, and each wide
 * character (Chinese, Japanese, Korean, full-width forms, emoji) followed by {@value #PAD} in the cell it also
 * covers. The control gives every character one cell and would otherwise clip lines of Chinese text and put the
 * cursor where the program does not expect it; the pad has no width, so the wide glyph spans both cells.
 * Not thread-safe: one per writer thread.
 */
public final class Transcoder {

    /** The zero-width character that holds a wide character's second cell; removed from copied text. */
    public static final char PAD = '\u200b';

    private CharsetDecoder decoder;
    private ByteBuffer pending = ByteBuffer.allocate(0);

    /** @param charset the encoding of the bytes */
    public Transcoder(Charset charset) {
        setCharset(charset);
    }

    /** @param charset the encoding of the bytes from now on */
    public void setCharset(Charset charset) {
        if (decoder == null || !decoder.charset().equals(charset)) {
            decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE);
            pending = ByteBuffer.allocate(0);
        }
    }

    /**
     * @param bytes the next chunk of output
     * @return its text, wide characters padded; an incomplete character at its end waits for the next chunk
     */
    public String decode(byte[] bytes) {
        ByteBuffer in = ByteBuffer.allocate(pending.remaining() + bytes.length);
        in.put(pending).put(bytes).flip();
        CharBuffer out = CharBuffer.allocate((int) (in.remaining() * (double) decoder.maxCharsPerByte()) + 2);
        decoder.decode(in, out, false);
        pending = in.slice();
        return pad(out.flip());
    }

    /**
     * @param text decoded text
     * @return it with each wide character followed by {@link #PAD}
     */
    public static String pad(CharSequence text) {
        StringBuilder padded = null;
        for (int i = 0; i < text.length(); i++) {
            int codePoint = Character.codePointAt(text, i);
            int length = Character.charCount(codePoint);
            if (isWide(codePoint)) {
                if (padded == null) {
                    padded = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                padded.appendCodePoint(codePoint).append(PAD);
            } else if (padded != null) {
                padded.append(text, i, i + length);
            }
            i += length - 1;
        }
        return padded == null ? text.toString() : padded.toString();
    }

    /**
     * @param text text from the terminal
     * @return it without the pads
     */
    public static String unpad(String text) {
        return text.indexOf(PAD) < 0 ? text : text.replace(String.valueOf(PAD), ""); //$NON-NLS-1$
    }

    /**
     * East Asian Wide and Full-width characters, which terminals give two cells (the ranges of Markus Kuhn's
     * {@code wcwidth}, with the emoji blocks).
     *
     * @param c a code point
     * @return whether it takes two cells
     */
    public static boolean isWide(int c) {
        return c >= 0x1100 && (c <= 0x115f || c == 0x2329 || c == 0x232a
                || (c >= 0x2e80 && c <= 0xa4cf && c != 0x303f)
                || (c >= 0xac00 && c <= 0xd7a3)
                || (c >= 0xf900 && c <= 0xfaff)
                || (c >= 0xfe10 && c <= 0xfe19)
                || (c >= 0xfe30 && c <= 0xfe6f)
                || (c >= 0xff00 && c <= 0xff60)
                || (c >= 0xffe0 && c <= 0xffe6)
                || (c >= 0x1f300 && c <= 0x1f64f)
                || (c >= 0x1f900 && c <= 0x1f9ff)
                || (c >= 0x20000 && c <= 0x2fffd)
                || (c >= 0x30000 && c <= 0x3fffd));
    }
}
