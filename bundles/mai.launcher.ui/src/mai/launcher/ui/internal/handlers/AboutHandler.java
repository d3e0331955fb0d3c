package mai.launcher.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

import mai.launcher.core.LauncherPaths;
import mai.launcher.ui.internal.Services;
import mai.launcher.ui.internal.dialogs.AboutDialog;

/** Help &gt; About MAI Launcher. */
public final class AboutHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        new AboutDialog(HandlerUtil.getActiveShell(event), Services.get(LauncherPaths.class)).open();
        return null;
    }
}
