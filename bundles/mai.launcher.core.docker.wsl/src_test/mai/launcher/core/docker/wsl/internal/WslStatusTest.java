package mai.launcher.core.docker.wsl.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

/** Parsing {@code wsl --status} from recorded-format outputs (WSL itself cannot run here). */
class WslStatusTest {

    @Test
    void english() {
        assertEquals(new WslStatus(Optional.of("Ubuntu-22.04"), OptionalInt.of(2)),
                WslStatus.parse(Fixtures.text("status-en.bin")));
    }

    @Test
    void olderWslWithKernelVersion() {
        assertEquals(new WslStatus(Optional.of("Ubuntu"), OptionalInt.of(2)),
                WslStatus.parse(Fixtures.text("status-en-inbox.bin")));
    }

    @Test
    void chineseWithFullWidthColons() {
        assertEquals(new WslStatus(Optional.of("Ubuntu"), OptionalInt.of(2)),
                WslStatus.parse(Fixtures.text("status-zh.bin")));
    }

    @Test
    void noDistributionAndWsl1AsDefault() {
        assertEquals(new WslStatus(Optional.empty(), OptionalInt.of(1)),
                WslStatus.parse(Fixtures.text("status-wsl1-default.bin")));
    }

    @Test
    void notInstalledSaysNothing() {
        assertEquals(new WslStatus(Optional.empty(), OptionalInt.empty()),
                WslStatus.parse(Fixtures.text("status-not-installed.bin")));
    }
}
