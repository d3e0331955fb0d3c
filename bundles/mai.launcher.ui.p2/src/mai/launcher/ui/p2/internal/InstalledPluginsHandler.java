package mai.launcher.ui.p2.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/** Help &gt; Installed Plugins: the installed features; a plugin chosen there is uninstalled. */
public final class InstalledPluginsHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        InstalledPluginsDialog dialog = new InstalledPluginsDialog(shell);
        if (dialog.open() == Window.OK && dialog.toUninstall() != null) {
            String id = dialog.toUninstall().id();
            P2Ui.change(shell, Messages.uninstallTitle,
                    (provisioning, settings, monitor) -> provisioning.planUninstall(id, monitor), true);
        }
        return null;
    }
}
