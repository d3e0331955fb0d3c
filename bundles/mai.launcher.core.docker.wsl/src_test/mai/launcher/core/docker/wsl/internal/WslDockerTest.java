package mai.launcher.core.docker.wsl.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Finding WSL 2, a distribution, Docker and compose. Windows and WSL cannot run here (Linux CI), so {@code wsl.exe}
 * is {@link FakeWsl}, a shell script answering with recorded-format outputs; the tests check what it was asked.
 */
@DisabledOnOs(OS.WINDOWS) // the fake is a shell script
class WslDockerTest {

    @TempDir
    Path folder;

    @Test
    void findsTheDefaultDistributionOnWsl2WithDockerAndCompose() throws WslProblem {
        FakeWsl fake = new FakeWsl(folder).healthy();
        WslDocker.Found found = new WslDocker(fake.wsl()).check(Optional.empty());
        assertEquals("Ubuntu-22.04", found.distribution().name());
        assertEquals("27.3.1", found.dockerVersion());
        assertEquals("2.29.7", found.composeVersion());
        assertEquals(List.of(List.of("--status"), List.of("-l", "-v"),
                List.of("-d", "Ubuntu-22.04", "--", "docker", "version", "--format", "'{{.Server.Version}}'"),
                List.of("-d", "Ubuntu-22.04", "--", "docker", "compose", "version", "--short")), fake.calls());
    }

    @Test
    void theDistributionAskedForInChineseOutput() throws WslProblem {
        FakeWsl fake = new FakeWsl(folder).onFixture("--status", 0, "status-zh.bin")
                .onFixture("-l -v", 0, "list-zh.bin")
                .onText("-d Ubuntu -- docker version*", 0, "'24.0.7'\n") // a shell that left the quotes
                .onText("-d Ubuntu -- docker compose version --short", 0, "v2.24.6\n");
        WslDocker.Found found = new WslDocker(fake.wsl()).check(Optional.of("ubuntu"));
        assertEquals("Ubuntu", found.distribution().name());
        assertEquals("24.0.7", found.dockerVersion());
        assertEquals("2.24.6", found.composeVersion());
    }

    @Test
    void noDistribution() {
        FakeWsl fake = new FakeWsl(folder).onFixture("--status", 0, "status-wsl1-default.bin")
                .onFixture("-l -v", 1, "list-empty.bin");
        WslProblem problem = assertThrows(WslProblem.class, () -> new WslDocker(fake.wsl()).check(Optional.empty()));
        assertEquals("WSL has no Linux distribution installed.", problem.getMessage());
        assertTrue(problem.fix().contains("wsl --install -d Ubuntu"), problem.fix());
        assertTrue(problem.fix().contains("wsl --set-default-version 2"), problem.fix());
    }

    @Test
    void onlyWsl1() {
        FakeWsl fake = new FakeWsl(folder).onFixture("--status", 0, "status-en.bin")
                .onFixture("-l -v", 0, "list-wsl1.bin");
        WslProblem problem = assertThrows(WslProblem.class, () -> new WslDocker(fake.wsl()).check(Optional.empty()));
        assertTrue(problem.getMessage().contains("\"Ubuntu\" runs on WSL 1"), problem.getMessage());
        assertTrue(problem.fix().contains("wsl --set-version Ubuntu 2"), problem.fix());
    }

    @Test
    void aWsl2DistributionIsPreferredToAWsl1Default() throws WslProblem {
        List<WslDistribution> list = WslListing.parse("  NAME STATE VERSION\n* Legacy Stopped 1\n  Ubuntu Stopped 2\n");
        assertEquals("Ubuntu", WslDocker.choose(list, Optional.empty()).name());
        WslProblem problem = assertThrows(WslProblem.class, () -> WslDocker.choose(list, Optional.of("Legacy")));
        assertTrue(problem.fix().contains("wsl --set-version Legacy 2"), problem.fix());
    }

    @Test
    void dockerDesktopsOwnDistributionsAreNotChosen() {
        List<WslDistribution> list = WslListing.parse("* docker-desktop Running 2\n  docker-desktop-data Running 2\n");
        WslProblem problem = assertThrows(WslProblem.class, () -> WslDocker.choose(list, Optional.empty()));
        assertEquals("WSL has no Linux distribution installed.", problem.getMessage());
    }

    @Test
    void anUnknownDistribution() {
        FakeWsl fake = new FakeWsl(folder).healthy();
        WslProblem problem = assertThrows(WslProblem.class,
                () -> new WslDocker(fake.wsl()).check(Optional.of("Fedora")));
        assertEquals("WSL has no distribution named \"Fedora\" (installed: Ubuntu-22.04, Debian).", problem.getMessage());
        assertTrue(problem.fix().contains("wsl --install -d Fedora"), problem.fix());
    }

