package mai.launcher.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

import mai.launcher.cli.internal.CommandLine.Session;
import mai.launcher.cli.internal.CommandLine.Terminal;
import mai.launcher.cli.internal.InstanceCommands.SessionOpener;
import mai.launcher.core.ErrorCode;
import mai.launcher.core.LauncherException;
import mai.launcher.core.config.ConfigException;
import mai.launcher.core.config.ConfigFile;
import mai.launcher.core.config.maibot.ConfigKind;
import mai.launcher.core.config.maibot.InstanceFiles;
import mai.launcher.core.config.maibot.ModelConfigProviders;
import mai.launcher.core.config.providers.ApiProvider;
import mai.launcher.core.config.providers.ApiProviders;
import mai.launcher.core.config.providers.Balance;
import mai.launcher.core.config.providers.ClientType;
import mai.launcher.core.config.providers.ModelInfo;
import mai.launcher.core.config.providers.ProviderSpec;
import mai.launcher.core.instance.Instance;

/**
 * {@code mai-launcher provider list | add | key | remove | models | balance | apply}: the API providers kept in the
 * launcher, their keys in secure storage. A key is given with {@code --key -} (read from the standard input, so it
 * stays out of the shell's history) or {@code --key KEY}; it is never printed.
 */
final class ProviderCommands {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final Terminal terminal;
    private final SessionOpener opener;

    ProviderCommands(Terminal terminal, SessionOpener opener) {
        this.terminal = terminal;
        this.opener = opener;
    }

