package mai.launcher.core.docker.wsl.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import mai.launcher.core.docker.wsl.internal.WslDistribution.State;

/** Parsing {@code wsl -l -v} from recorded-format outputs (WSL itself cannot run here). */
class WslListingTest {

    @Test
    void englishWithByteOrderMarkAndDockerDesktop() {
        List<WslDistribution> list = WslListing.parse(Fixtures.text("list-en-bom.bin"));
        assertEquals(List.of(new WslDistribution("Ubuntu-22.04", State.RUNNING, "Running", 2, true),
                new WslDistribution("Debian", State.STOPPED, "Stopped", 2, false),
                new WslDistribution("docker-desktop", State.RUNNING, "Running", 2, false),
                new WslDistribution("docker-desktop-data", State.RUNNING, "Running", 2, false)), list);
        assertTrue(list.get(2).dockerDesktop());
    }

    @Test
    void chineseHeaderAndStatesWithoutByteOrderMark() {
        assertEquals(List.of(new WslDistribution("Ubuntu", State.RUNNING, "正在运行", 2, true),
                new WslDistribution("Debian", State.STOPPED, "已停止", 1, false)),
                WslListing.parse(Fixtures.text("list-zh.bin")));
    }

    @Test
    void chineseHeaderWithEnglishStatesAndByteOrderMark() {
        assertEquals(List.of(new WslDistribution("Ubuntu-24.04", State.STOPPED, "Stopped", 2, true)),
                WslListing.parse(Fixtures.text("list-zh-bom.bin")));
    }

    @Test
    void noDistributionsInstalled() {
        assertEquals(List.of(), WslListing.parse(Fixtures.text("list-empty.bin")));
        assertEquals(List.of(), WslListing.parse(Fixtures.text("list-empty-new.bin")));
    }

    @Test
    void wsl1Only() {
        assertEquals(List.of(new WslDistribution("Ubuntu", State.STOPPED, "Stopped", 1, true)),
                WslListing.parse(Fixtures.text("list-wsl1.bin")));
    }

    @Test
    void strayNuls() {
        assertEquals(List.of(new WslDistribution("Ubuntu", State.RUNNING, "Running", 2, true)),
                WslListing.parse(Fixtures.text("list-stray-nul.bin")));
    }

    @Test
    void aStateOfSeveralWordsInAnotherLanguage() {
        assertEquals(List.of(new WslDistribution("Ubuntu", State.OTHER, "Wird ausgeführt", 2, true),
                new WslDistribution("kali-linux", State.OTHER, "Beendet", 1, false)),
                WslListing.parse("  NAME          STATUS            VERSION\n* Ubuntu        Wird ausgeführt   2\n"
                        + "  kali-linux    Beendet           1\n"));
    }

    @Test
    void aDefaultMarkStuckToTheName() {
        assertEquals(List.of(new WslDistribution("Ubuntu", State.STOPPED, "Stopped", 2, true)),
                WslListing.parse("NAME STATE VERSION\n*Ubuntu Stopped 2\n"));
    }
}
