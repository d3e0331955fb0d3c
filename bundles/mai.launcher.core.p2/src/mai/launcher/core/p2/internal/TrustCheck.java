package mai.launcher.core.p2.internal;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertPathValidator;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.equinox.p2.engine.IProvisioningPlan;
import org.eclipse.equinox.p2.metadata.IArtifactKey;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.artifact.IArtifactDescriptor;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepository;
import org.eclipse.equinox.p2.repository.artifact.IFileArtifactRepository;
import org.eclipse.osgi.signedcontent.SignedContent;
import org.eclipse.osgi.signedcontent.SignedContentFactory;
import org.eclipse.osgi.signedcontent.SignerInfo;
import org.eclipse.osgi.util.NLS;

import mai.launcher.core.p2.UntrustedContent;

/**
 * The trust check headless p2 does not make: after the artifacts of a plan are downloaded, each new one must be a jar
 * signed by a certificate that chains to a root the Java runtime trusts, or to a certificate the user trusts (the
 * setting {@code update.trusted-certificates}). Unsigned artifacts, artifacts signed by
 * someone else and artifacts carrying only a PGP signature (whose key nobody here vouches for) are reported, so the
 * user sees them before anything is installed.
 */
final class TrustCheck {

    /** The artifact property holding PGP signatures. */
    static final String PGP_SIGNATURES = "pgp.signatures"; //$NON-NLS-1$

    private final SignedContentFactory signatures;
    private final IFileArtifactRepository pool;
    private final List<IArtifactRepository> sources;
    private final List<X509Certificate> trustedByUser;
    /** The Java runtime's certificate authorities and the user's certificates. */
    private final Set<TrustAnchor> anchors;

    /**
     * @param signatures the framework's jar signature reader; {@code null} counts every jar as unsigned
     * @param pool       the installation's bundle pool, where the plan's artifacts were downloaded to
     * @param sources    the repositories they came from, for their PGP signature properties
     * @param trustedByUser certificates trusted besides the Java runtime's authorities
     */
    TrustCheck(SignedContentFactory signatures, IFileArtifactRepository pool, List<IArtifactRepository> sources,
            List<X509Certificate> trustedByUser) {
        this.signatures = signatures;
        this.pool = pool;
        this.sources = sources;
        this.trustedByUser = List.copyOf(trustedByUser);
        Set<TrustAnchor> all = new HashSet<>(Roots.ANCHORS);
        trustedByUser.forEach(c -> all.add(new TrustAnchor(c, null)));
        this.anchors = Set.copyOf(all);
    }

    List<UntrustedContent> check(IProvisioningPlan plan, IProgressMonitor monitor) {
        List<IInstallableUnit> added = plan.getAdditions().query(QueryUtil.createIUAnyQuery(), null).toUnmodifiableSet()
                .stream().filter(iu -> !iu.getArtifacts().isEmpty()).toList();
        SubMonitor progress = SubMonitor.convert(monitor, Messages.checkingSignatures, added.size());
        List<UntrustedContent> untrusted = new ArrayList<>();
        for (IInstallableUnit iu : added) {
            for (IArtifactKey key : iu.getArtifacts()) {
                reason(key).ifPresent(r -> untrusted.add(new UntrustedContent(key.getId(), key.getVersion().toString(), r)));
            }
            progress.split(1);
        }
        return untrusted;
    }

    private Optional<String> reason(IArtifactKey key) {
        File file = pool == null ? null : pool.getArtifactFile(key);
        // A jar, or a folder for a feature the bundle pool keeps unpacked: both carry their signature files.
        if (file != null && file.exists() && signatures != null) {
            try {
                SignedContent content = signatures.getSignedContent(file);
                if (content.isSigned()) {
                    SignerInfo[] signers = content.getSignerInfos();
                    if (Arrays.stream(signers).anyMatch(this::trusted)) {
                        return Optional.empty();
                    }
                    return Optional.of(NLS.bind(Messages.signerNotTrusted, subject(signers[0])));
                }
            } catch (IOException | GeneralSecurityException e) {
                return Optional.of(NLS.bind(Messages.signatureUnreadable, e.getMessage()));
            }
        }
        return Optional.of(pgpSigned(key) ? Messages.pgpNotVerified : Messages.unsigned);
    }

    private boolean pgpSigned(IArtifactKey key) {
        for (IArtifactRepository source : sources) {
            for (IArtifactDescriptor descriptor : source.getArtifactDescriptors(key)) {
                if (descriptor.getProperty(PGP_SIGNATURES) != null) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String subject(SignerInfo signer) {
        return signer.getCertificateChain().length == 0 ? "?" //$NON-NLS-1$
                : ((X509Certificate) signer.getCertificateChain()[0]).getSubjectX500Principal().getName();
    }

    /**
     * Whether a signer's chain holds a certificate the user trusts, or leads to one or to a certificate authority of
     * the Java runtime's trust store.
     */
    private boolean trusted(SignerInfo signer) {
        Certificate[] chain = signer.getCertificateChain();
        if (signer.isTrusted() || Arrays.stream(chain).anyMatch(trustedByUser::contains)) {
            return true;
        }
        if (anchors.isEmpty() || chain.length == 0) {
            return false;
        }
        try {
            PKIXParameters parameters = new PKIXParameters(anchors);
            parameters.setRevocationEnabled(false);
            CertPathValidator.getInstance("PKIX").validate(CertificateFactory.getInstance("X.509") //$NON-NLS-1$ //$NON-NLS-2$
                    .generateCertPath(Arrays.asList(chain)), parameters);
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** The Java runtime's certificate authorities, read once. */
    private static final class Roots {
        static final Set<TrustAnchor> ANCHORS = load();

        private static Set<TrustAnchor> load() {
            Path cacerts = Path.of(System.getProperty("java.home"), "lib", "security", "cacerts"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            try (var in = Files.newInputStream(cacerts)) {
                KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
                store.load(in, null);
                Set<TrustAnchor> anchors = new HashSet<>();
                for (String alias : Collections.list(store.aliases())) {
                    if (store.isCertificateEntry(alias) && store.getCertificate(alias) instanceof X509Certificate c) {
                        anchors.add(new TrustAnchor(c, null));
                    }
                }
                return Set.copyOf(anchors);
            } catch (IOException | GeneralSecurityException e) {
                return Set.of();
            }
        }
    }
}
