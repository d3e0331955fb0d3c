package mai.launcher.core.p2.internal;

import java.io.File;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.engine.IEngine;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProvisioningPlan;
import org.eclipse.equinox.p2.engine.ProvisioningContext;
import org.eclipse.equinox.p2.engine.query.UserVisibleRootQuery;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.planner.IPlanner;
import org.eclipse.equinox.p2.planner.IProfileChangeRequest;
import org.eclipse.equinox.p2.planner.ProfileInclusionRules;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepository;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.artifact.IFileArtifactRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.osgi.signedcontent.SignedContentFactory;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import mai.launcher.core.ErrorCode;
import mai.launcher.core.LauncherException;
import mai.launcher.core.p2.AvailableFeature;
import mai.launcher.core.p2.Change;
import mai.launcher.core.p2.InstalledFeature;
import mai.launcher.core.p2.Provisioning;
import mai.launcher.core.p2.ProvisioningPlan;
import mai.launcher.core.p2.UntrustedContent;
import mai.launcher.core.storage.Settings;

/** {@link Provisioning} on p2's planner and engine, for the running installation's profile. */
@Component(service = Provisioning.class)
public final class P2Provisioning implements Provisioning {

    /** The profile property marking a feature the user installed (a plugin, which can be uninstalled). */
    static final String PLUGIN = "mai.launcher.plugin"; //$NON-NLS-1$
    static final String GROUP_SUFFIX = ".feature.group"; //$NON-NLS-1$
    /** The simpleconfigurator's service that makes the running framework match bundles.info (internal to p2). */
    private static final String CONFIGURATOR = "org.eclipse.equinox.internal.provisional.configurator.Configurator"; //$NON-NLS-1$

    private final BundleContext context;
    private final RunningInstallation installation;
    private final Repositories repositories;
    /** The launcher's settings, for the certificates the user trusts; absent while no data folder is open. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Settings settings;

    /** @param context the bundle's context */
    @Activate
    public P2Provisioning(BundleContext context) {
        this.context = context;
        this.installation = new RunningInstallation(context);
        this.repositories = new Repositories(installation);
    }

    @Override
    public boolean isManaged() {
        return installation.profile().isPresent();
    }

    @Override
    public List<InstalledFeature> installed() throws LauncherException {
        IProfile profile = installation.requireProfile();
        return profile.query(new UserVisibleRootQuery(), null).stream().filter(QueryUtil::isGroup)
                .map(iu -> new InstalledFeature(featureId(iu), name(iu), iu.getVersion().toString(),
                        property(iu, IInstallableUnit.PROP_PROVIDER), property(iu, IInstallableUnit.PROP_DESCRIPTION),
                        isPlugin(profile, iu)))
                .sorted(Comparator.comparing(InstalledFeature::plugin).thenComparing(InstalledFeature::name)).toList();
    }

    @Override
    public List<AvailableFeature> available(URI repository, boolean allowHttp, IProgressMonitor monitor)
            throws LauncherException {
        SubMonitor progress = SubMonitor.convert(monitor, 10);
        IMetadataRepository metadata = repositories.load(List.of(repository), allowHttp, progress.split(8)).get(0);
        Map<String, String> categories = new HashMap<>();
        for (IInstallableUnit category : metadata.query(QueryUtil.createIUCategoryQuery(), progress.split(1))) {
            for (IInstallableUnit member : metadata.query(QueryUtil.createIUCategoryMemberQuery(category), null)) {
                categories.putIfAbsent(member.getId(), name(category));
            }
        }
        Map<String, String> here = new HashMap<>();
        installation.profile().ifPresent(p -> p.query(QueryUtil.createIUGroupQuery(), null)
                .forEach(iu -> here.put(iu.getId(), iu.getVersion().toString())));
        return metadata.query(QueryUtil.createLatestQuery(QueryUtil.createIUGroupQuery()), progress.split(1)).stream()
                .filter(iu -> !QueryUtil.isProduct(iu))
                .map(iu -> new AvailableFeature(featureId(iu), name(iu), iu.getVersion().toString(),
                        property(iu, IInstallableUnit.PROP_PROVIDER), property(iu, IInstallableUnit.PROP_DESCRIPTION),
                        categories.getOrDefault(iu.getId(), ""), here.getOrDefault(iu.getId(), ""))) //$NON-NLS-1$ //$NON-NLS-2$
                .sorted(Comparator.comparing(AvailableFeature::category).thenComparing(AvailableFeature::name))
                .toList();
    }

