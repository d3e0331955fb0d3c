package mai.launcher.ui.internal.wizards;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

import mai.launcher.core.LauncherException;
import mai.launcher.core.docker.EngineInfo;
import mai.launcher.core.docker.DockerEngine;
import mai.launcher.core.storage.Settings;
import mai.launcher.deployment.api.DeployRequest;
import mai.launcher.ui.LauncherJobs;
import mai.launcher.ui.internal.Messages;
import mai.launcher.ui.internal.Services;

/**
 * The Docker branch of New Instance: what the engine says (version, compose, free space, or what is missing and how to
 * get it), MaiBot's generation and image tag, the images, the QQ account, and the two host ports (MaiBot's WebUI,
 * NapCat's WebUI), offered free of the other instances' ports and published on 127.0.0.1 only.
 */
final class DockerPage extends WizardPage {

    /** NapCat's WebUI host port option. */
    static final String NAPCAT_WEBUI_PORT = "napcat-webui-port"; //$NON-NLS-1$
    private static final int WEBUI_DEFAULT = 18001;
    private static final int NAPCAT_DEFAULT = 6099;
    private static final int SQLITE_WEB_DEFAULT = 8120;

    private final PortsInUse portsInUse;
    private Label engine;
    private Combo generation;
    private Combo tag;
    private Text maibotImage;
    private Text napcatImage;
    private Text qq;
    private Spinner webuiPort;
    private Spinner napcatPort;
    private Button sqliteWeb;
    private Spinner sqliteWebPort;
    private boolean checked;

    DockerPage(PortsInUse portsInUse) {
        super("docker"); //$NON-NLS-1$
        this.portsInUse = portsInUse;
        setTitle(Messages.wizardDockerTitle);
        setDescription(Messages.wizardDockerDescription);
    }

    @Override
    public void createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(8, 8).spacing(10, 8).applyTo(body);
        Group engineGroup = new Group(body, SWT.NONE);
        engineGroup.setText(Messages.wizardDockerEngine);
        GridLayoutFactory.swtDefaults().applyTo(engineGroup);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(engineGroup);
        engine = new Label(engineGroup, SWT.WRAP);
        engine.setText(Messages.wizardDockerChecking);
        GridDataFactory.fillDefaults().grab(true, false).hint(480, SWT.DEFAULT).applyTo(engine);

