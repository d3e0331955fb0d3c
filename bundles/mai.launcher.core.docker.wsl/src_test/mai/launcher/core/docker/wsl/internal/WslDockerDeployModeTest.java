package mai.launcher.core.docker.wsl.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import mai.launcher.core.FileTrees;
import mai.launcher.core.docker.internal.mode.DockerOptions;
import mai.launcher.deployment.api.Availability;
import mai.launcher.deployment.api.Component;
import mai.launcher.deployment.api.ComponentState;
import mai.launcher.deployment.api.ComponentStatus;
import mai.launcher.deployment.api.DeployContext;
import mai.launcher.deployment.api.DeployRequest;
import mai.launcher.deployment.api.DeployStep;
import mai.launcher.deployment.api.InstanceRef;

/**
 * The Docker-in-WSL mode: its availability, its plan, and a whole deployment run through a fake {@code wsl.exe}.
 * Windows and WSL cannot run here (Linux CI), so {@code wsl.exe} is {@link FakeWsl} (a shell script with recorded
 * answers) and the instance's folder is a Windows path: on Linux {@code C:\Users\me\mai\...} is just the name of a
 * folder, which these tests make in their working directory ({@code target/wsl-tests}), so the Docker mode's real
 * steps can write the compose project into it.
 */
@DisabledOnOs(OS.WINDOWS) // the fake is a shell script, and the Windows path trick needs a Unix file system
class WslDockerDeployModeTest {

    private static final String ID = "inst_0123456789ab";

    @TempDir
    Path scripts;

    private Path windowsFolder;

    @AfterEach
    void removeWindowsFolder() throws IOException {
        if (windowsFolder != null && Files.exists(windowsFolder)) {
            FileTrees.deleteRecursively(windowsFolder, null);
        }
    }

    private static WslDockerDeployMode mode(FakeWsl fake, boolean windows) {
        return new WslDockerDeployMode(fake.wsl(), key -> Optional.empty(), windows);
    }

    private static InstanceRef instance(Path folder, Map<String, String> options) {
        return new InstanceRef(ID, "麦麦", folder, options);
    }

    @Test
    void unavailableAwayFromWindows() {
        FakeWsl fake = new FakeWsl(scripts).healthy();
        Availability availability = mode(fake, false).availability();
        assertFalse(availability.available());
        assertEquals("WSL 2 exists only on Windows.", availability.reason());
        assertFalse(availability.fix().isBlank());
        assertEquals(List.of(), fake.calls(), "wsl.exe is not even tried");
    }

    @Test
    void availableWithWsl2DockerAndCompose() {
        assertEquals(Availability.ok(), mode(new FakeWsl(scripts).healthy(), true).availability());
    }

    @Test
    void unavailableWithTheReasonAndTheFix() {
        FakeWsl fake = new FakeWsl(scripts).onFixture("--status", 0, "status-en.bin")
                .onFixture("-l -v", 0, "list-wsl1.bin");
        Availability availability = mode(fake, true).availability();
        assertFalse(availability.available());
        assertEquals("The distribution \"Ubuntu\" runs on WSL 1, and Docker needs WSL 2.", availability.reason());
        assertTrue(availability.fix().startsWith("Convert it: wsl --set-version Ubuntu 2"), availability.fix());
    }

