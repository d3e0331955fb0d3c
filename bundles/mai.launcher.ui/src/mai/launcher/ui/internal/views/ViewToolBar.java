package mai.launcher.ui.internal.views;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuFactory;
import org.eclipse.e4.ui.model.application.ui.menu.MToolBar;

/**
 * Gives an e4view a tool bar. An e4view is a plain e4 part: it has no tool bar in the model until one is added, and
 * the {@code toolbar:<view id>} contributions of plugin.xml are rendered only into a tool bar with the view's id.
 */
final class ViewToolBar {

    private ViewToolBar() {
    }

    static void attach(MPart part, String viewId) {
        if (part.getToolbar() == null) {
            MToolBar toolBar = MMenuFactory.INSTANCE.createToolBar();
            toolBar.setElementId(viewId);
            part.setToolbar(toolBar);
        }
    }
}
