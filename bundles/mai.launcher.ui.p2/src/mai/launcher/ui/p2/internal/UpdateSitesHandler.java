package mai.launcher.ui.p2.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.handlers.HandlerUtil;

/** Help &gt; Update Sites...: the preference page of the update sites. */
public final class UpdateSitesHandler extends AbstractHandler {

    static final String PAGE = "mai.launcher.ui.p2.sites"; //$NON-NLS-1$

    @Override
    public Object execute(ExecutionEvent event) {
        PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(HandlerUtil.getActiveShell(event), PAGE,
                new String[] { PAGE }, null);
        if (dialog.getShell() != null) { // created by PreferencesUtil
            dialog.getShell().setText(Messages.sitesTitle); // not "Preferences (Filtered)"
        }
        dialog.open();
        return null;
    }
}
