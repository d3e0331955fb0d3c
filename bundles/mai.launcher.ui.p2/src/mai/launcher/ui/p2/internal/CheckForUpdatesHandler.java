package mai.launcher.ui.p2.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

import mai.launcher.core.p2.UpdateSites;

/** Help &gt; Check for Updates: every installed feature against the enabled update sites. */
public final class CheckForUpdatesHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        P2Ui.change(HandlerUtil.getActiveShell(event), Messages.checkTitle, (provisioning, settings,
                monitor) -> provisioning.planUpdate(UpdateSites.enabled(settings), UpdateSites.allowHttp(settings),
                        monitor),
                false);
        return null;
    }
}
