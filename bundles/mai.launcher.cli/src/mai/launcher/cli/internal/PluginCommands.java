package mai.launcher.cli.internal;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.osgi.util.NLS;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import mai.launcher.cli.internal.CommandLine.Session;
import mai.launcher.cli.internal.CommandLine.Terminal;
import mai.launcher.cli.internal.InstanceCommands.SessionOpener;
import mai.launcher.core.LauncherException;
import mai.launcher.core.p2.Change;
import mai.launcher.core.p2.InstalledFeature;
import mai.launcher.core.p2.Provisioning;
import mai.launcher.core.p2.ProvisioningPlan;
import mai.launcher.core.p2.UntrustedContent;
import mai.launcher.core.p2.UpdateSites;
import mai.launcher.core.storage.Settings;

/**
 * {@code mai-launcher plugins list|install|uninstall} and {@code mai-launcher update check|apply}: the installation's
 * plugins and its updates, from p2 repositories. Untrusted content is listed and refused unless
 * {@code --trust-unsigned} accepts it; plain http is refused unless {@code --allow-http} (or the setting) allows it.
 */
final class PluginCommands {

    private static final String JSON = "--json"; //$NON-NLS-1$
    private static final String TRUST = "--trust-unsigned"; //$NON-NLS-1$
    private static final String HTTP = "--allow-http"; //$NON-NLS-1$
    private static final String REPO = "--repo"; //$NON-NLS-1$
    private static final Duration MODE_WAIT = Duration.ofSeconds(3);

    private final Terminal terminal;
    private final SessionOpener opener;

    PluginCommands(Terminal terminal, SessionOpener opener) {
        this.terminal = terminal;
        this.opener = opener;
    }

    int plugins(Arguments a) throws UsageException, LauncherException, IOException {
        List<String> words = a.words();
        String command = words.size() > 1 ? words.get(1) : ""; //$NON-NLS-1$
        if (a.flag("--help")) { //$NON-NLS-1$
            terminal.out().print(Messages.helpPlugins);
            return CommandLine.OK;
        }
        switch (command) {
            case "list" -> { //$NON-NLS-1$
                a.allowOnly(Set.of(), Set.of(JSON), "plugins list"); //$NON-NLS-1$
                expectWords(a, 2);
            }
            case "install" -> { //$NON-NLS-1$
                a.allowOnly(Set.of(), Set.of(TRUST, HTTP), "plugins install"); //$NON-NLS-1$
                expectWords(a, 4);
            }
            case "uninstall" -> { //$NON-NLS-1$
                a.allowOnly(Set.of(), Set.of(), "plugins uninstall"); //$NON-NLS-1$
                expectWords(a, 3);
            }
            default -> throw new UsageException(Messages.helpHintPlugins);
        }
        try (Session session = opener.open()) {
            Provisioning provisioning = session.service(Provisioning.class);
            switch (command) {
                case "list" -> list(provisioning, a.flag(JSON)); //$NON-NLS-1$
                case "install" -> { //$NON-NLS-1$
                    URI repository = UpdateSites.parse(words.get(2));
                    boolean http = a.flag(HTTP) || UpdateSites.allowHttp(session.service(Settings.class));
                    ProvisioningPlan plan = provisioning.planInstall(repository, words.get(3), http,
                            new NullProgressMonitor());
                    if (plan.isEmpty()) {
                        terminal.out().println(NLS.bind(Messages.pluginAlreadyInstalled, words.get(3)));
                        return CommandLine.OK;
                    }
                    List<String> modesBefore = ModeIds.known();
                    apply(plan, a.flag(TRUST));
                    List<String> added = provisioning.applyWithoutRestart() ? newModes(modesBefore)
                            : List.of();
                    terminal.out().println(added.isEmpty() ? Messages.pluginInstalled
                            : NLS.bind(Messages.pluginStarted, String.join(", ", added))); //$NON-NLS-1$
                }
                default -> {
                    ProvisioningPlan plan = provisioning.planUninstall(words.get(2), new NullProgressMonitor());
                    apply(plan, false);
                    terminal.out().println(Messages.pluginUninstalled);
                }
            }
        }
        return CommandLine.OK;
    }

