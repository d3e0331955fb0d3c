package mai.launcher.core.p2.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mai.launcher.core.ErrorCode;
import mai.launcher.core.LauncherException;
import mai.launcher.core.p2.UpdateSite;
import mai.launcher.core.p2.UpdateSites;
import mai.launcher.core.storage.SettingDefinition;
import mai.launcher.core.storage.Settings;
import mai.launcher.tests.support.TrustedRoots;

/** The update sites as kept in the settings, and repository addresses as users type them. */
class UpdateSitesTest {

    /** Settings in a map. */
    private static final class MapSettings implements Settings {
        final Map<String, String> values = new HashMap<>();

        @Override
        public List<SettingDefinition> definitions() {
            return List.of();
        }

        @Override
        public Optional<SettingDefinition> definition(String key) {
            return Optional.empty();
        }

        @Override
        public Optional<String> get(String key) {
            return Optional.ofNullable(values.get(key));
        }

        @Override
        public void set(String key, String value) {
            if (value.isEmpty()) {
                values.remove(key);
            } else {
                values.put(key, value);
            }
        }
    }

    @Test
    void thePresetSiteComesFirstAndDisabledSitesAreKept() throws Exception {
        MapSettings settings = new MapSettings();
        settings.set(UpdateSites.SITE, "https://updates.example/mai/"); //$NON-NLS-1$
        settings.set(UpdateSites.SITES, " https://a.example/  !https://b.example/ file:/srv/site "); //$NON-NLS-1$
        List<UpdateSite> sites = UpdateSites.read(settings);
        assertEquals(4, sites.size());
        assertTrue(sites.get(0).preset());
        assertFalse(sites.get(2).enabled());
        assertEquals(List.of(URI.create("https://updates.example/mai/"), URI.create("https://a.example/"), //$NON-NLS-1$ //$NON-NLS-2$
                URI.create("file:/srv/site")), UpdateSites.enabled(settings)); //$NON-NLS-1$

        UpdateSites.write(settings, List.of(sites.get(0), new UpdateSite(URI.create("https://c.example/"), false, false))); //$NON-NLS-1$
        assertEquals("!https://c.example/", settings.values.get(UpdateSites.SITES)); //$NON-NLS-1$
        assertFalse(UpdateSites.allowHttp(settings));
        settings.set(UpdateSites.ALLOW_HTTP, "true"); //$NON-NLS-1$
        assertTrue(UpdateSites.allowHttp(settings));
    }

    @Test
    void trustedCertificatesAreCheckedBeforeTheyAreKept(@TempDir Path temp) throws Exception {
        MapSettings settings = new MapSettings();
        Path pem = TrustedRoots.writePem(temp.resolve("roots.pem")); //$NON-NLS-1$
        UpdateSites.trustCertificates(settings, " " + pem + " "); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(pem.toString(), settings.values.get(UpdateSites.TRUSTED_CERTIFICATES));

        Path notes = Files.writeString(temp.resolve("notes.pem"), "-----BEGIN CERTIFICATE-----\nnot one\n"); //$NON-NLS-1$ //$NON-NLS-2$
        for (Path bad : List.of(notes, temp.resolve("missing.pem"))) { //$NON-NLS-1$
            LauncherException e = assertThrows(LauncherException.class,
                    () -> UpdateSites.trustCertificates(settings, bad.toString()));
            assertEquals(ErrorCode.INVALID_INPUT, e.code());
            assertTrue(e.getMessage().startsWith("The setting update.trusted-certificates names " + bad), e.getMessage()); //$NON-NLS-1$
            assertEquals(pem.toString(), settings.values.get(UpdateSites.TRUSTED_CERTIFICATES), "left as it was"); //$NON-NLS-1$
        }
        UpdateSites.trustCertificates(settings, ""); //$NON-NLS-1$
        assertFalse(settings.values.containsKey(UpdateSites.TRUSTED_CERTIFICATES));
    }

    @Test
    void foldersBecomeFileUrlsAndNonsenseIsRefused() throws Exception {
        assertEquals(Path.of("/srv/repo").toUri(), UpdateSites.parse("/srv/repo")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(URI.create("https://x.example/site"), UpdateSites.parse(" https://x.example/site ")); //$NON-NLS-1$ //$NON-NLS-2$
        LauncherException e = assertThrows(LauncherException.class, () -> UpdateSites.parse("not a url")); //$NON-NLS-1$
        assertEquals(ErrorCode.INVALID_INPUT, e.code());
        assertTrue(e.getMessage().contains("\"not a url\"") || e.getMessage().contains("not a url"), e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
