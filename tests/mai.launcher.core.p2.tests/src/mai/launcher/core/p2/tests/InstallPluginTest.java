package mai.launcher.core.p2.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import mai.launcher.tests.support.ProductRunner.Result;

/**
 * The example plugin (examples/podman-mode) installed into a copy of the product from its {@code file:} repository
 * through the command line, as a user would: refused while unsigned content is not accepted, then installed and
 * started at once (its deploy mode registered in the running launcher, no restart); its deploy mode is offered by the
 * next command; uninstalled, it goes, and its jar is deleted at the next start.
 */
class InstallPluginTest {

    private static final String FEATURE = "mai.launcher.examples.podman.feature"; //$NON-NLS-1$
    private static final String BUNDLE = "mai.launcher.examples.podman"; //$NON-NLS-1$
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void installsListsAndUninstallsTheExamplePlugin() throws Exception {
        Installation installation = new Installation(temp);
        String repository = Installation.exampleRepository().toUri().toString();
        assertFalse(installation.run("instance", "create", "--help").out().contains("podman"), "not yet installed"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

        Result refused = installation.run("plugins", "install", repository, FEATURE); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(1, refused.exitCode(), refused.toString());
        assertTrue(refused.err().contains(BUNDLE + " 1.0.0") && refused.err().contains("unsigned"), refused.toString()); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(refused.err().contains("--trust-unsigned"), refused.toString()); //$NON-NLS-1$
        assertEquals(java.util.List.of(), installation.plugins(BUNDLE), "nothing installed"); //$NON-NLS-1$

        Result installed = installation.run("plugins", "install", repository, FEATURE, "--trust-unsigned"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(0, installed.exitCode(), installed.toString());
        assertTrue(installed.out().contains("install Podman deploy mode (example plugin) 1.0.0"), installed.out()); //$NON-NLS-1$
        assertTrue(installed.out().contains("Installed and started, without a restart. New deploy modes: podman."),
                "the plugin's mode is registered in the running launcher: " + installed); //$NON-NLS-1$
        assertEquals(1, installation.plugins(BUNDLE).size(), installation.plugins(BUNDLE).toString());

        Result help = installation.run("instance", "create", "--help"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(0, help.exitCode(), help.toString());
        assertTrue(help.out().contains("local, docker, wsl2_docker, podman"), help.out()); //$NON-NLS-1$

        JsonNode list = JSON.readTree(installation.run("plugins", "list", "--json").out()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        JsonNode plugin = null;
        for (JsonNode feature : list) {
            if (feature.get("id").asText().equals(FEATURE)) { //$NON-NLS-1$
                plugin = feature;
            }
        }
        assertTrue(plugin != null && plugin.get("plugin").asBoolean(), list.toString()); //$NON-NLS-1$
        assertTrue(plugin.get("version").asText().startsWith("1.0.0."), plugin.toString()); //$NON-NLS-1$ //$NON-NLS-2$

        Result created = installation.run("instance", "create", "--name", "pod", "--mode", "podman", "--json"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
        assertEquals(0, created.exitCode(), created.toString());
        assertEquals("podman", JSON.readTree(created.out()).get("deployMode").asText()); //$NON-NLS-1$ //$NON-NLS-2$

        Result builtIn = installation.run("plugins", "uninstall", "mai.launcher.core.feature"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(1, builtIn.exitCode(), builtIn.toString());
        assertTrue(builtIn.err().contains("part of MAI Launcher"), builtIn.toString()); //$NON-NLS-1$

        Result uninstalled = installation.run("plugins", "uninstall", FEATURE); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(0, uninstalled.exitCode(), uninstalled.toString());
        Result after = installation.run("instance", "create", "--help"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertFalse(after.out().contains("podman"), after.out()); //$NON-NLS-1$
        assertEquals(java.util.List.of(), installation.plugins(BUNDLE), "its jar is deleted at the next start"); //$NON-NLS-1$
        Result again = installation.run("plugins", "uninstall", FEATURE); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(1, again.exitCode(), again.toString());
    }
}
