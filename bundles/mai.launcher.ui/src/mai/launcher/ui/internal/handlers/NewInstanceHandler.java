package mai.launcher.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.handlers.HandlerUtil;

import mai.launcher.ui.internal.wizards.NewInstanceWizard;

/** File &gt; New Instance: the wizard, which creates the instance and deploys it in the background. */
public final class NewInstanceHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        WizardDialog dialog = new WizardDialog(HandlerUtil.getActiveShell(event),
                new NewInstanceWizard(Selections.instances(event)));
        dialog.open();
        return null;
    }
}
