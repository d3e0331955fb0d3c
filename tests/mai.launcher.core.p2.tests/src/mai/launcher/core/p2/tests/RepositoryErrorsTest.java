package mai.launcher.core.p2.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mai.launcher.tests.support.ProductRunner.Result;

/**
 * A repository that cannot be used is an error naming it and saying what to do, never "no updates"; plain http is
 * refused unless allowed.
 */
class RepositoryErrorsTest {

    @TempDir
    static Path temp;
    private static Installation installation;

    @BeforeAll
    static void install() {
        installation = new Installation(temp);
    }

    private static void assertOneSentenceError(Result result, String... parts) {
        assertEquals(1, result.exitCode(), result.toString());
        String error = result.err().lines().filter(l -> l.startsWith("mai-launcher: ")).findFirst().orElse(""); //$NON-NLS-1$ //$NON-NLS-2$
        for (String part : parts) {
            assertTrue(error.contains(part), "\"" + part + "\" in " + result); //$NON-NLS-1$ //$NON-NLS-2$
        }
        assertFalse(result.out().contains("up to date"), result.toString()); //$NON-NLS-1$
    }

    @Test
    void aMissingFolderIsNamed() {
        Path missing = temp.resolve("no such repository"); //$NON-NLS-1$
        assertOneSentenceError(installation.run("update", "check", "--repo", missing.toString()), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                "No repository could be read at " + missing.toUri(), "Check the address"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void anUnreachableSiteIsNamed() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort(); // closed again: nothing listens there
        }
        String url = "https://127.0.0.1:" + port + "/updates"; //$NON-NLS-1$ //$NON-NLS-2$
        assertOneSentenceError(installation.run("update", "check", "--repo", url), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                "The repository " + url + " cannot be reached", "network"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    @Test
    void aMalformedRepositoryIsNamed() throws Exception {
        Path broken = Files.createDirectories(temp.resolve("broken")); //$NON-NLS-1$
        Files.writeString(broken.resolve("content.xml"), "<?xml version='1.0'?><repository><units"); //$NON-NLS-1$ //$NON-NLS-2$
        Files.writeString(broken.resolve("artifacts.xml"), "not xml"); //$NON-NLS-1$ //$NON-NLS-2$
        assertOneSentenceError(installation.run("plugins", "install", broken.toString(), "x"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                "The repository at " + broken.toUri(), "is damaged or is not a p2 repository"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void plainHttpIsRefusedUnlessAllowed() throws Exception {
        String url = "http://127.0.0.1:9/updates"; //$NON-NLS-1$
        assertOneSentenceError(installation.run("update", "check", "--repo", url), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                "The repository " + url + " uses plain http", "--allow-http"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertOneSentenceError(installation.run("plugins", "install", url, "x"), "plain http"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        // Allowed, it is tried (and nothing listens there).
        Result allowed = installation.run("update", "check", "--repo", url, "--allow-http"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertEquals(1, allowed.exitCode(), allowed.toString());
        assertFalse(allowed.err().contains("plain http"), allowed.toString()); //$NON-NLS-1$
        assertTrue(allowed.err().contains(url), allowed.toString());
    }

    @Test
    void aFeatureNotInTheRepositoryIsNamedWithWhatIsThere() {
        Result result = installation.run("plugins", "install", Installation.exampleRepository().toString(), "no.such"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertOneSentenceError(result, "has no feature no.such", "mai.launcher.examples.podman.feature"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, installation.run("plugins", "install", "only-one-word").exitCode()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(2, installation.run("update", "frob").exitCode()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(2, installation.run("plugins", "list", "--trust-unsigned").exitCode()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}
