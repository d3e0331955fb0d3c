package mai.launcher.core.p2;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

import mai.launcher.core.ErrorCode;
import mai.launcher.core.LauncherException;
import mai.launcher.core.p2.internal.Messages;
import mai.launcher.core.p2.internal.TrustedCertificates;
import mai.launcher.core.storage.Settings;

/**
 * The update sites and the trust settings, kept in the launcher's {@link Settings} so that the workbench and the
 * command line share them: {@value #SITE} (the launcher's own site), {@value #SITES} (sites the user added, separated
 * by spaces, a leading {@code !} marking one disabled) and {@value #ALLOW_HTTP}.
 *
 * @since 0.1
 */
public final class UpdateSites {

    /**
     * The launcher's own update site; its default comes from the product ({@value #SITE_PROPERTY} in its
     * {@code config.ini}); setting it replaces the preset one, e.g. with a mirror.
     */
    public static final String SITE = "update.site"; //$NON-NLS-1$
    /** The sites the user added. */
    public static final String SITES = "update.sites"; //$NON-NLS-1$
    /** Whether repositories over plain http may be used ({@code false} by default). */
    public static final String ALLOW_HTTP = "update.allow-http"; //$NON-NLS-1$
    /**
     * A PEM file of certificates whose signatures are trusted besides the certificate authorities of the Java runtime
     * (an organization's own plugin-signing certificate, say); empty for none.
     */
    public static final String TRUSTED_CERTIFICATES = "update.trusted-certificates"; //$NON-NLS-1$
    /** The framework property the product sets to its own update site. */
    public static final String SITE_PROPERTY = "mai.launcher.update.site"; //$NON-NLS-1$

    private static final String DISABLED = "!"; //$NON-NLS-1$

    private UpdateSites() {
    }

    /**
     * @param settings the launcher's settings
     * @return the launcher's own site (when one is set) and the user's sites, in order
     * @throws LauncherException when the settings cannot be read
     */
    public static List<UpdateSite> read(Settings settings) throws LauncherException {
        List<UpdateSite> sites = new ArrayList<>();
        String own = settings.get(SITE).orElse("").strip(); //$NON-NLS-1$
        if (!own.isEmpty()) {
            sites.add(new UpdateSite(parse(own), true, true));
        }
        for (String word : settings.get(SITES).orElse("").strip().split("\\s+")) { //$NON-NLS-1$ //$NON-NLS-2$
            if (!word.isEmpty()) {
                boolean enabled = !word.startsWith(DISABLED);
                sites.add(new UpdateSite(parse(enabled ? word : word.substring(1)), enabled, false));
            }
        }
        return sites;
    }

    /**
     * @param settings the launcher's settings
     * @return the URLs of the enabled sites
     * @throws LauncherException when the settings cannot be read
     */
    public static List<URI> enabled(Settings settings) throws LauncherException {
        return read(settings).stream().filter(UpdateSite::enabled).map(UpdateSite::uri).distinct().toList();
    }

    /**
     * Stores the user's sites (the preset one is left as it is).
     *
     * @param settings the launcher's settings
     * @param sites    the sites; preset ones are skipped
     * @throws LauncherException when the settings cannot be written
     */
    public static void write(Settings settings, List<UpdateSite> sites) throws LauncherException {
        Objects.requireNonNull(sites, "sites"); //$NON-NLS-1$
        settings.set(SITES, sites.stream().filter(s -> !s.preset())
                .map(s -> (s.enabled() ? "" : DISABLED) + s.uri()).distinct().collect(Collectors.joining(" "))); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * @param settings the launcher's settings
     * @return whether plain-http repositories are allowed
     * @throws LauncherException when the settings cannot be read
     */
    public static boolean allowHttp(Settings settings) throws LauncherException {
        return Boolean.parseBoolean(settings.get(ALLOW_HTTP).orElse("false")); //$NON-NLS-1$
    }

    /**
     * Trusts the certificates of a file besides the Java runtime's authorities, after checking that it holds some.
     *
     * @param settings the launcher's settings
     * @param file     a PEM file of certificates; empty to trust no more than Java does
     * @throws LauncherException {@code INVALID_INPUT} naming the file when it holds no readable certificate (the
     *                           setting is then left as it was)
     */
    public static void trustCertificates(Settings settings, String file) throws LauncherException {
        String value = Objects.requireNonNull(file, "file").strip(); //$NON-NLS-1$
        if (!value.isEmpty()) {
            TrustedCertificates.parse(value);
        }
        settings.set(TRUSTED_CERTIFICATES, value);
    }

    /**
     * Reads a repository URL as the user typed it: a URL, or a local folder (made a {@code file:} URL).
     *
     * @param text the text
     * @return the URL
     * @throws LauncherException {@code INVALID_INPUT} when it is neither
     */
    public static URI parse(String text) throws LauncherException {
        String value = Objects.requireNonNull(text, "text").strip(); //$NON-NLS-1$
        try {
            if (value.startsWith("/") || value.startsWith(".") || value.matches("[A-Za-z]:[\\\\/].*")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                return Path.of(value).toAbsolutePath().normalize().toUri();
            }
            URI uri = new URI(value);
            if (uri.getScheme() != null && uri.isAbsolute()) {
                return uri;
            }
        } catch (URISyntaxException | InvalidPathException e) {
            // not a URL either: said below
        }
        throw new LauncherException(ErrorCode.INVALID_INPUT, NLS.bind(Messages.notARepositoryUrl, value));
    }
}
