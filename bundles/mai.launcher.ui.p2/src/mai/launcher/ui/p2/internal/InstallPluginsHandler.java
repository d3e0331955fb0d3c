package mai.launcher.ui.p2.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

import mai.launcher.core.p2.UpdateSites;

/** Help &gt; Install Plugins...: choose a feature of a repository, then see and apply the plan. */
public final class InstallPluginsHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        InstallPluginsDialog dialog = new InstallPluginsDialog(shell);
        if (dialog.open() == Window.OK && dialog.chosen() != null) {
            P2Ui.change(shell, Messages.installTitle, (provisioning, settings, monitor) -> provisioning.planInstall(
                    dialog.repository(), dialog.chosen().id(), UpdateSites.allowHttp(settings), monitor), true);
        }
        return null;
    }
}
