package mai.launcher.core.local.internal.steps;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import mai.launcher.core.local.internal.Layout;
import mai.launcher.core.local.internal.LocalSettings;
import mai.launcher.core.local.internal.Messages;
import mai.launcher.core.local.internal.git.GitRepositories;
import mai.launcher.core.local.internal.git.MirrorUrls;
import mai.launcher.deployment.api.DeployContext;
import mai.launcher.deployment.api.DeployException;
import mai.launcher.deployment.api.DeployStep;

/** Clones MaiBot (or the 0.x adapter) at the chosen version, or updates the clone already there. */
public final class CloneStep implements DeployStep {

    /** Which repository a clone step is for. */
    public enum Target {
        /** MaiBot itself. */
        MAIBOT("repository", "ref", LocalSettings.MAIBOT_REPOSITORY, Layout::maibot), //$NON-NLS-1$ //$NON-NLS-2$
        /** The standalone adapter of MaiBot 0.x. */
        ADAPTER("adapter-repository", "adapter-ref", LocalSettings.ADAPTER_REPOSITORY, Layout::adapter); //$NON-NLS-1$ //$NON-NLS-2$

        final String repositoryOption;
        final String refOption;
        final String setting;
        final Function<Layout, Path> folder;

        Target(String repositoryOption, String refOption, String setting, Function<Layout, Path> folder) {
            this.repositoryOption = repositoryOption;
            this.refOption = refOption;
            this.setting = setting;
            this.folder = folder;
        }
    }

    private final Layout layout;
    private final Target target;

    /**
     * @param layout the instance's folders
     * @param target which repository
     */
    public CloneStep(Layout layout, Target target) {
        this.layout = layout;
        this.target = target;
    }

    @Override
    public String id() {
        return target == Target.MAIBOT ? "clone" : "clone-adapter"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Override
    public String label(Locale locale) {
        return target == Target.MAIBOT ? Messages.stepClone : Messages.stepCloneAdapter;
    }

    @Override
    public int weight() {
        return 30;
    }

    @Override
    public void run(DeployContext context, IProgressMonitor monitor) throws DeployException {
        if (target == Target.ADAPTER && !layout.isGeneration0()) {
            context.info(Messages.adapterNotNeeded);
            return;
        }
        String repository = context.request().option(target.repositoryOption)
                .or(() -> context.setting(target.setting)).orElseThrow(() -> new DeployException(
                        NLS.bind(Messages.noRepository, target.setting)));
        String url = MirrorUrls.apply(repository, context.setting(LocalSettings.GITHUB_MIRROR).orElse("")); //$NON-NLS-1$
        if (!url.equals(repository)) {
            context.info(NLS.bind(Messages.gitThroughMirror, url));
        }
        String ref = context.request().option(target.refOption).orElse("latest"); //$NON-NLS-1$
        SubMonitor progress = SubMonitor.convert(monitor, 10);
        GitRepositories.Resolved resolved = GitRepositories.resolve(url, ref);
        progress.worked(1);
        boolean shallow = !"false".equals(context.setting(LocalSettings.SHALLOW).orElse("true")); //$NON-NLS-1$ //$NON-NLS-2$
        GitRepositories.Checkout checkout = GitRepositories.cloneOrUpdate(url, resolved, target.folder.apply(layout),
                shallow, context::info, progress.split(9));
        String prefix = target == Target.MAIBOT ? "" : "adapter-"; //$NON-NLS-1$ //$NON-NLS-2$
        context.remember(target.repositoryOption, repository);
        context.remember(prefix + "version", checkout.ref()); //$NON-NLS-1$
        context.remember(prefix + "commit", checkout.commit()); //$NON-NLS-1$
        if (target == Target.MAIBOT) {
            context.remember("generation", layout.isGeneration0() ? "0" : "1"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
    }
}
