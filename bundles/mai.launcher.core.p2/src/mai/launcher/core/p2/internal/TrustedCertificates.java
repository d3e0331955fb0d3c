package mai.launcher.core.p2.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import mai.launcher.core.ErrorCode;
import mai.launcher.core.LauncherException;
import mai.launcher.core.p2.UpdateSites;
import mai.launcher.core.storage.Settings;

/**
 * The certificates the user trusts besides the Java runtime's certificate authorities: the PEM (or DER) file named
 * by the setting {@value UpdateSites#TRUSTED_CERTIFICATES}.
 */
public final class TrustedCertificates {

    private TrustedCertificates() {
    }

    /**
     * @param settings the launcher's settings, or {@code null} when none are open (nothing more is trusted)
     * @return the certificates of the file the setting names; none when it is empty
     * @throws LauncherException {@code INVALID_INPUT} naming the file when it cannot be read as certificates
     */
    static List<X509Certificate> read(Settings settings) throws LauncherException {
        String file = settings == null ? "" : settings.get(UpdateSites.TRUSTED_CERTIFICATES).orElse("").strip(); //$NON-NLS-1$ //$NON-NLS-2$
        return file.isEmpty() ? List.of() : parse(file);
    }

    /**
     * @param file a PEM (or DER) file of certificates
     * @return its certificates, at least one
     * @throws LauncherException {@code INVALID_INPUT} naming the file when it cannot be read as certificates
     */
    public static List<X509Certificate> parse(String file) throws LauncherException {
        try (InputStream in = Files.newInputStream(Path.of(file))) {
            List<X509Certificate> certificates = CertificateFactory.getInstance("X.509").generateCertificates(in) //$NON-NLS-1$
                    .stream().filter(X509Certificate.class::isInstance).map(X509Certificate.class::cast).toList();
            if (certificates.isEmpty()) {
                throw new CertificateException(Messages.noCertificates);
            }
            return certificates;
        } catch (IOException | InvalidPathException | CertificateException e) {
            throw new LauncherException(ErrorCode.INVALID_INPUT, NLS.bind(Messages.trustedCertificatesUnreadable,
                    new Object[] { UpdateSites.TRUSTED_CERTIFICATES, file, e.getMessage() }), e);
        }
    }
}