        new Label(body, SWT.NONE).setText(Messages.wizardDockerGeneration);
        generation = new Combo(body, SWT.READ_ONLY);
        generation.setItems(Messages.wizardDockerGeneration1, Messages.wizardDockerGeneration0);
        generation.select(0);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(generation);
        new Label(body, SWT.NONE).setText(Messages.wizardDockerTag);
        tag = new Combo(body, SWT.DROP_DOWN);
        tag.setItems("latest"); //$NON-NLS-1$
        tag.setText("latest"); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).applyTo(tag);
        maibotImage = text(body, Messages.wizardDockerMaibotImage, "sengokucola/maibot"); //$NON-NLS-1$
        napcatImage = text(body, Messages.wizardDockerNapcatImage, "mlikiowa/napcat-docker"); //$NON-NLS-1$
        qq = text(body, Messages.wizardQq, ""); //$NON-NLS-1$
        qq.setMessage(Messages.wizardQqHint);
        qq.setTextLimit(12);
        int webui = portsInUse.free(WEBUI_DEFAULT, Set.of());
        webuiPort = spinner(body, Messages.wizardDockerWebuiPort, webui);
        int napcat = portsInUse.free(NAPCAT_DEFAULT, Set.of(webui));
        napcatPort = spinner(body, Messages.wizardDockerNapcatPort, napcat);
        sqliteWeb = new Button(body, SWT.CHECK);
        sqliteWeb.setText(Messages.wizardDockerSqliteWeb);
        sqliteWebPort = new Spinner(body, SWT.BORDER);
        sqliteWebPort.setValues(portsInUse.free(SQLITE_WEB_DEFAULT, Set.of(webui, napcat)), 1, 65535, 0, 1, 100);
        sqliteWebPort.setEnabled(false);
        sqliteWeb.addListener(SWT.Selection, e -> sqliteWebPort.setEnabled(sqliteWeb.getSelection()));
        Label hint = new Label(body, SWT.WRAP);
        hint.setText(Messages.wizardDockerHint);
        GridDataFactory.fillDefaults().span(2, 1).hint(480, SWT.DEFAULT).applyTo(hint);
        qq.addModifyListener(e -> validate());
        tag.addModifyListener(e -> validate());
        webuiPort.addModifyListener(e -> validate());
        napcatPort.addModifyListener(e -> validate());
        setControl(body);
    }

    private static Text text(Composite body, String label, String value) {
        new Label(body, SWT.NONE).setText(label);
        Text text = new Text(body, SWT.BORDER | SWT.SINGLE);
        text.setText(value);
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(text);
        return text;
    }

    private static Spinner spinner(Composite body, String label, int value) {
        new Label(body, SWT.NONE).setText(label);
        Spinner spinner = new Spinner(body, SWT.BORDER);
        spinner.setValues(value, 1, 65535, 0, 1, 100);
        return spinner;
    }

    @Override
    public void setVisible(boolean visible) {
        super.setVisible(visible);
        if (visible && !checked) {
            checked = true;
            check();
        }
    }

    /** Asks the engine and reads the image settings in a job. */
    private void check() {
        Job job = LauncherJobs.create(Messages.wizardDockerChecking, monitor -> {
            String status;
            boolean ok;
            try {
                EngineInfo info = Services.get(DockerEngine.class).info();
                ok = info.compose().isPresent();
                status = ok ? NLS.bind(Messages.wizardDockerEngineOk, new Object[] { info.version(), info.endpoint(),
                        String.join(" ", info.compose().get().command()) + " " + info.compose().get().version(), //$NON-NLS-1$ //$NON-NLS-2$
                        info.freeBytes() < 0 ? "?" : String.format("%.1f", info.freeBytes() / 1e9) }) //$NON-NLS-1$ //$NON-NLS-2$
                        : Messages.wizardDockerNoCompose;
            } catch (LauncherException e) {
                ok = false;
                status = e.getMessage();
            }
            Settings settings = Services.get(Settings.class);
            Optional<String> maibot = settings.get("docker.image.maibot"); //$NON-NLS-1$
            Optional<String> napcat = settings.get("docker.image.napcat"); //$NON-NLS-1$
            String shown = status;
            boolean good = ok;
            getShell().getDisplay().asyncExec(() -> {
                if (engine.isDisposed()) {
                    return;
                }
                engine.setText(shown);
                engine.setForeground(engine.getDisplay().getSystemColor(good ? SWT.COLOR_DARK_GREEN : SWT.COLOR_DARK_RED));
                maibot.ifPresent(maibotImage::setText);
                napcat.ifPresent(napcatImage::setText);
                engine.getParent().getParent().layout(true, true);
            });
        });
        job.setSystem(true);
        job.schedule();
    }

    private void validate() {
        String text = qq.getText().strip();
        String problem = null;
        if (!text.isEmpty() && !text.matches("[1-9]\\d{4,11}")) { //$NON-NLS-1$
            problem = Messages.wizardQqInvalid;
        } else if (webuiPort.getSelection() == napcatPort.getSelection()) {
            problem = Messages.wizardPortsSame;
        } else if (tag.getText().isBlank() || tag.getText().strip().contains(" ")) { //$NON-NLS-1$
            problem = Messages.wizardDockerBadTag;
        }
        setErrorMessage(problem);
        setPageComplete(problem == null);
        Optional<String> sharing = portsInUse.owner(webuiPort.getSelection())
                .or(() -> portsInUse.owner(napcatPort.getSelection()));
        setMessage(sharing.map(owner -> NLS.bind(Messages.wizardPortShared, owner)).orElse(null), WARNING);
    }

    /** @return the options of the new instance */
    Map<String, String> options() {
        Map<String, String> options = new LinkedHashMap<>();
        options.put(DeployRequest.REF, tag.getText().strip());
        options.put("generation", generation.getSelectionIndex() == 1 ? "0" : "1"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        options.put("image.core", maibotImage.getText().strip()); //$NON-NLS-1$
        options.put("image.napcat", napcatImage.getText().strip()); //$NON-NLS-1$
        Optional.of(qq.getText().strip()).filter(q -> !q.isEmpty()).ifPresent(q -> options.put(DeployRequest.QQ, q));
        options.put(DeployRequest.WEBUI_PORT, String.valueOf(webuiPort.getSelection()));
        options.put(NAPCAT_WEBUI_PORT, String.valueOf(napcatPort.getSelection()));
        if (sqliteWeb.getSelection()) {
            options.put("sqlite-web-port", String.valueOf(sqliteWebPort.getSelection())); //$NON-NLS-1$
        }
        return options;
    }

    /** @return what the confirmation says of it */
    String summary(String name, String mode) {
        return NLS.bind(Messages.wizardDockerSummary, new Object[] { name, mode, generation.getText(),
                maibotImage.getText().strip() + ":" + tag.getText().strip(), napcatImage.getText().strip(), //$NON-NLS-1$
                qq.getText().isBlank() ? Messages.detailsNotSet : qq.getText().strip(), webuiPort.getSelection(),
                napcatPort.getSelection() });
    }
}
