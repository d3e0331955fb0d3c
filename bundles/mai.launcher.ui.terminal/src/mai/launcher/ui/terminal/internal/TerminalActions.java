package mai.launcher.ui.terminal.internal;

import java.net.MalformedURLException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;

import mai.launcher.core.LauncherException;
import mai.launcher.core.deployment.InstanceRuntime;
import mai.launcher.ui.LauncherJobs;

/**
 * The tool bar at the tabs' top right, acting on the tab in front: start, stop or restart its component; copy,
 * clear, scroll lock; the encoding its output is read in.
 */
final class TerminalActions {

    /** The encodings offered: what MaiBot writes, and what Chinese Windows consoles write. */
    static final List<Charset> ENCODINGS = List.of(StandardCharsets.UTF_8, Charset.forName("GBK")); //$NON-NLS-1$

    private final InstanceRuntime runtime;
    private final ResourceManager resources;
    private final ToolBar bar;
    private final ToolItem start;
    private final ToolItem stop;
    private final ToolItem restart;
    private final ToolItem copy;
    private final ToolItem clear;
    private final ToolItem scrollLock;
    private final ToolItem encoding;
    private Optional<TerminalTab> tab = Optional.empty();

    TerminalActions(CTabFolder folder, ResourceManager resources, InstanceRuntime runtime) {
        this.runtime = runtime;
        this.resources = resources;
        bar = new ToolBar(folder, SWT.FLAT | SWT.RIGHT);
        start = button("platform:/plugin/mai.launcher.ui/icons/start.png", Messages.actionStart, //$NON-NLS-1$
                () -> run(Messages.jobStart, (r, t, m) -> r.start(t.instanceId(), Optional.of(t.component().id()), m)));
        stop = button("platform:/plugin/mai.launcher.ui/icons/stop.png", Messages.actionStop, //$NON-NLS-1$
                () -> run(Messages.jobStop, (r, t, m) -> r.stop(t.instanceId(), Optional.of(t.component().id()), m)));
        restart = button("platform:/plugin/mai.launcher.ui/icons/restart.png", Messages.actionRestart, //$NON-NLS-1$
                () -> run(Messages.jobRestart,
                        (r, t, m) -> r.restart(t.instanceId(), Optional.of(t.component().id()), m)));
        new ToolItem(bar, SWT.SEPARATOR);
        copy = button("platform:/plugin/org.eclipse.ui/icons/full/etool16/copy_edit.png", Messages.actionCopy, //$NON-NLS-1$
                () -> tab.ifPresent(TerminalTab::copy));
        clear = button("platform:/plugin/org.eclipse.ui/icons/full/etool16/clear.png", Messages.actionClear, //$NON-NLS-1$
                () -> tab.ifPresent(TerminalTab::clear));
        scrollLock = new ToolItem(bar, SWT.CHECK);
        scrollLock.setImage(image("platform:/plugin/mai.launcher.ui.terminal/icons/scrolllock.png")); //$NON-NLS-1$
        scrollLock.setToolTipText(Messages.actionScrollLock);
        scrollLock.addListener(SWT.Selection,
                e -> tab.ifPresent(t -> t.terminal().setScrollLock(scrollLock.getSelection())));
        encoding = new ToolItem(bar, SWT.DROP_DOWN);
        encoding.setText(StandardCharsets.UTF_8.name());
        encoding.setToolTipText(Messages.actionEncoding);
        encoding.addListener(SWT.Selection, e -> showEncodings());
        folder.setTopRight(bar, SWT.RIGHT);
        update(Optional.empty());
    }

    private ToolItem button(String icon, String tip, Runnable action) {
        ToolItem item = new ToolItem(bar, SWT.PUSH);
        item.setImage(image(icon));
        item.setToolTipText(tip);
        item.addListener(SWT.Selection, e -> action.run());
        return item;
    }

    private Image image(String url) {
        try {
            return resources.create(ImageDescriptor.createFromURL(URI.create(url).toURL()));
        } catch (MalformedURLException e) {
            return null;
        }
    }

    private void showEncodings() {
        Menu menu = new Menu(bar);
        for (Charset charset : ENCODINGS) {
            MenuItem item = new MenuItem(menu, SWT.RADIO);
            item.setText(charset.name());
            item.setSelection(tab.map(t -> t.charset().equals(charset)).orElse(false));
            item.addListener(SWT.Selection, e -> {
                tab.ifPresent(t -> t.setCharset(charset));
                update(tab);
            });
        }
        Rectangle bounds = encoding.getBounds();
        Point at = bar.toDisplay(bounds.x, bounds.y + bounds.height);
        menu.setLocation(at);
        menu.setVisible(true);
    }

    /** @param front the tab in front now */
    void update(Optional<TerminalTab> front) {
        tab = front;
        boolean present = front.isPresent();
        for (ToolItem item : List.of(start, stop, restart, copy, clear, scrollLock, encoding)) {
            item.setEnabled(present);
        }
        scrollLock.setSelection(present && front.get().terminal().isScrollLock());
        encoding.setText(front.map(t -> t.charset().name()).orElse(StandardCharsets.UTF_8.name()));
        bar.getParent().layout(true);
    }

    @FunctionalInterface
    private interface ComponentWork {
        void run(InstanceRuntime runtime, TerminalTab tab, IProgressMonitor monitor) throws LauncherException;
    }

    private void run(String title, ComponentWork work) {
        tab.ifPresent(t -> LauncherJobs.schedule(NLS.bind(title, t.name()),
                monitor -> work.run(runtime, t, monitor)));
    }
}