    @Test
    void wslNotInstalled() {
        Wsl missing = new Wsl(List.of(folder.resolve("no-such-wsl.exe").toString()), Duration.ofSeconds(5));
        WslProblem problem = assertThrows(WslProblem.class, () -> new WslDocker(missing).check(Optional.empty()));
        assertTrue(problem.getMessage().startsWith("wsl.exe cannot be run"), problem.getMessage());
        assertTrue(problem.fix().contains("wsl --install"), problem.fix());
    }

    @Test
    void wslBrokenSaysWhatItPrinted() {
        FakeWsl fake = new FakeWsl(folder).onFixture("--status", 1, "status-not-installed.bin")
                .onFixture("-l -v", 1, "status-not-installed.bin");
        WslProblem problem = assertThrows(WslProblem.class, () -> new WslDocker(fake.wsl()).check(Optional.empty()));
        assertTrue(problem.getMessage().contains("The Windows Subsystem for Linux is not installed."),
                problem.getMessage());
        assertTrue(problem.fix().contains("wsl --update"), problem.fix());
    }

    @Test
    void dockerNotInstalled() {
        FakeWsl fake = new FakeWsl(folder).onFixture("--status", 0, "status-en.bin")
                .onFixture("-l -v", 0, "list-en-bom.bin")
                .on("-d Ubuntu-22.04 -- docker version*", 127, new byte[0], "/bin/bash: line 1: docker: command not found\n");
        WslProblem problem = assertThrows(WslProblem.class, () -> new WslDocker(fake.wsl()).check(Optional.empty()));
        assertEquals("Docker is not installed in the WSL distribution \"Ubuntu-22.04\".", problem.getMessage());
        assertTrue(problem.fix().contains("get.docker.com"), problem.fix());
    }

    @Test
    void dockerNotRunning() {
        FakeWsl fake = new FakeWsl(folder).onFixture("--status", 0, "status-en.bin")
                .onFixture("-l -v", 0, "list-en-bom.bin")
                .on("-d Ubuntu-22.04 -- docker version*", 1, "\n".getBytes(), "Cannot connect to the Docker daemon at "
                        + "unix:///var/run/docker.sock. Is the docker daemon running?\n");
        WslProblem problem = assertThrows(WslProblem.class, () -> new WslDocker(fake.wsl()).check(Optional.empty()));
        assertTrue(problem.getMessage().contains("Is the docker daemon running?"), problem.getMessage());
        assertTrue(problem.fix().contains("wsl -d Ubuntu-22.04 -u root -- service docker start"), problem.fix());
    }

    @Test
    void dockerRefusesTheUser() {
        FakeWsl fake = new FakeWsl(folder).onFixture("--status", 0, "status-en.bin")
                .onFixture("-l -v", 0, "list-en-bom.bin")
                .on("-d Ubuntu-22.04 -- docker version*", 1, new byte[0], "permission denied while trying to "
                        + "connect to the Docker daemon socket at unix:///var/run/docker.sock\n");
        WslProblem problem = assertThrows(WslProblem.class, () -> new WslDocker(fake.wsl()).check(Optional.empty()));
        assertTrue(problem.fix().contains("usermod -aG docker"), problem.fix());
    }

    @Test
    void composeMissing() {
        FakeWsl fake = new FakeWsl(folder).onFixture("--status", 0, "status-en.bin")
                .onFixture("-l -v", 0, "list-en-bom.bin")
                .onText("-d Ubuntu-22.04 -- docker version*", 0, "27.3.1\n")
                .on("-d Ubuntu-22.04 -- docker compose*", 1, new byte[0], "docker: 'compose' is not a docker command.\n"
                        + "See 'docker --help'\n");
        WslProblem problem = assertThrows(WslProblem.class, () -> new WslDocker(fake.wsl()).check(Optional.empty()));
        assertTrue(problem.getMessage().startsWith("Docker Compose v2 (docker compose) is not installed in \"Ubuntu-22.04\""),
                problem.getMessage());
        assertTrue(problem.fix().contains("docker-compose-plugin"), problem.fix());
    }

    @Test
    void aHangingWslIsStopped() {
        Wsl hanging = new Wsl(List.of("sh", "-c", "sleep 30", "sh"), Duration.ofMillis(300));
        long start = System.nanoTime();
        WslProblem problem = assertThrows(WslProblem.class, () -> new WslDocker(hanging).check(Optional.empty()));
        assertTrue(problem.getMessage().contains("did not end within"), problem.getMessage());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 10);
    }
}