    @Override
    public ProvisioningPlan planInstall(URI repository, String featureId, boolean allowHttp, IProgressMonitor monitor)
            throws LauncherException {
        SubMonitor progress = SubMonitor.convert(monitor, Messages.planning, 100);
        IProfile profile = installation.requireProfile();
        IMetadataRepository metadata = repositories.load(List.of(repository), allowHttp, progress.split(30)).get(0);
        String id = groupId(featureId);
        Optional<IInstallableUnit> feature = metadata
                .query(QueryUtil.createLatestQuery(QueryUtil.createIUQuery(id)), progress.split(5)).stream().findFirst();
        if (feature.isEmpty()) {
            List<String> offered = metadata.query(QueryUtil.createIUGroupQuery(), null).stream()
                    .filter(iu -> !QueryUtil.isProduct(iu)).map(P2Provisioning::featureId).distinct().sorted().toList();
            throw new LauncherException(ErrorCode.NOT_FOUND, NLS.bind(Messages.featureNotInRepository,
                    new Object[] { featureId(id), repository, offered.isEmpty() ? "-" : String.join(", ", offered) })); //$NON-NLS-1$ //$NON-NLS-2$
        }
        IInstallableUnit iu = feature.get();
        IPlanner planner = installation.service(IPlanner.class);
        IProfileChangeRequest request = planner.createChangeRequest(profile);
        request.add(iu);
        request.setInstallableUnitInclusionRules(iu, ProfileInclusionRules.createStrictInclusionRule(iu));
        request.setInstallableUnitProfileProperty(iu, IProfile.PROP_PROFILE_ROOT_IU, Boolean.TRUE.toString());
        request.setInstallableUnitProfileProperty(iu, PLUGIN, Boolean.TRUE.toString());
        return plan(profile, request, List.of(repository), progress.split(65));
    }

    @Override
    public ProvisioningPlan planUninstall(String featureId, IProgressMonitor monitor) throws LauncherException {
        IProfile profile = installation.requireProfile();
        String id = groupId(featureId);
        IInstallableUnit iu = profile.query(new UserVisibleRootQuery(), null).stream()
                .filter(u -> u.getId().equals(id) || u.getId().equals(featureId)).findFirst()
                .orElseThrow(() -> new LauncherException(ErrorCode.NOT_FOUND,
                        NLS.bind(Messages.pluginNotInstalled, featureId(id))));
        if (!isPlugin(profile, iu)) {
            throw new LauncherException(ErrorCode.INVALID_INPUT, NLS.bind(Messages.partOfProduct, featureId(id)));
        }
        IProfileChangeRequest request = installation.service(IPlanner.class).createChangeRequest(profile);
        request.remove(iu);
        return plan(profile, request, List.of(), monitor);
    }

    @Override
    public ProvisioningPlan planUpdate(List<URI> sites, boolean allowHttp, IProgressMonitor monitor)
            throws LauncherException {
        if (sites.isEmpty()) {
            throw new LauncherException(ErrorCode.INVALID_INPUT, Messages.noUpdateSites);
        }
        SubMonitor progress = SubMonitor.convert(monitor, Messages.checkingForUpdates, 100);
        IProfile profile = installation.requireProfile();
        repositories.load(sites, allowHttp, progress.split(30));
        IPlanner planner = installation.service(IPlanner.class);
        ProvisioningContext provisioningContext = provisioningContext(sites);
        IProfileChangeRequest request = planner.createChangeRequest(profile);
        List<IInstallableUnit> roots = profile.query(new UserVisibleRootQuery(), null).toUnmodifiableSet().stream()
                .toList();
        SubMonitor lookups = SubMonitor.convert(progress.split(30), roots.size());
        boolean any = false;
        for (IInstallableUnit root : roots) {
            Optional<IInstallableUnit> newest = planner.updatesFor(root, provisioningContext, lookups.split(1)).stream()
                    .filter(u -> u.getVersion().compareTo(root.getVersion()) > 0)
                    .max(Comparator.comparing(IInstallableUnit::getVersion));
            if (newest.isPresent()) {
                any = true;
                request.remove(root);
                request.add(newest.get());
                // The new version stays a root, a plugin stays a plugin, and a strictly included one stays strict.
                profile.getInstallableUnitProperties(root)
                        .forEach((key, value) -> request.setInstallableUnitProfileProperty(newest.get(), key, value));
                request.setInstallableUnitInclusionRules(newest.get(),
                        ProfileInclusionRules.createStrictInclusionRule(newest.get()));
            }
        }
        if (!any) {
            return new Plan(installation.service(IEngine.class),
                    installation.service(IEngine.class).createPlan(profile, provisioningContext), List.of(),
                    (p, m) -> List.of(), () -> {
                    });
        }
        return plan(profile, request, sites, progress.split(40));
    }

    @Override
    public boolean applyWithoutRestart() {
        ServiceReference<?> reference = context.getServiceReference(CONFIGURATOR);
        if (reference == null) {
            return false;
        }
        Object configurator = context.getService(reference);
        try {
            configurator.getClass().getMethod("applyConfiguration").invoke(configurator); //$NON-NLS-1$
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            ILog.of(getClass()).log(Status.warning(Messages.applyWithoutRestartFailed, e));
            return false;
        } finally {
            context.ungetService(reference);
        }
    }

