package mai.launcher.ui.terminal.internal;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.tm.internal.terminal.control.ITerminalListener;
import org.eclipse.tm.internal.terminal.control.ITerminalViewControl;
import org.eclipse.tm.internal.terminal.control.TerminalViewControlFactory;
import org.eclipse.tm.internal.terminal.provisional.api.ITerminalConnector;
import org.eclipse.tm.internal.terminal.provisional.api.TerminalState;
import org.eclipse.tm.internal.terminal.textcanvas.TextCanvas;

import mai.launcher.deployment.api.Component;
import mai.launcher.deployment.api.ComponentState;
import mai.launcher.deployment.api.ComponentStatus;
import mai.launcher.deployment.api.Console;

/**
 * One tab of the Terminal view: the console of one component of one instance in an Eclipse Terminal control. It
 * stays open across stops and starts: a new run of the component reconnects it, a stop leaves the output and says
 * so. All methods run on the UI thread.
 */
public final class TerminalTab {

    private static final int LINE_LIMIT = 5000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss"); //$NON-NLS-1$

    private final String instanceId;
    private final Component component;
    private final CTabItem item;
    private final ITerminalViewControl terminal;
    private String instanceName;
    private ConsoleConnector connector;
    private Charset chosenCharset;
    private ComponentState lastState;

    TerminalTab(CTabFolder folder, String instanceId, String instanceName, Component component) {
        this.instanceId = instanceId;
        this.instanceName = instanceName;
        this.component = component;
        Composite body = new Composite(folder, SWT.NONE);
        body.setLayout(new FillLayout());
        terminal = TerminalViewControlFactory.makeControl(new Listener(), body, new ITerminalConnector[0]);
        terminal.setBufferLineLimit(LINE_LIMIT);
        terminal.getControl().setMenu(contextMenu());
        item = new CTabItem(folder, SWT.CLOSE);
        item.setControl(body);
        item.setData(this);
        item.addDisposeListener(e -> dispose());
        updateTitle(null);
    }

    private Menu contextMenu() {
        Menu menu = new Menu(terminal.getControl());
        MenuItem copy = item(menu, Messages.menuCopy, this::copy);
        MenuItem paste = item(menu, Messages.menuPaste, terminal::paste);
        item(menu, Messages.menuSelectAll, terminal::selectAll);
        new MenuItem(menu, SWT.SEPARATOR);
        item(menu, Messages.actionClear, this::clear);
        menu.addListener(SWT.Show, e -> {
            copy.setEnabled(!terminal.getSelection().isEmpty());
            paste.setEnabled(interactive());
        });
        return menu;
    }

    private static MenuItem item(Menu menu, String text, Runnable action) {
        MenuItem item = new MenuItem(menu, SWT.PUSH);
        item.setText(text);
        item.addListener(SWT.Selection, e -> action.run());
        return item;
    }

    /**
     * Shows the component's console and state: connects to a new run, notes a stop.
     *
     * @param console its console now, empty when it does not run in a way this launcher can show
     * @param status  its status now
     */
    void show(Optional<Console> console, ComponentStatus status) {
        boolean live = status.state() == ComponentState.STARTING || status.state() == ComponentState.RUNNING
                || status.state() == ComponentState.STOPPING;
        if (console.isPresent() && (connector == null || live && !console.get().equals(connector.console()))) {
            boolean afterRun = connector != null && connector.interactive();
            if (connector != null && !afterRun) {
                terminal.clearTerminal(); // a log's tail or a placeholder: the new console replays its history
            }
            connect(console.get());
            if (afterRun) {
                connector.note(NLS.bind(Messages.newRun, LocalTime.now().format(TIME)));
            }
        } else if (console.isEmpty() && connector == null) {
            connect(new Placeholder(NLS.bind(Messages.notRunning, component.label())));
        } else if (!live && lastState != null && lastState != status.state()) {
            connector.note(stateLine(status));
        }
        lastState = status.state();
        updateTitle(status);
    }

