package mai.launcher.core.local.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import mai.launcher.core.config.ConfigValue;
import mai.launcher.core.config.TomlDocument;
import mai.launcher.core.config.TomlPath;
import mai.launcher.core.deployment.Deployment;
import mai.launcher.core.deployment.DeploymentLogLine;
import mai.launcher.core.deployment.DeploymentStatus;
import mai.launcher.core.instance.Instance;
import mai.launcher.core.instance.InstanceStatus;
import mai.launcher.core.storage.Database;
import mai.launcher.deployment.api.ComponentState;
import mai.launcher.deployment.api.ComponentStatus;
import mai.launcher.deployment.api.Console;
import mai.launcher.deployment.api.DeployRequest;
import mai.launcher.tests.support.DataFolderFixture;
import mai.launcher.tests.support.FakeMaiBot;

/**
 * A local instance deployed for real from repositories served on loopback (JGit's daemon), with a real Python
 * environment filled by pip from a local wheel folder, then run in a real pseudo-terminal: typed to, stopped with
 * Ctrl+C, restarted. Nothing reaches GitHub or PyPI.
 */
class LocalDeploymentTest {

    private static FakeMaiBot bot;
    private LocalFixture fixture;

    @BeforeAll
    static void serveRepositories() {
        bot = FakeMaiBot.create();
    }

    @AfterAll
    static void stopServing() {
        bot.close();
    }

