package mai.launcher.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import mai.launcher.ui.terminal.internal.Transcoder;

/** How a terminal tab turns a component's bytes into cells: decoding across chunks, GBK, wide characters. */
class TranscoderTest {

    private static final String PAD = "\u200b";

    @Test
    void aCharacterCutBetweenChunksIsDecodedWhole() {
        byte[] bytes = "麦麦 ok".getBytes(StandardCharsets.UTF_8);
        Transcoder transcoder = new Transcoder(StandardCharsets.UTF_8);
        String first = transcoder.decode(Arrays.copyOfRange(bytes, 0, 2)); // half of 麦
        String rest = transcoder.decode(Arrays.copyOfRange(bytes, 2, bytes.length));
        assertEquals("", first);
        assertEquals("麦" + PAD + "麦" + PAD + " ok", rest);
    }

    @Test
    void gbkIsDecodedWhenChosen() {
        Transcoder transcoder = new Transcoder(Charset.forName("GBK"));
        assertEquals("你" + PAD + "好" + PAD + "\r\n", transcoder.decode("你好\r\n".getBytes(Charset.forName("GBK"))));
    }

    @Test
    void wideCharactersTakeTwoCellsAndAsciiOne() {
        assertEquals("ls -la \u001b[32mok\u001b[0m", Transcoder.pad("ls -la \u001b[32mok\u001b[0m"));
        assertEquals("가" + PAD + "Ａ" + PAD + "😀" + PAD + "é", Transcoder.pad("가Ａ😀é"));
        assertTrue(Transcoder.isWide('中'));
        assertFalse(Transcoder.isWide('─'));
        assertEquals("中文 text", Transcoder.unpad(Transcoder.pad("中文 text")));
    }
}
