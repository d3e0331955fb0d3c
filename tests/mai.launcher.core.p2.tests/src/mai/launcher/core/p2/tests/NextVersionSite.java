package mai.launcher.core.p2.tests;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.IProvisioningAgentProvider;
import org.eclipse.equinox.p2.publisher.IPublisherAction;
import org.eclipse.equinox.p2.publisher.IPublisherInfo;
import org.eclipse.equinox.p2.publisher.Publisher;
import org.eclipse.equinox.p2.publisher.PublisherInfo;
import org.eclipse.equinox.p2.publisher.eclipse.BundlesAction;
import org.eclipse.equinox.p2.publisher.eclipse.FeaturesAction;
import org.eclipse.equinox.p2.repository.IRepository;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepository;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Makes the update site of "version N+1" of an installed product in which one bundle changed: the bundle with a
 * higher qualifier, and its feature with a higher qualifier listing it; published with p2's publisher, as a release
 * build would publish them. Everything else is unchanged, so an update downloads just these two.
 */
final class NextVersionSite {

    /** What was published. */
    record Published(Path repository, String bundleVersion, String featureVersion) {
    }

    private NextVersionSite() {
    }

    /**
     * @param product the installed product holding the bundle and feature
     * @param bundle  the bundle to change
     * @param feature the feature that includes it
     * @param work    a folder to work in
     * @return the repository and the new versions
     */
    static Published publish(Path product, String bundle, String feature, Path work) throws Exception {
        Path oldJar = only(product.resolve("plugins"), bundle + "_"); //$NON-NLS-1$ //$NON-NLS-2$
        Path oldFeature = only(product.resolve("features"), feature + "_"); //$NON-NLS-1$ //$NON-NLS-2$
        String oldBundleVersion = version(oldJar, bundle);
        String oldFeatureVersion = version(oldFeature, feature);
        String bundleVersion = oldBundleVersion + "-next"; //$NON-NLS-1$
        String featureVersion = oldFeatureVersion + "-next"; //$NON-NLS-1$

        Path input = Files.createDirectories(work.resolve("input")); //$NON-NLS-1$
        Path jar = input.resolve(bundle + "_" + bundleVersion + ".jar"); //$NON-NLS-1$ //$NON-NLS-2$
        rewriteJar(oldJar, jar, bundleVersion);
        Path featureFolder = input.resolve(feature + "_" + featureVersion); //$NON-NLS-1$
        copyFolder(oldFeature, featureFolder);
        Path featureXml = featureFolder.resolve("feature.xml"); //$NON-NLS-1$
        Files.writeString(featureXml, Files.readString(featureXml)
                .replaceFirst("(<feature[^>]*?version=\")" + java.util.regex.Pattern.quote(oldFeatureVersion) + "\"", //$NON-NLS-1$ //$NON-NLS-2$
                        "$1" + featureVersion + "\"") //$NON-NLS-1$ //$NON-NLS-2$
                .replaceAll("(id=\"" + java.util.regex.Pattern.quote(bundle) + "\"[^>]*?version=\")" //$NON-NLS-1$ //$NON-NLS-2$
                        + java.util.regex.Pattern.quote(oldBundleVersion) + "\"", "$1" + bundleVersion + "\"")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

        Path repository = work.resolve("site"); //$NON-NLS-1$
        publishAsIs(List.of(featureFolder.toFile()), List.of(jar.toFile()), repository, work, "MAI Launcher N+1"); //$NON-NLS-1$
        return new Published(repository, bundleVersion, featureVersion);
    }

    /**
     * Publishes features (folders or jars) and bundle jars, byte for byte, as a new compressed p2 repository.
     *
     * @param features   the features
     * @param bundles    the bundles
     * @param repository the repository's folder
     * @param work       a folder for p2's agent
     * @param name       the repository's name
     */
    static void publishAsIs(List<File> features, List<File> bundles, Path repository, Path work, String name)
            throws Exception {
        IProvisioningAgent agent = agent(work.resolve("agent")); //$NON-NLS-1$
        try {
            Map<String, String> properties = Map.of(IRepository.PROP_COMPRESSED, Boolean.TRUE.toString());
            IMetadataRepository metadata = ((IMetadataRepositoryManager) agent
                    .getService(IMetadataRepositoryManager.SERVICE_NAME)).createRepository(repository.toUri(),
                            name, IMetadataRepositoryManager.TYPE_SIMPLE_REPOSITORY, properties);
            IArtifactRepository artifacts = ((IArtifactRepositoryManager) agent
                    .getService(IArtifactRepositoryManager.SERVICE_NAME)).createRepository(repository.toUri(),
                            name, IArtifactRepositoryManager.TYPE_SIMPLE_REPOSITORY, properties);
            PublisherInfo info = new PublisherInfo();
            info.setMetadataRepository(metadata);
            info.setArtifactRepository(artifacts);
            info.setArtifactOptions(IPublisherInfo.A_PUBLISH | IPublisherInfo.A_INDEX);
            IStatus status = new Publisher(info).publish(new IPublisherAction[] {
                    new FeaturesAction(features.toArray(File[]::new)),
                    new BundlesAction(bundles.toArray(File[]::new)) }, new NullProgressMonitor());
            if (status.getSeverity() == IStatus.ERROR) {
                throw new AssertionError("publishing failed: " + status); //$NON-NLS-1$
            }
        } finally {
            agent.stop();
        }
    }

    private static IProvisioningAgent agent(Path location) throws Exception {
        BundleContext context = FrameworkUtil.getBundle(NextVersionSite.class).getBundleContext();
        for (Bundle b : context.getBundles()) {
            if (b.getSymbolicName().startsWith("org.eclipse.equinox.p2.") && b.getState() != Bundle.ACTIVE //$NON-NLS-1$
                    && b.getHeaders().get("Fragment-Host") == null) { //$NON-NLS-1$
                b.start(Bundle.START_TRANSIENT); // their agent services are components of started bundles
            }
        }
        ServiceTracker<IProvisioningAgentProvider, IProvisioningAgentProvider> tracker = new ServiceTracker<>(context,
                IProvisioningAgentProvider.class, null);
        tracker.open();
        try {
            IProvisioningAgentProvider provider = tracker.waitForService(20_000);
            if (provider == null) {
                throw new AssertionError("p2's agent provider did not come up in the test runtime"); //$NON-NLS-1$
            }
            return provider.createAgent(location.toUri());
        } finally {
            tracker.close();
        }
    }

    static Path only(Path folder, String prefix) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            var found = files.filter(p -> p.getFileName().toString().startsWith(prefix)).toList();
            if (found.size() != 1) {
                throw new AssertionError("expected one " + prefix + "* in " + folder + ": " + found); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
            return found.get(0);
        }
    }

    private static String version(Path file, String id) {
        String name = file.getFileName().toString();
        return name.substring(id.length() + 1).replaceAll("\\.jar$", ""); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static void rewriteJar(Path from, Path to, String version) throws IOException {
        try (JarFile in = new JarFile(from.toFile())) {
            Manifest manifest = new Manifest(in.getManifest());
            manifest.getMainAttributes().put(new Attributes.Name("Bundle-Version"), version); //$NON-NLS-1$
            try (OutputStream file = Files.newOutputStream(to); JarOutputStream out = new JarOutputStream(file, manifest)) {
                Enumeration<JarEntry> entries = in.entries();
                while (entries.hasMoreElements()) {
                    JarEntry entry = entries.nextElement();
                    if (entry.getName().equals(JarFile.MANIFEST_NAME) || entry.getName().equals("META-INF/")) { //$NON-NLS-1$
                        continue;
                    }
                    out.putNextEntry(new JarEntry(entry.getName()));
                    try (InputStream content = in.getInputStream(entry)) {
                        content.transferTo(out);
                    }
                    out.closeEntry();
                }
            }
        }
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