    @BeforeEach
    void start() throws Exception {
        fixture = new LocalFixture(bot);
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void deployNeedsTheTermsThenStartTalkStopRestart() throws Exception {
        Instance instance = fixture.create("麦麦", Map.of()); //$NON-NLS-1$
        List<DeploymentLogLine> log = new CopyOnWriteArrayList<>();
        Deployment first;
        try (AutoCloseable listening = fixture.deployments.onLog(log::add)) {
            first = fixture.deployments.deploy(instance.id(), Map.of(), new NullProgressMonitor());
        }
        Path maibot = fixture.folder.paths().instanceFolder(instance.instancePath()).resolve("MaiBot"); //$NON-NLS-1$
        assertEquals(DeploymentStatus.FAILED, first.status());
        assertTrue(first.error().orElseThrow().contains(maibot.resolve("EULA.md").toString()), first.error().get()); //$NON-NLS-1$
        assertTrue(first.error().get().contains("--accept-eula"), first.error().get()); //$NON-NLS-1$
        assertTrue(log.stream().anyMatch(l -> l.message().startsWith("Cloning " + bot.maibotUrl())), log.toString()); //$NON-NLS-1$

        Deployment retried = fixture.deployments.retry(first.id(), Map.of(DeployRequest.ACCEPT_EULA, "true"), //$NON-NLS-1$
                new NullProgressMonitor());
        assertEquals(DeploymentStatus.COMPLETED, retried.status(), retried.error().orElse("")); //$NON-NLS-1$
        assertEquals(first.id(), retried.id(), "Retry resumes the same task"); //$NON-NLS-1$
        assertEquals(100, retried.progress());
        assertEquals(List.of("麦麦", "latest", "completed", "100"), downloadTask(first.id()), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                "the old launcher's download_tasks sees the deployment"); //$NON-NLS-1$
        assertTrue(fixture.deployments.log(first.id()).stream().anyMatch(l -> l.message().contains("Installing the packages"))); //$NON-NLS-1$
        assertEquals(md5WithUniversalNewlines(FakeMaiBot.EULA), Files.readString(maibot.resolve("eula.confirmed"))); //$NON-NLS-1$
        assertEquals(md5WithUniversalNewlines(FakeMaiBot.PRIVACY), Files.readString(maibot.resolve("privacy.confirmed"))); //$NON-NLS-1$

        Instance deployed = fixture.instances.get(instance.id()).orElseThrow();
        assertEquals(FakeMaiBot.V1, deployed.botVersion(), "latest resolves to the newest release"); //$NON-NLS-1$
        assertEquals(InstanceStatus.STOPPED, deployed.status());
        assertEquals("1", deployed.options().get("generation")); //$NON-NLS-1$ //$NON-NLS-2$

        fixture.runtime.start(instance.id(), Optional.empty(), new NullProgressMonitor());
        assertEquals(ComponentState.RUNNING, main(instance).state());
        assertEquals(InstanceStatus.RUNNING, fixture.instances.get(instance.id()).orElseThrow().status());
        Console console = fixture.runtime.console(instance.id(), "main").orElseThrow(); //$NON-NLS-1$
        assertTrue(console.interactive());
        try (LocalFixture.Output output = new LocalFixture.Output(console)) {
            output.await(t -> t.contains("MaiBot fake 1.0 ready on port " + deployed.options().get("port")), //$NON-NLS-1$ //$NON-NLS-2$
                    Duration.ofSeconds(10));
            console.write("hello 麦麦\n".getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$
            output.await(t -> t.contains("echo: hello 麦麦"), Duration.ofSeconds(10)); //$NON-NLS-1$

            fixture.runtime.stop(instance.id(), Optional.empty(), new NullProgressMonitor());
            ComponentStatus stopped = main(instance);
            assertEquals(ComponentState.STOPPED, stopped.state());
            assertEquals(0, stopped.exitCode().getAsInt(), "Ctrl+C ends the bot cleanly"); //$NON-NLS-1$
            output.await(t -> t.contains("MaiBot fake stopping"), Duration.ofSeconds(5)); //$NON-NLS-1$
        }
        assertEquals(InstanceStatus.STOPPED, fixture.instances.get(instance.id()).orElseThrow().status());
        Path log0 = fixture.runtime.logFiles(instance.id(), "main").get(0); //$NON-NLS-1$
        assertTrue(Files.readString(log0).contains("echo: hello 麦麦"), "the output is kept in the log file"); //$NON-NLS-1$ //$NON-NLS-2$

        fixture.runtime.restart(instance.id(), Optional.empty(), new NullProgressMonitor());
        assertEquals(ComponentState.RUNNING, main(instance).state());
        try (LocalFixture.Output replay = new LocalFixture.Output(fixture.runtime.console(instance.id(), "main").orElseThrow())) { //$NON-NLS-1$
            replay.await(t -> t.contains("ready on port"), Duration.ofSeconds(10)); //$NON-NLS-1$
        }
        fixture.runtime.stop(instance.id(), Optional.empty(), new NullProgressMonitor());
    }

    @Test
    void aMaiBot0xInstanceRunsItsAdapterToo() throws Exception {
        int adapterPort = LocalFixture.freePort();
        Instance instance = fixture.deployed("legacy", Map.of(DeployRequest.REF, FakeMaiBot.V0, //$NON-NLS-1$
                DeployRequest.ADAPTER_PORT, String.valueOf(adapterPort)));
        Path folder = fixture.folder.paths().instanceFolder(instance.instancePath());
        assertEquals(List.of("main", "napcat-ada"), //$NON-NLS-1$ //$NON-NLS-2$
                fixture.runtime.components(instance.id()).stream().map(c -> c.id()).toList());
        assertTrue(Files.isRegularFile(folder.resolve("MaiBot-Napcat-Adapter/main.py"))); //$NON-NLS-1$
        Path adapterConfig = folder.resolve("MaiBot-Napcat-Adapter/config.toml"); //$NON-NLS-1$
        assertTrue(Files.isRegularFile(adapterConfig), "config made from its template"); //$NON-NLS-1$
        TomlDocument wiring = TomlDocument.parse(Files.readAllBytes(adapterConfig));
        assertEquals(Optional.of(new ConfigValue.IntegerValue(adapterPort)), wiring.get(TomlPath.of("napcat_server", "port")), //$NON-NLS-1$ //$NON-NLS-2$
                "NapCat connects to the adapter's port"); //$NON-NLS-1$
        assertEquals(Optional.of(new ConfigValue.IntegerValue(Integer.parseInt(instance.options().get("port")))), //$NON-NLS-1$
                wiring.get(TomlPath.of("maibot_server", "port")), "the adapter reaches MaiBot on its port"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals("localhost", ((ConfigValue.StringValue) wiring.get(TomlPath.of("napcat_server", "host")).orElseThrow()).value(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                "the rest of the template is kept"); //$NON-NLS-1$
        assertTrue(Files.readString(folder.resolve("MaiBot/.env")).contains("PORT=" + instance.options().get("port"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(FakeMaiBot.V0, instance.botVersion());
    }

    @Test
    void aLocalNapCatWhereInstalledIsAComponentStartedWithTheQqAccount() throws Exception {
        Instance instance = fixture.deployed("with-napcat", Map.of(DeployRequest.QQ, "123456789")); //$NON-NLS-1$ //$NON-NLS-2$
        Path napcat = fixture.folder.paths().instanceFolder(instance.instancePath()).resolve("NapCat"); //$NON-NLS-1$
        Files.createDirectories(napcat);
        // NapCat.Shell's start script, as its Linux/macOS release has it, standing in for NapCat itself.
        Files.writeString(napcat.resolve("start.sh"), "echo \"NapCat starting, quick login as $1\"\nexec cat\n"); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(List.of("napcat", "main"), //$NON-NLS-1$ //$NON-NLS-2$
                fixture.runtime.components(instance.id()).stream().map(c -> c.id()).toList());
        fixture.runtime.start(instance.id(), Optional.of("napcat"), new NullProgressMonitor()); //$NON-NLS-1$
        Console console = fixture.runtime.console(instance.id(), "napcat").orElseThrow(); //$NON-NLS-1$
        try (LocalFixture.Output output = new LocalFixture.Output(console)) {
            output.await(t -> t.contains("NapCat starting, quick login as 123456789"), Duration.ofSeconds(20)); //$NON-NLS-1$
        }
        fixture.runtime.stop(instance.id(), Optional.of("napcat"), new NullProgressMonitor()); //$NON-NLS-1$
    }

    private static List<String> downloadTask(String id) throws Exception {
        return DataFolderFixture.service(Database.class).read(c -> {
            try (var select = c.prepareStatement("SELECT instance_name, maibot_version_source, status, progress " //$NON-NLS-1$
                    + "FROM download_tasks WHERE id = ?")) { //$NON-NLS-1$
                select.setString(1, id);
                try (var row = select.executeQuery()) {
                    return row.next() ? List.of(row.getString(1), row.getString(2), row.getString(3), row.getString(4))
                            : List.of();
                }
            }
        });
    }

    private ComponentStatus main(Instance instance) throws Exception {
        return fixture.runtime.status(instance.id()).stream().filter(s -> s.componentId().equals("main")) //$NON-NLS-1$
                .findFirst().orElseThrow();
    }

    static String md5WithUniversalNewlines(String text) throws Exception {
        String normalised = text.replace("\r\n", "\n"); //$NON-NLS-1$ //$NON-NLS-2$
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(normalised.getBytes(StandardCharsets.UTF_8))); //$NON-NLS-1$
    }
}
