package mai.launcher.ui.config.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import mai.launcher.core.ErrorCode;
import mai.launcher.core.LauncherException;
import mai.launcher.core.LauncherPaths;
import mai.launcher.core.ProviderEvent;
import mai.launcher.core.Topics;
import mai.launcher.core.config.ConfigException;
import mai.launcher.core.config.ConfigFile;
import mai.launcher.core.config.maibot.ConfigKind;
import mai.launcher.core.config.maibot.InstanceFiles;
import mai.launcher.core.config.maibot.ModelConfigProviders;
import mai.launcher.core.config.providers.ApiProvider;
import mai.launcher.core.config.providers.ApiProviders;
import mai.launcher.core.config.providers.Balance;
import mai.launcher.core.config.providers.ModelInfo;
import mai.launcher.core.instance.Instance;
import mai.launcher.core.instance.InstanceRegistry;
import mai.launcher.ui.LauncherJobs;

/**
 * The API providers kept in the launcher: add, edit, delete; fetch each one's models and balance; apply one to an
 * instance (written, with its key, into the instance's model_config.toml). Keys are typed hidden, stored in secure
 * storage and never shown. Every call to the database or a provider runs in a job.
 */
public final class ProvidersView {

    /** The view's id. */
    public static final String ID = "mai.launcher.ui.views.providers"; //$NON-NLS-1$
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT);

    private final ApiProviders providers;
    private final InstanceRegistry instances;
    private final LauncherPaths paths;
    private final UISynchronize ui;
    private final Job reload;
    private Shell shell;
    private StackLayout stack;
    private Composite content;
    private Label empty;
    private TableViewer table;
    private TableViewer models;
    private List<ApiProvider> shown = List.of();

    @Inject
    public ProvidersView(ApiProviders providers, InstanceRegistry instances, LauncherPaths paths, UISynchronize ui) {
        this.providers = providers;
        this.instances = instances;
        this.paths = paths;
        this.ui = ui;
        this.reload = LauncherJobs.create(Messages.jobLoadProviders, monitor -> {
            List<ApiProvider> loaded = providers.list();
            ui.asyncExec(() -> show(loaded));
        });
        reload.setSystem(true);
    }

    @PostConstruct
    void createControls(Composite parent) {
        shell = parent.getShell();
        GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
        ToolBar bar = new ToolBar(parent, SWT.FLAT | SWT.RIGHT);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        button(bar, Messages.providerAdd, this::add);
        button(bar, Messages.providerEdit, this::edit);
        button(bar, Messages.providerDelete, this::delete);
        new ToolItem(bar, SWT.SEPARATOR);
        button(bar, Messages.providerFetchModels, this::fetchModels);
        button(bar, Messages.providerCheckBalance, this::checkBalance);
        new ToolItem(bar, SWT.SEPARATOR);
        button(bar, Messages.providerApply, this::apply);

        Composite pages = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(pages);
        stack = new StackLayout();
        pages.setLayout(stack);
        SashForm sash = new SashForm(pages, SWT.VERTICAL);
        content = sash;
        table = new TableViewer(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.getTable().setHeaderVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        column(table, Messages.columnName, 140, p -> ((ApiProvider) p).name());
        column(table, Messages.columnUrl, 240, p -> ((ApiProvider) p).baseUrl());
        column(table, Messages.columnClient, 110, p -> ((ApiProvider) p).clientType().tomlName());
        column(table, Messages.columnKey, 80, p -> ((ApiProvider) p).hasKey() ? "\u25cf\u25cf\u25cf\u25cf" //$NON-NLS-1$
                : Messages.providerNoKey);
        column(table, Messages.providerBalance, 110, p -> balance((ApiProvider) p));
        column(table, Messages.providerModelsFetched, 140,
                p -> ((ApiProvider) p).modelsUpdated().map(TIME::format).orElse("-")); //$NON-NLS-1$
        table.addSelectionChangedListener(e -> showModels());
        table.addDoubleClickListener(e -> edit());
        models = new TableViewer(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
        models.getTable().setHeaderVisible(true);
        models.setContentProvider(ArrayContentProvider.getInstance());
        column(models, Messages.providerModel, 260, m -> ((ModelInfo) m).id());
        column(models, Messages.providerOwner, 140, m -> ((ModelInfo) m).ownedBy());
        column(models, Messages.providerContext, 100, m -> ((ModelInfo) m).contextLength().isPresent()
                ? String.valueOf(((ModelInfo) m).contextLength().getAsLong()) : "-"); //$NON-NLS-1$
        sash.setWeights(55, 45);
        empty = new Label(pages, SWT.WRAP | SWT.CENTER);
        empty.setText(Messages.providersEmpty);
        stack.topControl = content;
        reload.schedule();
    }

    private static void button(ToolBar bar, String text, Runnable action) {
        ToolItem item = new ToolItem(bar, SWT.PUSH);
        item.setText(text);
        item.addListener(SWT.Selection, e -> action.run());
    }

    private static void column(TableViewer viewer, String title, int width, Function<Object, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply(element);
            }
        });
    }

    private static String balance(ApiProvider provider) {
        return provider.balance().map(b -> b.toPlainString() + " " + provider.balanceCurrency().orElse("")) //$NON-NLS-1$ //$NON-NLS-2$
                .orElse("-"); //$NON-NLS-1$
    }

    private void show(List<ApiProvider> loaded) {
        if (table.getControl().isDisposed()) {
            return;
        }
        Optional<ApiProvider> selected = selected();
        shown = loaded;
        table.setInput(loaded);
        selected.flatMap(s -> loaded.stream().filter(p -> p.id() == s.id()).findFirst())
                .ifPresent(p -> table.setSelection(new StructuredSelection(p)));
        stack.topControl = loaded.isEmpty() ? empty : content;
        empty.getParent().layout(true, true);
        showModels();
    }

    private void showModels() {
        Optional<ApiProvider> provider = selected();
        if (provider.isEmpty()) {
            models.setInput(List.of());
            return;
        }
        long id = provider.get().id();
        run(Messages.jobLoadProviders, () -> {
            List<ModelInfo> list = providers.models(id);
            ui.asyncExec(() -> {
                if (!models.getControl().isDisposed() && selected().map(p -> p.id() == id).orElse(false)) {
                    models.setInput(list);
                }
            });
        });
    }

    private Optional<ApiProvider> selected() {
        return Optional.ofNullable((ApiProvider) table.getStructuredSelection().getFirstElement());
    }

    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void providerChanged(@UIEventTopic(Topics.PROVIDER_CHANGED) ProviderEvent event) {
        reload.schedule(50);
    }

    /** Opens the dialog that adds a provider (the Add button). */
    public void add() {
        ProviderDialog dialog = new ProviderDialog(shell, Optional.empty());
        if (dialog.open() == Window.OK) {
            run(NLS.bind(Messages.jobSaveProvider, dialog.spec().name()), () -> providers.add(dialog.spec(), dialog.key()));
        }
    }

    private void edit() {
        selected().ifPresent(provider -> {
            ProviderDialog dialog = new ProviderDialog(shell, Optional.of(provider));
            if (dialog.open() == Window.OK) {
                run(NLS.bind(Messages.jobSaveProvider, dialog.spec().name()), () -> {
                    providers.update(provider.id(), dialog.spec());
                    if (dialog.key().isPresent()) {
                        providers.setKey(provider.id(), dialog.key());
                    }
                });
            }
        });
    }

    private void delete() {
        selected().ifPresent(provider -> {
            if (MessageDialog.openConfirm(shell, Messages.providerDeleteTitle,
                    NLS.bind(Messages.providerDeleteQuestion, provider.name()))) {
                run(NLS.bind(Messages.jobSaveProvider, provider.name()), () -> providers.remove(provider.id()));
            }
        });
    }

    private void fetchModels() {
        selected().ifPresent(provider -> run(NLS.bind(Messages.jobFetchModels, provider.name()), () -> {
            providers.fetchModels(provider.id(), TIMEOUT);
        }));
    }

    private void checkBalance() {
        selected().ifPresent(provider -> run(NLS.bind(Messages.jobCheckBalance, provider.name()), () -> {
            Optional<Balance> balance = providers.fetchBalance(provider.id(), TIMEOUT);
            if (balance.isEmpty()) {
                ui.asyncExec(() -> MessageDialog.openInformation(shell, Messages.providerCheckBalance,
                        NLS.bind(Messages.providerNoBalance, provider.name())));
            }
        }));
    }

    /** Writes the provider with its key into the model_config.toml of an instance the user chooses. */
    private void apply() {
        Optional<ApiProvider> provider = selected();
        if (provider.isEmpty()) {
            return;
        }
        run(Messages.jobLoadProviders, () -> {
            List<Instance> all = instances.list();
            ui.asyncExec(() -> chooseInstance(provider.get(), all));
        });
    }

    private void chooseInstance(ApiProvider provider, List<Instance> all) {
        ElementListSelectionDialog dialog = new ElementListSelectionDialog(shell, new LabelProvider() {
            @Override
            public String getText(Object element) {
                return ((Instance) element).name();
            }
        });
        dialog.setTitle(Messages.providerApply);
        dialog.setMessage(NLS.bind(Messages.providerApplyMessage, provider.name()));
        dialog.setElements(all.toArray());
        if (dialog.open() != Window.OK || dialog.getFirstResult() == null) {
            return;
        }
        Instance instance = (Instance) dialog.getFirstResult();
        run(NLS.bind(Messages.jobApplyProvider, provider.name(), instance.name()), () -> {
            Path file = InstanceFiles.of(paths.instanceFolder(instance.instancePath()), instance.deployMode())
                    .config(ConfigKind.MODEL);
            write(provider, file);
            ui.asyncExec(() -> MessageDialog.openInformation(shell, Messages.providerApply,
                    NLS.bind(Messages.providerApplied, provider.name(), file)));
        });
    }

    private void write(ApiProvider provider, Path file) throws LauncherException {
        if (!Files.isRegularFile(file)) {
            throw new LauncherException(ErrorCode.NOT_FOUND, NLS.bind(Messages.fileMissing, file));
        }
        String key = providers.key(provider.id()).orElse(""); //$NON-NLS-1$
        try {
            ConfigFile config = ConfigFile.load(file);
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
            throw new LauncherException(ErrorCode.IO_ERROR, NLS.bind(Messages.notSavedIo, file, e.getMessage()), e);
        }
    }

    /** Work that may fail with a sentence for the user, shown by the job's error dialog. */
    @FunctionalInterface
    private interface Work {
        void run() throws LauncherException;
    }

    private static void run(String title, Work work) {
        LauncherJobs.schedule(title, monitor -> work.run());
    }

    @Focus
    void setFocus() {
        table.getControl().setFocus();
    }

    /** @return the providers shown, for tests */
    public List<ApiProvider> shown() {
        return shown;
    }
}
