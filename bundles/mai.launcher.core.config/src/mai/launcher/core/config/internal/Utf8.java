package mai.launcher.core.config.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import mai.launcher.core.config.ConfigException;

/**
 * Strict UTF-8 decoding. A lenient decoder would replace bad bytes with U+FFFD and the file
 * would silently change when written back, so bad bytes are refused instead.
 */
public final class Utf8 {

    private Utf8() {
    }

    /**
     * Decodes bytes that must be valid UTF-8.
     *
     * @param bytes the file content
     * @return the text, byte order mark included if present
     * @throws ConfigException when the bytes are not valid UTF-8
     */
    public static String decode(byte[] bytes) throws ConfigException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            CharBuffer out = decoder.decode(in);
            return out.toString();
        } catch (CharacterCodingException e) {
            throw new ConfigException(Messages.format(Messages.validation_notUtf8,
                    String.valueOf(firstBadByte(bytes) + 1)), e);
        }
    }

    private static int firstBadByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return in.position();
    }
}