    /** What the deploy-mode contract asks (the contract tests need an OSGi runtime, which cannot load this fragment here). */
    @Test
    void keepsTheDeployModeContract() throws Exception {
        WslDockerDeployMode mode = mode(new FakeWsl(scripts), true);
        assertTrue(mode.id().matches("[a-z][a-z0-9_.-]{0,63}"));
        assertFalse(mode.label(Locale.ENGLISH).isBlank());
        assertFalse(mode.description(Locale.ENGLISH).isBlank());
        InstanceRef instance = instance(scripts.resolve("contract"), Map.of());
        Set<String> ids = new HashSet<>();
        for (DeployStep step : mode.plan(new DeployRequest(instance, Map.of()))) {
            assertTrue(ids.add(step.id()), step.id());
            assertFalse(step.label(Locale.ENGLISH).isBlank(), step.id());
            assertTrue(step.weight() >= 1, step.id());
        }
        assertEquals(List.of("wsl", "images", "terms", "compose", "up"), List.copyOf(new ArrayList<>(
                mode.plan(new DeployRequest(instance, Map.of())).stream().map(DeployStep::id).toList())));
        List<Component> components = mode.components(instance);
        assertEquals(List.of(Component.NAPCAT, Component.MAIBOT), components.stream().map(Component::id).toList());
        for (Component component : components) {
            assertEquals(ComponentState.STOPPED, mode.runtime().status(instance, component.id()).state());
            mode.runtime().stop(instance, component.id(), new NullProgressMonitor());
            assertTrue(mode.runtime().console(instance, component.id()).isEmpty());
        }
        mode.runtime().addListener(status -> {
        }).close();
        assertEquals(List.of(), mode.consentNeeded(instance));
    }

    @Test
    void composeRunsInWslInTheInstancesFolder() throws Exception {
        FakeWsl fake = new FakeWsl(scripts);
        InstanceRef instance = instance(Path.of("C:\\Users\\me\\mailauncher-data\\deployments\\麦麦"), Map.of());
        assertEquals(List.of(scripts.resolve("wsl.exe").toString(), "-d", "Ubuntu", "--cd",
                "/mnt/c/Users/me/mailauncher-data/deployments/麦麦", "--", "docker", "compose", "--project-name",
                "mai-inst_0123456789ab", "--file", "docker-compose.yml", "up", "-d", "--remove-orphans"),
                new WslCompose(fake.wsl(), i -> "Ubuntu").compose(instance, "Ubuntu")
                        .command(List.of("up", "-d", "--remove-orphans")));
    }

