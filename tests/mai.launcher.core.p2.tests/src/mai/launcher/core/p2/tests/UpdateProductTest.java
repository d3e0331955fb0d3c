package mai.launcher.core.p2.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

import mai.launcher.tests.support.ProductRunner.Result;

/**
 * Version N of the product updated from a site carrying version N+1 of one bundle (the command line's): the new
 * version runs after the relaunch, the old jar is gone, the user's data folder is as it was. The site is found through
 * the setting {@code update.site}, which replaces the product's preset one.
 */
class UpdateProductTest {

    private static final String BUNDLE = "mai.launcher.cli"; //$NON-NLS-1$
    private static final String FEATURE = "mai.launcher.core.feature"; //$NON-NLS-1$
    private static final String PRESET_SITE = "https://mai-with-u.github.io/mai-launcher/updates/"; //$NON-NLS-1$

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path temp;

    @Test
    void oneChangedBundleIsUpdatedAndTheOldOneDeleted() throws Exception {
        Installation installation = new Installation(temp);
        Result created = installation.run("instance", "create", "--name", "麦麦"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertEquals(0, created.exitCode(), created.toString());
        Path notes = Files.writeString(installation.data.resolve("deployments/麦麦/notes.txt"), "mine"); //$NON-NLS-1$ //$NON-NLS-2$
        Map<String, String> dataBefore = snapshot(installation.data);
        String oldJar = installation.plugins(BUNDLE).get(0);
        String oldFeature = installation.features(FEATURE).get(0);

        NextVersionSite.Published next = NextVersionSite.publish(installation.folder, BUNDLE, FEATURE,
                temp.resolve("next")); //$NON-NLS-1$
        String site = next.repository().toUri().toString();

        Result preset = installation.run("settings", "get", "update.site"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(PRESET_SITE + "\n", preset.out(), "the product's own site is preset: " + preset); //$NON-NLS-1$ //$NON-NLS-2$
        // The preset site cannot be reached from here (no network): it is replaced, as by a user choosing a mirror.
        assertEquals(0, installation.run("settings", "set", "update.site", site).exitCode()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        Result check = installation.run("update", "check"); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(0, check.exitCode(), check.toString());
        assertTrue(check.out().contains("-> " + next.featureVersion()), check.out()); //$NON-NLS-1$

        Result unsigned = installation.run("update", "apply"); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(1, unsigned.exitCode(), unsigned.toString());
        assertTrue(unsigned.err().contains(BUNDLE + " " + next.bundleVersion() + ": unsigned"), unsigned.toString()); //$NON-NLS-1$ //$NON-NLS-2$
        Result stillOld = installation.run("--version"); //$NON-NLS-1$
        assertTrue(stillOld.out().contains(oldJar.replace(BUNDLE + "_", "").replace(".jar", "")), stillOld.toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

        long start = System.nanoTime();
        Result applied = installation.run("update", "apply", "--trust-unsigned"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(0, applied.exitCode(), applied.toString());
        Result relaunched = installation.run("--version"); //$NON-NLS-1$
        long applyToRelaunchedMillis = (System.nanoTime() - start) / 1_000_000;
        assertEquals("MAI Launcher " + next.bundleVersion() + "\n", relaunched.out(), relaunched.toString()); //$NON-NLS-1$ //$NON-NLS-2$
        System.out.println("update apply + relaunch: " + applyToRelaunchedMillis + " ms"); //$NON-NLS-1$ //$NON-NLS-2$

        assertEquals(List.of(BUNDLE + "_" + next.bundleVersion() + ".jar"), installation.plugins(BUNDLE), //$NON-NLS-1$ //$NON-NLS-2$
                "the old jar " + oldJar + " is gone"); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(List.of(FEATURE + "_" + next.featureVersion()), installation.features(FEATURE), oldFeature); //$NON-NLS-1$
        assertEquals("mine", Files.readString(notes)); //$NON-NLS-1$
        Map<String, String> dataAfter = snapshot(installation.data);
        for (var entry : dataBefore.entrySet()) {
            assertTrue(dataAfter.containsKey(entry.getKey()), entry.getKey() + " is still there"); //$NON-NLS-1$
            if (!entry.getKey().startsWith("data/database/") && !entry.getKey().startsWith("data/Log/")) { //$NON-NLS-1$ //$NON-NLS-2$
                assertEquals(entry.getValue(), dataAfter.get(entry.getKey()), entry.getKey());
            }
        }
        Result list = installation.run("instance", "list"); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(list.out().contains("麦麦"), list.toString()); //$NON-NLS-1$
        assertEquals(0, installation.run("update", "check", "--repo", site).exitCode()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertTrue(installation.run("update", "check", "--repo", site).out().contains("up to date")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    /**
     * An update whose jar was damaged on the way (its checksum no longer matches the site's) fails with an error
     * naming it, and the installation is left as it was: same version, same jars, still offered the update.
     */
    @Test
    void aDamagedUpdateLeavesTheInstallationAsItWas() throws Exception {
        Installation installation = new Installation(temp);
        List<String> jarsBefore = installation.plugins(BUNDLE);
        String versionBefore = installation.run("--version").out(); //$NON-NLS-1$
        NextVersionSite.Published next = NextVersionSite.publish(installation.folder, BUNDLE, FEATURE,
                temp.resolve("next")); //$NON-NLS-1$
        Path jar = next.repository().resolve("plugins").resolve(BUNDLE + "_" + next.bundleVersion() + ".jar"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        byte[] bytes = Files.readAllBytes(jar);
        bytes[bytes.length / 2] ^= 0x5a;
        Files.write(jar, bytes);
        String site = next.repository().toUri().toString();

        Result applied = installation.run("update", "apply", "--repo", site, "--trust-unsigned"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        System.out.println("a damaged update: " + applied.err()); //$NON-NLS-1$
        assertEquals(1, applied.exitCode(), applied.toString());
        assertTrue(applied.err().contains(BUNDLE), "the error names the damaged bundle: " + applied); //$NON-NLS-1$
        assertTrue(applied.err().contains("Nothing was changed") && !applied.err().contains("session context"), //$NON-NLS-1$ //$NON-NLS-2$
                "says what happened to the installation, without p2's internals: " + applied); //$NON-NLS-1$
        assertEquals(jarsBefore, installation.plugins(BUNDLE), "no new jar left behind"); //$NON-NLS-1$
        assertEquals(versionBefore, installation.run("--version").out(), "the same version runs"); //$NON-NLS-1$ //$NON-NLS-2$
        Result check = installation.run("update", "check", "--repo", site); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertTrue(check.out().contains("-> " + next.featureVersion()), "still offered: " + check); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** Every file of a folder with its SHA-256. */
    private static Map<String, String> snapshot(Path folder) throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)); //$NON-NLS-1$
                files.put(folder.relativize(file).toString().replace('\\', '/'), HexFormat.of().formatHex(digest));
            }
        }
        return files;
    }
}
