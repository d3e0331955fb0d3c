package mai.launcher.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import mai.launcher.core.instance.InstanceRegistry;
import mai.launcher.core.instance.InstanceSpec;
import mai.launcher.tests.support.DataFolderFixture;
import mai.launcher.ui.internal.Commands;
import mai.launcher.ui.internal.views.InstancesView;

/** The workbench started with {@code -nl zh_CN} speaks Simplified Chinese. */
class ChineseWorkbenchTest {

    private final WorkbenchRobot robot = new WorkbenchRobot();

    @Test
    void viewsMenusAndEmptyStateAreInChinese() throws Exception {
        InstanceRegistry registry = DataFolderFixture.service(InstanceRegistry.class);
        registry.list().forEach(i -> {
            try {
                registry.delete(i.id(), true, null);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        InstancesView view = robot.view(InstancesView.ID, InstancesView.class);
        robot.waitUntil("the empty state", view::showsEmptyState);
        String title = robot.ui(() -> {
            for (IViewReference reference : PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
                    .getViewReferences()) {
                if (reference.getId().equals(InstancesView.ID)) {
                    return reference.getPartName();
                }
            }
            return null;
        });
        assertEquals("实例", title);
        String menu = robot.ui(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getMenuBar()
                .getItem(0).getText());
        assertEquals("文件(&F)", menu);
        boolean chineseLink = robot.ui(() -> robot
                .find(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), Link.class,
                        l -> l.getText().contains("创建一个"))
                .size() == 1);
        assertTrue(chineseLink, "the empty state's link");
        assertTrue(robot.ui(() -> robot.find(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
                org.eclipse.swt.widgets.Label.class, l -> l.getText().equals("当前没有要显示的操作。")).size() == 1),
                "the Progress view's empty text, from our translation fragment");
        assertEquals("取消", org.eclipse.jface.dialogs.IDialogConstants.CANCEL_LABEL);
        robot.screenshot("zh-01-instances-empty");

        registry.create(InstanceSpec.named("麦麦"));
        robot.waitUntil("a row", () -> view.viewer().getTable().getItemCount() == 1);
        assertEquals("待部署", robot.ui(() -> view.viewer().getTable().getItem(0).getText(2)));
        assertEquals("名称", robot.ui(() -> view.viewer().getTable().getColumn(0).getText()));
        robot.screenshot("zh-02-instances");

        // The wizard speaks Chinese too, down to JFace's buttons (our translation fragment).
        robot.uiLater(() -> Commands.execute(Commands.NEW_INSTANCE));
        Shell wizard = robot.awaitShell("新建实例");
        robot.uiRun(() -> robot.find(wizard, Text.class, t -> true).get(0).setText("麦麦二号"));
        robot.press(wizard, "下一步(N) >");
        robot.waitUntil("the mode page", () -> robot.enabled(wizard, "下一步(N) >"));
        robot.screenshot("zh-03-wizard-mode");
        robot.pressAndClose(wizard, "取消");
    }
}
