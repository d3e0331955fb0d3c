package mai.launcher.ui.docker.internal;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;

import mai.launcher.core.docker.ContainerInfo;
import mai.launcher.core.docker.DockerEngine;
import mai.launcher.core.docker.NapcatLogin;
import mai.launcher.core.docker.NapcatLogin.QrCode;
import mai.launcher.ui.LauncherJobs;

/**
 * NapCat's login, read from its container's log: the WebUI address with its token, and the QR code to scan with the
 * phone's QQ, drawn as an image; "logged in" once NapCat says so.
 */
public final class NapcatPanel {

    private static final int MODULE = 4;

    private final DockerEngine engine;
    private final UISynchronize ui;
    private final Group group;
    private final Label status;
    private final Link webui;
    private final Button copy;
    private final Canvas qr;
    private final AtomicBoolean updatePending = new AtomicBoolean();
    private String containerId;
    private int hostPort;
    private AutoCloseable stream;
    private volatile NapcatLogin login = new NapcatLogin();

    NapcatPanel(Composite parent, DockerEngine engine, UISynchronize ui) {
        this.engine = engine;
        this.ui = ui;
        group = new Group(parent, SWT.NONE);
        group.setText(Messages.napcatTitle);
        GridLayoutFactory.swtDefaults().numColumns(2).spacing(12, 6).applyTo(group);
        qr = new Canvas(group, SWT.DOUBLE_BUFFERED);
        Composite text = new Composite(group, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.BEGINNING).applyTo(text);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(8, 6).applyTo(text);
        status = new Label(text, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(150, SWT.DEFAULT).applyTo(status);
        webui = new Link(text, SWT.WRAP);
        webui.addListener(SWT.Selection, e -> Program.launch(e.text));
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(150, SWT.DEFAULT).applyTo(webui);
        copy = new Button(text, SWT.PUSH);
        copy.setText(Messages.copyToken);
        copy.addListener(SWT.Selection, e -> copyToken());
        qr.addPaintListener(e -> {
            Optional<QrCode> code = login.qr();
            if (code.isEmpty()) {
                return;
            }
            int size = code.get().size();
            e.gc.setBackground(e.display.getSystemColor(SWT.COLOR_WHITE));
            e.gc.fillRectangle(0, 0, (size + 2) * MODULE, (size + 2) * MODULE);
            e.gc.setBackground(e.display.getSystemColor(SWT.COLOR_BLACK));
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    if (code.get().isDark(x, y)) {
                        e.gc.fillRectangle((x + 1) * MODULE, (y + 1) * MODULE, MODULE, MODULE);
                    }
                }
            }
        });
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).hint(0, 0).applyTo(qr);
        update();
    }

    /**
     * Follows NapCat's log (or stops following).
     *
     * @param container NapCat's running container, {@code null} for none
     * @param port      the host port of NapCat's WebUI
     */
    void follow(ContainerInfo container, int port) {
        String id = container == null ? null : container.id();
        if (java.util.Objects.equals(id, containerId) && port == hostPort) {
            return;
        }
        close();
        containerId = id;
        hostPort = port;
        login = new NapcatLogin();
        update();
        if (id == null) {
            return;
        }
        NapcatLogin reading = login;
        LineSplitter lines = new LineSplitter(line -> {
            if (reading.accept(line)) {
                changed();
            }
        });
        Job job = LauncherJobs.create(Messages.jobNapcat, monitor -> {
            AutoCloseable opened = engine.logs(id, 5000, chunk -> lines.accept(chunk.bytes()));
            ui.asyncExec(() -> {
                if (id.equals(containerId) && stream == null) {
                    stream = opened;
                } else {
                    Streams.close(opened);
                }
            });
        });
        job.setSystem(true);
        job.schedule();
    }

    /** Redraws at most every 200 ms however fast the log comes. */
    private void changed() {
        if (updatePending.compareAndSet(false, true)) {
            ui.asyncExec(() -> group.getDisplay().timerExec(200, () -> {
                updatePending.set(false);
                update();
            }));
        }
    }

    private void update() {
        if (group.isDisposed()) {
            return;
        }
        NapcatLogin now = login;
        if (containerId == null) {
            status.setText(Messages.napcatNotRunning);
        } else if (now.loggedIn()) {
            status.setText(Messages.napcatLoggedIn);
        } else if (now.qr().isPresent()) {
            status.setText(Messages.napcatScan);
        } else {
            status.setText(Messages.napcatWaiting);
        }
        Optional<String> token = now.token();
        String url = token.map(t -> "http://127.0.0.1:" + hostPort + "/webui?token=" + t).orElse(null); //$NON-NLS-1$ //$NON-NLS-2$
        webui.setText(url == null ? Messages.napcatNoToken : NLS.bind(Messages.napcatWebui, url));
        copy.setEnabled(token.isPresent());
        int side = now.qr().map(q -> (q.size() + 2) * MODULE).orElse(0);
        ((org.eclipse.swt.layout.GridData) qr.getLayoutData()).widthHint = side;
        ((org.eclipse.swt.layout.GridData) qr.getLayoutData()).heightHint = side;
        qr.setToolTipText(now.qrUrl().orElse(null));
        group.getParent().layout(true, true);
        qr.redraw();
    }

    private void copyToken() {
        login.token().ifPresent(token -> {
            Clipboard clipboard = new Clipboard(group.getDisplay());
            clipboard.setContents(new Object[] { token }, new Transfer[] { TextTransfer.getInstance() });
            clipboard.dispose();
        });
    }

    /** @return what the panel read from the log (for tests) */
    public NapcatLogin login() {
        return login;
    }

    /** @return the text of the WebUI link (for tests) */
    public String webuiText() {
        return webui.getText();
    }

    /** @return the text of its status line (for tests) */
    public String statusText() {
        return status.getText();
    }

    private void close() {
        if (stream != null) {
            Streams.close(stream);
            stream = null;
        }
    }

}