    @Test
    void aWholeDeploymentThroughWsl() throws Exception {
        windowsFolder = Path.of("C:\\Users\\me\\mai\\deploy-" + ProcessHandle.current().pid());
        String wslFolder = "/mnt/c/Users/me/mai/deploy-" + ProcessHandle.current().pid();
        String compose = "-d Ubuntu-22.04 --cd " + wslFolder + " -- docker compose --project-name mai-inst_0123456789ab"
                + " --file docker-compose.yml";
        FakeWsl fake = new FakeWsl(scripts).healthy()
                .onText("-d Ubuntu-22.04 -- docker image inspect --format '{{.Id}}' sengokucola/maibot:latest", 0,
                        "sha256:0a1b\n")
                .on("-d Ubuntu-22.04 -- docker image inspect*", 1, new byte[0], "Error: No such image\n")
                .onText("-d Ubuntu-22.04 -- docker pull mlikiowa/napcat-docker:latest", 0,
                        "latest: Pulling from mlikiowa/napcat-docker\nStatus: Downloaded newer image\n")
                .onText("-d Ubuntu-22.04 -- docker run --rm --entrypoint cat sengokucola/maibot:latest /MaiMBot/EULA.md",
                        0, "# MaiBot EULA\n")
                .onText("-d Ubuntu-22.04 -- docker run --rm --entrypoint cat sengokucola/maibot:latest "
                        + "/MaiMBot/PRIVACY.md", 0, "# MaiBot privacy\n")
                .onText(compose + " config --quiet", 0, "")
                .onText(compose + " up -d --remove-orphans", 0, "Container mai-inst_0123456789ab-core-1  Started\n")
                .onText(compose + " ps -a --format*", 0, "core|running|0|healthy\nnapcat|exited|137|\n")
                .onText(compose + " up -d --no-deps napcat", 0, "");
        Files.createDirectories(windowsFolder);
        WslDockerDeployMode mode = mode(fake, true);
        Map<String, String> options = Map.of(DeployRequest.REF, "latest", DeployRequest.QQ, "123456789",
                DeployRequest.ACCEPT_EULA, "true", DeployRequest.WEBUI_PORT, String.valueOf(freePort()),
                DockerOptions.NAPCAT_WEBUI_PORT, String.valueOf(freePort()));
        RecordingContext context = new RecordingContext(new DeployRequest(instance(windowsFolder, Map.of()), options));

        for (DeployStep step : mode.plan(context.request())) {
            step.run(context, new NullProgressMonitor());
        }

        assertTrue(context.lines.contains("INFO WSL 2 distribution Ubuntu-22.04: Docker engine 27.3.1, compose 2.29.7"),
                context.lines.toString());
        assertEquals("Ubuntu-22.04", context.remembered.get(WslDockerDeployMode.DISTRIBUTION));
        assertTrue(Files.readString(windowsFolder.resolve("docker-compose.yml")).contains("sengokucola/maibot:latest"));
        assertEquals("# MaiBot EULA\n", Files.readString(windowsFolder.resolve("terms/EULA.md")));
        List<String> calls = fake.calls().stream().map(c -> String.join(" ", c)).toList();
        assertEquals(List.of("--status", "-l -v",
                "-d Ubuntu-22.04 -- docker version --format '{{.Server.Version}}'",
                "-d Ubuntu-22.04 -- docker compose version --short",
                "-d Ubuntu-22.04 -- docker image inspect --format '{{.Id}}' sengokucola/maibot:latest",
                "-d Ubuntu-22.04 -- docker image inspect --format '{{.Id}}' mlikiowa/napcat-docker:latest",
                "-d Ubuntu-22.04 -- docker pull mlikiowa/napcat-docker:latest",
                "-d Ubuntu-22.04 -- docker run --rm --entrypoint cat sengokucola/maibot:latest /MaiMBot/EULA.md",
                "-d Ubuntu-22.04 -- docker run --rm --entrypoint cat sengokucola/maibot:latest /MaiMBot/PRIVACY.md",
                compose + " config --quiet", compose + " up -d --remove-orphans"), calls);

        // The runtime finds the distribution the deployment remembered, and reads the state from compose ps.
        InstanceRef deployed = instance(windowsFolder, Map.of(WslDockerDeployMode.DISTRIBUTION, "Ubuntu-22.04"));
        assertEquals(ComponentState.RUNNING, mode.runtime().status(deployed, Component.MAIBOT).state());
        assertEquals(ComponentState.STOPPED, mode.runtime().status(deployed, Component.NAPCAT).state());
        List<ComponentStatus> heard = Collections.synchronizedList(new ArrayList<>());
        try (AutoCloseable listener = mode.runtime().addListener(heard::add)) {
            mode.runtime().start(deployed, Component.NAPCAT, new NullProgressMonitor());
        }
        assertTrue(fake.calls().stream().map(c -> String.join(" ", c)).toList()
                .contains(compose + " up -d --no-deps napcat"));
        assertEquals(List.of(Component.NAPCAT), heard.stream().map(ComponentStatus::componentId).toList());
    }

    @Test
    void statesFromComposePs() {
        List<String> ps = List.of("core|running|0|starting", "napcat|exited|1|", "adapters|exited|143|");
        assertEquals(ComponentState.STARTING, WslRuntime.status(ID, Component.MAIBOT, ps).state());
        assertEquals(ComponentState.FAILED, WslRuntime.status(ID, Component.NAPCAT, ps).state());
        assertEquals(ComponentState.STOPPED, WslRuntime.status(ID, Component.ADAPTER, ps).state());
        assertEquals(ComponentState.STOPPED, WslRuntime.status(ID, Component.MAIBOT, List.of()).state());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** A deployment's context that keeps what the steps say and remember. */
    private static final class RecordingContext implements DeployContext {
        private final DeployRequest request;
        final List<String> lines = Collections.synchronizedList(new ArrayList<>());
        final Map<String, String> remembered = new HashMap<>();

        RecordingContext(DeployRequest request) {
            this.request = request;
        }

        @Override
        public DeployRequest request() {
            return request;
        }

        @Override
        public void log(String level, String message) {
            lines.add(level + " " + message);
        }

        @Override
        public Optional<String> setting(String key) {
            return Optional.empty();
        }

        @Override
        public void remember(String key, String value) {
            remembered.put(key, value);
        }
    }
}
