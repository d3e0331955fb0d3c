package mai.launcher.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import mai.launcher.ui.internal.views.InstanceDetailsView;
import mai.launcher.ui.internal.views.InstancesView;

/**
 * Instances on the left, the selected instance's details on the right, config editors between them when open;
 * terminals and progress below, full width.
 */
public final class LauncherPerspective implements IPerspectiveFactory {

    /** The perspective's id. */
    public static final String ID = "mai.launcher.ui.perspective"; //$NON-NLS-1$
    /** The workbench's Progress view. */
    public static final String PROGRESS_VIEW = "org.eclipse.ui.views.ProgressView"; //$NON-NLS-1$

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(false);
        String editorArea = layout.getEditorArea();
        IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.5f, editorArea); //$NON-NLS-1$
        bottom.addView(PROGRESS_VIEW);
        layout.addView(InstancesView.ID, IPageLayout.LEFT, 0.45f, editorArea);
        // Config editors open between the instances and the details, which keep a narrow column then.
        IFolderLayout right = layout.createFolder("right", IPageLayout.RIGHT, 0.62f, editorArea); //$NON-NLS-1$
        right.addView(InstanceDetailsView.ID);
        layout.addShowViewShortcut(InstancesView.ID);
        layout.addShowViewShortcut(InstanceDetailsView.ID);
        layout.addShowViewShortcut(PROGRESS_VIEW);
    }
}
