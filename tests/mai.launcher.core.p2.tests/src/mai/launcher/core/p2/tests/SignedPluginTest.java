package mai.launcher.core.p2.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

import mai.launcher.tests.support.ProductRunner.Result;

/**
 * Signed content. The example plugin is signed with a certificate made here by the JDK's keytool and jarsigner (no
 * certificate authority can be had in a test) and published as a repository: it is refused, its signer named, until
 * the user names that certificate in the setting {@code update.trusted-certificates}; then it installs without a
 * question. A setting naming a file without certificates is an error that names the file.
 */
class SignedPluginTest {

    private static final String FEATURE = "mai.launcher.examples.podman.feature"; //$NON-NLS-1$
    private static final String BUNDLE = "mai.launcher.examples.podman"; //$NON-NLS-1$
    private static final String SIGNER = "CN=MAI Launcher Test Plugins,O=Example"; //$NON-NLS-1$
    private static final String SETTING = "update.trusted-certificates"; //$NON-NLS-1$
    private static final String PASSWORD = "changeit"; //$NON-NLS-1$

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path temp;

    @Test
    void aPluginSignedWithATrustedCertificateInstallsWithoutAQuestion() throws Exception {
        Installation installation = new Installation(temp);
        Path keystore = temp.resolve("signing.p12"); //$NON-NLS-1$
        jdk("keytool", "-genkeypair", "-alias", "plugins", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
                "-dname", SIGNER, "-keystore", keystore.toString(), "-storetype", "PKCS12", "-storepass", PASSWORD); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        Path certificate = temp.resolve("plugins.pem"); //$NON-NLS-1$
        jdk("keytool", "-exportcert", "-rfc", "-alias", "plugins", "-keystore", keystore.toString(), "-storepass", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
                PASSWORD, "-file", certificate.toString()); //$NON-NLS-1$

        List<File> features = new ArrayList<>();
        List<File> bundles = new ArrayList<>();
        Path example = Installation.exampleRepository();
        for (String kind : List.of("features", "plugins")) { //$NON-NLS-1$ //$NON-NLS-2$
            Path signed = Files.createDirectories(temp.resolve("signed").resolve(kind)); //$NON-NLS-1$
            try (Stream<Path> jars = Files.list(example.resolve(kind))) {
                for (Path jar : jars.filter(j -> j.toString().endsWith(".jar")).toList()) { //$NON-NLS-1$
                    Path copy = Files.copy(jar, signed.resolve(jar.getFileName()));
                    jdk("jarsigner", "-keystore", keystore.toString(), "-storepass", PASSWORD, copy.toString(), "plugins"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    (kind.equals("features") ? features : bundles).add(copy.toFile()); //$NON-NLS-1$
                }
            }
        }
        Path site = temp.resolve("site"); //$NON-NLS-1$
        NextVersionSite.publishAsIs(features, bundles, site, temp.resolve("publishing"), "Signed example plugin"); //$NON-NLS-1$ //$NON-NLS-2$
        String repository = site.toUri().toString();

        Result refused = installation.run("plugins", "install", repository, FEATURE); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(1, refused.exitCode(), refused.toString());
        assertTrue(refused.err().contains("signed by " + SIGNER + ", who is not trusted here"), refused.toString()); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(refused.err().contains(SETTING), "says how to trust it: " + refused); //$NON-NLS-1$

        Path notCertificates = Files.writeString(temp.resolve("notes.pem"), "not a certificate"); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(0, installation.run("settings", "set", SETTING, notCertificates.toString()).exitCode()); //$NON-NLS-1$ //$NON-NLS-2$
        Result unreadable = installation.run("plugins", "install", repository, FEATURE); //$NON-NLS-1$ //$NON-NLS-2$
        assertNotEquals(0, unreadable.exitCode(), unreadable.toString());
        assertTrue(unreadable.err().contains(SETTING + " names " + notCertificates), unreadable.toString()); //$NON-NLS-1$
        assertEquals(List.of(), installation.plugins(BUNDLE), "nothing installed"); //$NON-NLS-1$

        assertEquals(0, installation.run("settings", "set", SETTING, certificate.toString()).exitCode()); //$NON-NLS-1$ //$NON-NLS-2$
        Result installed = installation.run("plugins", "install", repository, FEATURE); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(0, installed.exitCode(), installed.toString());
        assertFalse(installed.err().contains("not signed by anyone trusted"), "no question asked: " + installed); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(installed.out().contains("New deploy modes: podman."), installed.toString()); //$NON-NLS-1$
        assertEquals(1, installation.plugins(BUNDLE).size(), installation.plugins(BUNDLE).toString());
    }

    /** Runs a tool of the JDK the tests run on. */
    private static void jdk(String tool, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", tool).toString())); //$NON-NLS-1$ //$NON-NLS-2$
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), tool + " did not end"); //$NON-NLS-1$
        assertEquals(0, process.exitValue(), tool + " " + args[0] + ": " + output); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
