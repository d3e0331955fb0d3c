package mai.launcher.core.p2.internal;

import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import mai.launcher.core.p2.UpdateSites;
import mai.launcher.core.storage.SettingDefinition;
import mai.launcher.core.storage.SettingDefinition.Kind;
import mai.launcher.core.storage.SettingsContribution;

/** The settings of plugins and updates: the update sites and whether plain http is allowed. */
@Component(service = SettingsContribution.class)
public final class UpdateSettings implements SettingsContribution {

    private final String ownSite;

    /** @param context the bundle's context, whose framework properties hold the product's own update site */
    @Activate
    public UpdateSettings(BundleContext context) {
        String site = context.getProperty(UpdateSites.SITE_PROPERTY);
        this.ownSite = site == null ? "" : site.strip(); //$NON-NLS-1$
    }

    @Override
    public List<SettingDefinition> settings() {
        return List.of(
                new SettingDefinition(UpdateSites.SITE, () -> Messages.settingSite,
                        ownSite, Kind.URL),
                new SettingDefinition(UpdateSites.SITES, () -> Messages.settingSites, "", Kind.TEXT), //$NON-NLS-1$
                new SettingDefinition(UpdateSites.ALLOW_HTTP, () -> Messages.settingAllowHttp, "false", Kind.BOOLEAN), //$NON-NLS-1$
                new SettingDefinition(UpdateSites.TRUSTED_CERTIFICATES, () -> Messages.settingTrustedCertificates, "", //$NON-NLS-1$
                        Kind.TEXT));
    }
}
