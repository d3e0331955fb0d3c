package mai.launcher.ui.config.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/** Compare with Previous Version: the history of the file in the active config editor. */
public final class HistoryHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        if (HandlerUtil.getActiveEditor(event) instanceof ConfigEditor editor) {
            editor.showHistory();
        }
        return null;
    }
}