    int run(Arguments a) throws UsageException, LauncherException, IOException {
        List<String> words = a.words();
        String command = words.size() > 1 ? words.get(1) : "list"; //$NON-NLS-1$
        if (a.flag("--help")) { //$NON-NLS-1$
            terminal.out().print(Messages.helpProvider);
            return CommandLine.OK;
        }
        a.allowOnly(Set.of("--name", "--url", "--client", "--key"), Set.of("--json", "--refresh", "--yes"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
                "provider"); //$NON-NLS-1$
        int expected = switch (command) {
            case "list", "add" -> 2; //$NON-NLS-1$ //$NON-NLS-2$
            case "remove", "models", "balance", "key" -> 3; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            case "apply" -> 4; //$NON-NLS-1$
            default -> throw new UsageException(NLS.bind(Messages.unknownProviderCommand, command));
        };
        if (words.size() != expected && !(command.equals("list") && words.size() == 1)) { //$NON-NLS-1$
            throw new UsageException(Messages.helpHintProvider);
        }
        try (Session session = opener.open()) {
            ApiProviders providers = session.service(ApiProviders.class);
            switch (command) {
                case "add" -> add(a, providers); //$NON-NLS-1$
                case "remove" -> remove(a, providers, find(providers, words.get(2))); //$NON-NLS-1$
                case "models" -> models(a, providers, find(providers, words.get(2))); //$NON-NLS-1$
                case "balance" -> balance(providers, find(providers, words.get(2))); //$NON-NLS-1$
                case "key" -> setKey(a, providers, find(providers, words.get(2))); //$NON-NLS-1$
                case "apply" -> apply(session, providers, find(providers, words.get(2)), words.get(3)); //$NON-NLS-1$
                default -> list(providers);
            }
        }
        return CommandLine.OK;
    }

    private static ApiProvider find(ApiProviders providers, String reference) throws LauncherException {
        return providers.find(reference).orElseThrow(() -> new LauncherException(ErrorCode.NOT_FOUND,
                NLS.bind(Messages.providerNotFound, reference)));
    }

    private void list(ApiProviders providers) throws LauncherException {
        List<ApiProvider> all = providers.list();
        if (all.isEmpty()) {
            terminal.out().println(Messages.providersNone);
            return;
        }
        TextTable table = new TextTable(Messages.columnName, Messages.columnUrl, Messages.columnClient,
                Messages.columnKey, Messages.columnBalance);
        for (ApiProvider provider : all) {
            table.add(provider.name(), provider.baseUrl(), provider.clientType().tomlName(),
                    provider.hasKey() ? "\u25cf\u25cf\u25cf\u25cf" : "-", //$NON-NLS-1$ //$NON-NLS-2$
                    provider.balance().map(b -> b.toPlainString() + " " + provider.balanceCurrency().orElse("")) //$NON-NLS-1$ //$NON-NLS-2$
                            .orElse("-")); //$NON-NLS-1$
        }
        table.print(terminal.out());
    }

    private void add(Arguments a, ApiProviders providers) throws UsageException, LauncherException, IOException {
        String name = a.value("--name").orElseThrow(() -> new UsageException(Messages.providerNeedsName)); //$NON-NLS-1$
        String url = a.value("--url").orElseThrow(() -> new UsageException(Messages.providerNeedsUrl)); //$NON-NLS-1$
        String client = a.value("--client").orElse(ClientType.OPENAI.tomlName()); //$NON-NLS-1$
        ClientType type = ClientType.fromToml(client)
                .orElseThrow(() -> new UsageException(NLS.bind(Messages.providerBadClient, client)));
        ApiProvider added = providers.add(new ProviderSpec(name, url, type, true, 0), key(a));
        terminal.out().println(NLS.bind(Messages.providerAdded, added.name(), added.hasKey() ? Messages.providerWithKey
                : Messages.providerWithoutKey));
    }

    /** {@code --key -} reads one line from the standard input; a key typed on the command line also works. */
    private Optional<String> key(Arguments a) throws IOException {
        Optional<String> key = a.value("--key"); //$NON-NLS-1$
        if (key.isPresent() && key.get().equals("-")) { //$NON-NLS-1$
            String line = terminal.in().readLine();
            return Optional.ofNullable(line).map(String::strip).filter(k -> !k.isEmpty());
        }
        return key;
    }

    private void setKey(Arguments a, ApiProviders providers, ApiProvider provider)
            throws UsageException, LauncherException, IOException {
        if (a.value("--key").isEmpty()) { //$NON-NLS-1$
            throw new UsageException(Messages.providerKeyNeeded);
        }
        Optional<String> key = key(a);
        providers.setKey(provider.id(), key);
        terminal.out().println(NLS.bind(key.isPresent() ? Messages.providerKeySet : Messages.providerKeyRemoved,
                provider.name()));
    }

    private void remove(Arguments a, ApiProviders providers, ApiProvider provider)
            throws UsageException, LauncherException, IOException {
        if (!a.flag("--yes")) { //$NON-NLS-1$
            if (!terminal.interactive()) {
                throw new UsageException(NLS.bind(Messages.providerRemoveNeedsYes, provider.name()));
            }
            terminal.out().print(NLS.bind(Messages.providerRemoveAsk, provider.name()));
            terminal.out().flush();
            String answer = terminal.in().readLine();
            if (answer == null || !answer.strip().toLowerCase(Locale.ROOT).startsWith("y")) { //$NON-NLS-1$
                terminal.out().println(Messages.providerKept);
                return;
            }
        }
        providers.remove(provider.id());
        terminal.out().println(NLS.bind(Messages.providerRemoved, provider.name()));
    }

    private void models(Arguments a, ApiProviders providers, ApiProvider provider) throws LauncherException {
        List<ModelInfo> models = a.flag("--refresh") || provider.modelsUpdated().isEmpty() //$NON-NLS-1$
                ? providers.fetchModels(provider.id(), TIMEOUT)
                : providers.models(provider.id());
        if (a.flag("--json")) { //$NON-NLS-1$
            terminal.out().println(models.stream().map(m -> ValueText.quote(m.id()))
                    .collect(Collectors.joining(", ", "[", "]"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            return;
        }
        TextTable table = new TextTable(Messages.columnModel, Messages.columnOwner, Messages.columnContext);
        for (ModelInfo model : models) {
            table.add(model.id(), model.ownedBy().isEmpty() ? "-" : model.ownedBy(), //$NON-NLS-1$
                    model.contextLength().isPresent() ? String.valueOf(model.contextLength().getAsLong()) : "-"); //$NON-NLS-1$
        }
        table.print(terminal.out());
    }

    private void balance(ApiProviders providers, ApiProvider provider) throws LauncherException {
        Optional<Balance> balance = providers.fetchBalance(provider.id(), TIMEOUT);
        terminal.out().println(balance.map(b -> NLS.bind(Messages.providerBalance, new Object[] { provider.name(),
                b.amount().toPlainString(), b.currency() }))
                .orElse(NLS.bind(Messages.providerNoBalance, provider.name())));
    }

    /** Writes the provider, with its key, into an instance's model_config.toml: added, or updated by name. */
    private void apply(Session session, ApiProviders providers, ApiProvider provider, String reference)
            throws LauncherException {
        Instance instance = InstanceCommands.find(session.instances(), reference);
        InstanceFiles files = InstanceFiles.of(session.paths().instanceFolder(instance.instancePath()),
                instance.deployMode());
        Path file = files.config(ConfigKind.MODEL);
        if (!Files.isRegularFile(file)) {
            throw new LauncherException(ErrorCode.NOT_FOUND, NLS.bind(Messages.configMissing, file));
        }
        ConfigFile config = TomlCommands.load(file);
        String key = providers.key(provider.id()).orElse(""); //$NON-NLS-1$
        try {
            ModelConfigProviders entries = new ModelConfigProviders(config.document());
            if (entries.find(provider.name()).isPresent()) {
                entries.setBaseUrl(provider.name(), provider.baseUrl());
                entries.setClientType(provider.name(), provider.clientType().tomlName());
                entries.setApiKey(provider.name(), key);
            } else {
                entries.add(provider.name(), provider.baseUrl(), provider.clientType().tomlName(), key);
            }
            config.save();
        } catch (ConfigException e) {
            throw new LauncherException(ErrorCode.INVALID_INPUT, e.getMessage(), e);
        } catch (IOException e) {
            throw new LauncherException(ErrorCode.IO_ERROR, NLS.bind(Messages.tomlNotWritten, file, e.getMessage()), e);
        }
        terminal.out().println(NLS.bind(Messages.providerApplied, provider.name(), file));
    }
}