    private void connect(Console console) {
        if (connector != null) {
            terminal.disconnectTerminal();
        }
        connector = new ConsoleConnector(console, name(), chosenCharset != null ? chosenCharset : console.charset());
        terminal.setConnector(connector.wrapped());
        terminal.setCharset(StandardCharsets.UTF_8);
        terminal.connectTerminal();
    }

    private static String stateLine(ComponentStatus status) {
        String exit = status.exitCode().isPresent() ? NLS.bind(Messages.exitCode, status.exitCode().getAsInt()) : ""; //$NON-NLS-1$
        return NLS.bind(Messages.stateLine, new Object[] { LocalTime.now().format(TIME), label(status.state()), exit,
                status.detail().orElse("") }).strip(); //$NON-NLS-1$
    }

    private void updateTitle(ComponentStatus status) {
        if (item.isDisposed()) {
            return;
        }
        String suffix = status == null ? "" : " (" + label(status.state()) + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        if (connector != null && !connector.interactive() && status != null
                && status.state() == ComponentState.RUNNING) {
            suffix = " (" + Messages.readOnly + ")"; //$NON-NLS-1$ //$NON-NLS-2$
        }
        item.setText(name() + suffix);
        item.setToolTipText(status == null ? name() : stateLine(status));
    }

    static String label(ComponentState state) {
        return switch (state) {
            case STARTING -> Messages.stateStarting;
            case RUNNING -> Messages.stateRunning;
            case STOPPING -> Messages.stateStopping;
            case STOPPED -> Messages.stateStopped;
            case FAILED -> Messages.stateFailed;
        };
    }

    /** @return the instance's and the component's name */
    String name() {
        return instanceName + " \u00b7 " + component.label(); //$NON-NLS-1$
    }

    /** @param name the instance's name now */
    void rename(String name) {
        instanceName = name;
        updateTitle(null);
    }

    /** @return the instance */
    public String instanceId() {
        return instanceId;
    }

    /** @return the component */
    public Component component() {
        return component;
    }

    /** @return the tab */
    public CTabItem item() {
        return item;
    }

    /** Clears the screen and the scroll-back. */
    public void clear() {
        terminal.clearTerminal();
    }

    /** Copies the selected text to the clipboard, as the component wrote it. */
    public void copy() {
        String selection = Transcoder.unpad(terminal.getSelection());
        if (!selection.isEmpty()) {
            terminal.getClipboard().setContents(new Object[] { selection },
                    new Transfer[] { TextTransfer.getInstance() });
        }
    }

    /** Pastes the clipboard's text into the component's input, if it reads any. */
    public void paste() {
        if (interactive()) {
            terminal.paste();
        }
    }

    /** @return the terminal control, for the view's actions */
    ITerminalViewControl terminal() {
        return terminal;
    }

    /** @return whether it shows a running component's console that reads what is typed */
    public boolean interactive() {
        return connector != null && connector.interactive() && lastState == ComponentState.RUNNING;
    }

    /**
     * Sends text as if typed.
     *
     * @param text the text
     */
    public void type(String text) {
        terminal.pasteString(text);
    }

    /** @return the text the terminal shows, scroll-back included */
    public String text() {
        return Transcoder.unpad(((TextCanvas) terminal.getControl()).getAllText());
    }

    /** @param charset how the component's bytes are read (and what is typed written): UTF-8, or GBK */
    public void setCharset(Charset charset) {
        chosenCharset = charset;
        if (connector != null) {
            connector.setCharset(charset);
        }
    }

    /** @return how the bytes are read */
    public Charset charset() {
        return chosenCharset != null ? chosenCharset
                : connector != null ? connector.console().charset() : StandardCharsets.UTF_8;
    }

    private void dispose() {
        if (!terminal.isDisposed()) {
            terminal.disconnectTerminal();
            terminal.disposeTerminal();
        }
    }

    /** The control's state is ours to show in the title; titles set by escape sequences are ignored. */
    private static final class Listener implements ITerminalListener {
        @Override
        public void setState(TerminalState state) {
            // the component's state is shown instead
        }

        @Override
        public void setTerminalTitle(String title) {
            // the tab keeps the component's name
        }
    }
}
