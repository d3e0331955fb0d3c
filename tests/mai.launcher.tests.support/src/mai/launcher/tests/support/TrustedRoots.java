package mai.launcher.tests.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.Base64;
import java.util.Collections;

/** Real certificates for tests, taken from the Java runtime's certificate authorities (none can be made here). */
public final class TrustedRoots {

    private TrustedRoots() {
    }

    /**
     * Writes the first certificate authority of the Java runtime as a PEM file.
     *
     * @param file the file to write
     * @return the file
     * @throws IOException              when it cannot be written
     * @throws GeneralSecurityException when the runtime's trust store cannot be read
     */
    public static Path writePem(Path file) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        try (InputStream in = Files.newInputStream(Path.of(System.getProperty("java.home"), "lib", "security", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                "cacerts"))) { //$NON-NLS-1$
            store.load(in, null);
        }
        String alias = Collections.min(Collections.list(store.aliases()));
        Certificate certificate = store.getCertificate(alias);
        String pem = "-----BEGIN CERTIFICATE-----\n" //$NON-NLS-1$
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(certificate.getEncoded()) //$NON-NLS-1$
                + "\n-----END CERTIFICATE-----\n"; //$NON-NLS-1$
        return Files.writeString(file, pem);
    }
}
