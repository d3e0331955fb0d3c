package mai.launcher.core.docker.wsl.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Decoding what wsl.exe prints (recorded-format bytes; WSL itself cannot run here). */
class WslTextTest {

    @Test
    void utf16WithByteOrderMark() {
        assertEquals("  NAME                   STATE           VERSION\n* Ubuntu-22.04           Running         2",
                WslText.decode(Fixtures.bytes("list-en-bom.bin")).lines().limit(2).reduce((a, b) -> a + "\n" + b)
                        .orElseThrow());
    }

    @Test
    void utf16WithoutByteOrderMarkInChinese() {
        assertEquals("默认分发：Ubuntu\n默认版本：2\n", WslText.decode(Fixtures.bytes("status-zh.bin")));
    }

    @Test
    void strayNulsAndAnOddLastByteAreDropped() {
        assertEquals("  NAME            STATE           VERSION\n* Ubuntu          Running         2\n",
                WslText.decode(Fixtures.bytes("list-stray-nul.bin")));
    }

    @Test
    void utf8AsLinuxProgramsAndWslUtf8PrintIt() {
        assertEquals("27.3.1\n", WslText.decode("27.3.1\r\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("默认版本: 2\n", WslText.decode("\ufeff默认版本: 2\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aFewNulsInUtf8DoNotMakeItUtf16() {
        assertEquals("Docker version 27.3.1, build ce12230\n",
                WslText.decode("Docker version 27.3.1, build ce12230\n\u0000".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void nothing() {
        assertEquals("", WslText.decode(new byte[0]));
    }
}