    private Plan plan(IProfile profile, IProfileChangeRequest request, List<URI> sites, IProgressMonitor monitor)
            throws LauncherException {
        IPlanner planner = installation.service(IPlanner.class);
        IProvisioningPlan plan = planner.getProvisioningPlan(request, provisioningContext(sites), monitor);
        if (plan.getStatus().getSeverity() == IStatus.ERROR || plan.getStatus().getSeverity() == IStatus.CANCEL) {
            throw new LauncherException(ErrorCode.FAILED,
                    NLS.bind(Messages.cannotResolve, Statuses.describe(plan.getStatus())));
        }
        return new Plan(installation.service(IEngine.class), plan, changes(plan, profile),
                (p, m) -> untrusted(p, profile, sites, m), () -> discardDownloads(profile));
    }

    private ProvisioningContext provisioningContext(List<URI> sites) throws LauncherException {
        ProvisioningContext provisioningContext = new ProvisioningContext(installation.requireAgent());
        provisioningContext.setMetadataRepositories(sites.toArray(URI[]::new));
        provisioningContext.setArtifactRepositories(sites.toArray(URI[]::new));
        provisioningContext.setProperty(ProvisioningContext.FOLLOW_REPOSITORY_REFERENCES, Boolean.FALSE.toString());
        return provisioningContext;
    }

    /** Deletes what a plan downloaded but did not install: nothing in the profile uses it, nothing runs it. */
    private void discardDownloads(IProfile profile) {
        installation.agent().ifPresent(agent -> Cleanup.collect(agent, profile));
    }

    private static List<Change> changes(IProvisioningPlan plan, IProfile profile) {
        Map<String, IInstallableUnit> added = new HashMap<>();
        plan.getAdditions().query(QueryUtil.createIUGroupQuery(), null).forEach(iu -> added.put(iu.getId(), iu));
        List<Change> changes = new ArrayList<>();
        Set<IInstallableUnit> removed = plan.getRemovals().query(QueryUtil.createIUGroupQuery(), null)
                .toUnmodifiableSet();
        for (IInstallableUnit old : removed) {
            IInstallableUnit replacement = added.remove(old.getId());
            changes.add(new Change(featureId(old), name(replacement == null ? old : replacement),
                    old.getVersion().toString(), replacement == null ? "" : replacement.getVersion().toString())); //$NON-NLS-1$
        }
        for (IInstallableUnit iu : added.values()) {
            changes.add(new Change(featureId(iu), name(iu), "", iu.getVersion().toString())); //$NON-NLS-1$
        }
        changes.sort(Comparator.comparing(Change::id));
        return changes;
    }

    private List<UntrustedContent> untrusted(IProvisioningPlan plan, IProfile profile, List<URI> sites,
            IProgressMonitor monitor) throws LauncherException {
        IArtifactRepositoryManager manager = installation.service(IArtifactRepositoryManager.class);
        List<IArtifactRepository> sources = new ArrayList<>();
        for (URI site : sites) {
            try {
                sources.add(manager.loadRepository(site, null));
            } catch (ProvisionException e) {
                throw new LauncherException(ErrorCode.UNAVAILABLE, Repositories.explain(site, e), e);
            }
        }
        IFileArtifactRepository pool = null;
        String cache = profile.getProperty(IProfile.PROP_CACHE);
        if (cache != null) {
            try {
                if (manager.loadRepository(new File(cache).toURI(), null) instanceof IFileArtifactRepository files) {
                    pool = files;
                }
            } catch (ProvisionException e) {
                // no bundle pool to read: every new artifact counts as unsigned
            }
        }
        ServiceReference<SignedContentFactory> reference = context.getServiceReference(SignedContentFactory.class);
        SignedContentFactory signatures = reference == null ? null : context.getService(reference);
        try {
            return new TrustCheck(signatures, pool, sources, TrustedCertificates.read(settings)).check(plan, monitor);
        } finally {
            if (reference != null) {
                context.ungetService(reference);
            }
        }
    }

    private static boolean isPlugin(IProfile profile, IInstallableUnit iu) {
        return Boolean.parseBoolean(profile.getInstallableUnitProperty(iu, PLUGIN));
    }

    private static String groupId(String featureId) {
        return featureId.endsWith(GROUP_SUFFIX) ? featureId : featureId + GROUP_SUFFIX;
    }

    static String featureId(IInstallableUnit iu) {
        return featureId(iu.getId());
    }

    static String featureId(String id) {
        return id.endsWith(GROUP_SUFFIX) ? id.substring(0, id.length() - GROUP_SUFFIX.length()) : id;
    }

    private static String name(IInstallableUnit iu) {
        String name = iu.getProperty(IInstallableUnit.PROP_NAME, Locale.getDefault().toString());
        return name == null || name.isBlank() ? featureId(iu) : name;
    }

    private static String property(IInstallableUnit iu, String key) {
        String value = iu.getProperty(key, Locale.getDefault().toString());
        return value == null ? "" : value.strip(); //$NON-NLS-1$
    }
}