    int update(Arguments a) throws UsageException, LauncherException, IOException {
        List<String> words = a.words();
        String command = words.size() > 1 ? words.get(1) : ""; //$NON-NLS-1$
        if (a.flag("--help")) { //$NON-NLS-1$
            terminal.out().print(Messages.helpUpdate);
            return CommandLine.OK;
        }
        if (!command.equals("check") && !command.equals("apply")) { //$NON-NLS-1$ //$NON-NLS-2$
            throw new UsageException(Messages.helpHintUpdate);
        }
        a.allowOnly(Set.of(REPO), command.equals("check") ? Set.of(HTTP) : Set.of(HTTP, TRUST), "update " + command); //$NON-NLS-1$ //$NON-NLS-2$
        expectWords(a, 2);
        try (Session session = opener.open()) {
            Provisioning provisioning = session.service(Provisioning.class);
            Settings settings = session.service(Settings.class);
            List<URI> sites = a.value(REPO).isPresent() ? List.of(UpdateSites.parse(a.value(REPO).get()))
                    : UpdateSites.enabled(settings);
            boolean http = a.flag(HTTP) || UpdateSites.allowHttp(settings);
            ProvisioningPlan plan = provisioning.planUpdate(sites, http, new NullProgressMonitor());
            if (plan.isEmpty()) {
                terminal.out().println(Messages.upToDate);
                return CommandLine.OK;
            }
            if (command.equals("check")) { //$NON-NLS-1$
                terminal.out().println(Messages.updatesAvailable);
                printChanges(plan.changes());
                return CommandLine.OK;
            }
            apply(plan, a.flag(TRUST));
            terminal.out().println(Messages.updated);
        }
        return CommandLine.OK;
    }

    /**
     * The deploy modes a plugin started without a restart added: their components register as the bundles start,
     * so they are waited for a little.
     */
    private static List<String> newModes(List<String> before) {
        long deadline = System.nanoTime() + MODE_WAIT.toNanos();
        while (true) {
            List<String> added = ModeIds.known().stream().filter(id -> !before.contains(id)).toList();
            if (!added.isEmpty() || System.nanoTime() > deadline) {
                return added;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return added;
            }
        }
    }

    /** Shows the changes and the untrusted content, then applies the plan (refused when untrusted and not accepted). */
    private void apply(ProvisioningPlan plan, boolean trustUnsigned) throws LauncherException {
        printChanges(plan.changes());
        List<UntrustedContent> untrusted = plan.checkTrust(new NullProgressMonitor());
        if (!untrusted.isEmpty()) {
            terminal.err().println(trustUnsigned ? Messages.untrustedAccepted : Messages.untrustedFound);
            for (UntrustedContent u : untrusted) {
                terminal.err().println("  " + u.id() + " " + u.version() + ": " + u.reason()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
        }
        plan.apply(trustUnsigned, new NullProgressMonitor());
    }

    private void printChanges(List<Change> changes) {
        for (Change change : changes) {
            String line;
            if (change.isInstall()) {
                line = NLS.bind(Messages.changeInstall, change.name(), change.toVersion());
            } else if (change.isRemoval()) {
                line = NLS.bind(Messages.changeRemove, change.name(), change.fromVersion());
            } else {
                line = NLS.bind(Messages.changeUpdate,
                        new Object[] { change.name(), change.fromVersion(), change.toVersion() });
            }
            terminal.out().println("  " + line + "  [" + change.id() + "]"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
    }

    private void list(Provisioning provisioning, boolean json) throws LauncherException, IOException {
        List<InstalledFeature> installed = provisioning.installed();
        if (json) {
            try (JsonGenerator g = new JsonFactory().createGenerator(Unclosable.of(terminal.out()), JsonEncoding.UTF8)) {
                g.useDefaultPrettyPrinter();
                g.writeStartArray();
                for (InstalledFeature f : installed) {
                    g.writeStartObject();
                    g.writeStringField("id", f.id()); //$NON-NLS-1$
                    g.writeStringField("name", f.name()); //$NON-NLS-1$
                    g.writeStringField("version", f.version()); //$NON-NLS-1$
                    g.writeStringField("provider", f.provider()); //$NON-NLS-1$
                    g.writeStringField("description", f.description()); //$NON-NLS-1$
                    g.writeBooleanField("plugin", f.plugin()); //$NON-NLS-1$
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            terminal.out().println();
            return;
        }
        TextTable table = new TextTable(Messages.columnId, Messages.columnName, Messages.columnVersion,
                Messages.columnProvider, Messages.columnKind);
        for (InstalledFeature f : installed) {
            table.add(f.id(), f.name(), f.version(), f.provider(), f.plugin() ? Messages.kindPlugin : Messages.kindBuiltIn);
        }
        table.print(terminal.out());
        if (installed.stream().noneMatch(InstalledFeature::plugin)) {
            terminal.out().println(Messages.noPlugins);
        }
    }

    private static void expectWords(Arguments a, int count) throws UsageException {
        if (a.words().size() < count) {
            throw new UsageException(a.words().get(0).startsWith("update") ? Messages.helpHintUpdate //$NON-NLS-1$
                    : Messages.helpHintPlugins);
        }
        if (a.words().size() > count) {
            throw new UsageException(NLS.bind(Messages.unexpectedWord, a.words().get(count)));
        }
    }
}
