package mai.launcher.ui.terminal.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Ctrl+Shift+C and Ctrl+Shift+V in a terminal (Ctrl+C and Ctrl+V go to the component, as in any terminal): the
 * Terminal control binds its copy and paste commands; these handlers carry them out on the tab in front.
 */
public abstract class TerminalEditHandler extends AbstractHandler {

    /** Copies the selection. */
    public static final class Copy extends TerminalEditHandler {
        @Override
        void run(TerminalTab tab) {
            tab.copy();
        }
    }

    /** Pastes into the component's input. */
    public static final class Paste extends TerminalEditHandler {
        @Override
        void run(TerminalTab tab) {
            tab.paste();
        }
    }

    abstract void run(TerminalTab tab);

    @Override
    public final Object execute(ExecutionEvent event) {
        TerminalView view = Adapters.adapt(HandlerUtil.getActivePart(event), TerminalView.class);
        if (view != null) {
            view.selected().ifPresent(this::run);
        }
        return null;
    }
}
