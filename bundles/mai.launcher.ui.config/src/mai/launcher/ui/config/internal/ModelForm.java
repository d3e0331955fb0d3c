package mai.launcher.ui.config.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.dialogs.ListSelectionDialog;

import mai.launcher.core.LauncherException;
import mai.launcher.core.config.ConfigException;
import mai.launcher.core.config.ConfigValue;
import mai.launcher.core.config.TomlDocument;
import mai.launcher.core.config.TomlPath;
import mai.launcher.core.config.maibot.ModelConfigProviders;
import mai.launcher.core.config.maibot.ModelProblem;
import mai.launcher.core.config.maibot.ModelRules;
import mai.launcher.core.config.maibot.ProviderEntry;
import mai.launcher.core.config.maibot.Severity;
import mai.launcher.core.config.providers.ApiProvider;
import mai.launcher.core.config.providers.ApiProviders;
import mai.launcher.ui.internal.Services;

/**
 * The model setup of model_config.toml as most users change it: the providers in the file with their client type
 * and parse modes (a launcher provider can be added with its key), the models, and which models each task uses;
 * MaiBot's rules checked as the file changes. Every change is an engine edit on the text.
 */
final class ModelForm {

    private static final List<String> REASONING_MODES = List.of("auto", "native", "think_tag", "none"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    private static final List<String> ARGUMENT_MODES = List.of("auto", "strict", "repair", "double_decode"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    private static final List<String> CLIENT_TYPES = List.of("openai", "openai_responses", "gemini"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

    /** A task of {@code [model_task_config]} with its models. */
    private record Task(String name, List<String> models) {
    }

    /** A {@code [[models]]} entry. */
    private record Model(String name, String identifier, String provider) {
    }

    private final ConfigBuffer buffer;
    private final ScrolledComposite scroll;
    private final Composite body;
    private final Label rules;
    private final TableViewer providers;
    private final Combo client;
    private final Combo reasoning;
    private final Combo arguments;
    private final TableViewer models;
    private final TableViewer tasks;
    private final Label problem;
    private boolean updating;

    ModelForm(Composite parent, ConfigBuffer buffer) {
        this.buffer = buffer;
        scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        body = new Composite(scroll, SWT.NONE);
        scroll.setContent(body);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        GridLayoutFactory.swtDefaults().margins(16, 12).spacing(8, 6).applyTo(body);
        heading(Messages.modelTitle);
        rules = new Label(body, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(500, SWT.DEFAULT).applyTo(rules);

        heading(Messages.modelProviders);
        providers = table(List.of(column(Messages.columnName, 130, e -> ((ProviderEntry) e).name()),
                column(Messages.columnUrl, 230, e -> ((ProviderEntry) e).baseUrl()),
                column(Messages.columnClient, 120, e -> ((ProviderEntry) e).clientType()),
                column(Messages.columnKey, 70, e -> ((ProviderEntry) e).hasApiKey() ? "\u25cf\u25cf\u25cf\u25cf" : "-"))); //$NON-NLS-1$ //$NON-NLS-2$
        Composite row = new Composite(body, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(8).applyTo(row);
        client = combo(row, Messages.modelClient, CLIENT_TYPES, "client_type"); //$NON-NLS-1$
        reasoning = combo(row, Messages.modelReasoning, REASONING_MODES, "reasoning_parse_mode"); //$NON-NLS-1$
        arguments = combo(row, Messages.modelArguments, ARGUMENT_MODES, "tool_argument_parse_mode"); //$NON-NLS-1$
        Button add = new Button(row, SWT.PUSH);
        add.setText(Messages.modelAddProvider);
        add.addListener(SWT.Selection, e -> addFromLauncher());
        Button remove = new Button(row, SWT.PUSH);
        remove.setText(Messages.modelRemoveProvider);
        remove.addListener(SWT.Selection, e -> selectedProvider().ifPresent(p -> apply(d -> new ModelConfigProviders(d).remove(p.name()))));
        providers.addSelectionChangedListener(e -> showProvider());

        heading(Messages.modelModels);
        models = table(List.of(column(Messages.modelName, 200, e -> ((Model) e).name()),
                column(Messages.modelIdentifier, 200, e -> ((Model) e).identifier()),
                column(Messages.modelProvider, 150, e -> ((Model) e).provider())));

        heading(Messages.modelTasks);
        tasks = table(List.of(column(Messages.modelTask, 160, e -> ((Task) e).name()),
                column(Messages.modelTaskModels, 420, e -> String.join(", ", ((Task) e).models())))); //$NON-NLS-1$
        tasks.addDoubleClickListener(e -> chooseModels((Task) tasks.getStructuredSelection().getFirstElement()));
        Label hint = new Label(body, SWT.WRAP);
        hint.setText(Messages.modelTaskHint);
        problem = new Label(body, SWT.WRAP);
        problem.setForeground(Display.getCurrent().getSystemColor(SWT.COLOR_RED));
        GridDataFactory.fillDefaults().grab(true, false).hint(500, SWT.DEFAULT).applyTo(problem);
        buffer.addListener(b -> refresh());
        refresh();
    }

    private void heading(String text) {
        Label label = new Label(body, SWT.NONE);
        label.setText(text);
        label.setFont(JFaceResources.getBannerFont());
        GridDataFactory.fillDefaults().indent(0, 8).applyTo(label);
    }

    private record Column(String title, int width, Function<Object, String> text) {
    }

    private static Column column(String title, int width, Function<Object, String> text) {
        return new Column(title, width, text);
    }

    private TableViewer table(List<Column> columns) {
        TableViewer viewer = new TableViewer(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        viewer.getTable().setHeaderVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        for (Column column : columns) {
            TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
            c.getColumn().setText(column.title());
            c.getColumn().setWidth(column.width());
            c.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    return column.text().apply(element);
                }
            });
        }
        GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 110).applyTo(viewer.getControl());
        return viewer;
    }

    private Combo combo(Composite row, String label, List<String> values, String key) {
        new Label(row, SWT.NONE).setText(label);
        Combo combo = new Combo(row, SWT.READ_ONLY);
        values.forEach(combo::add);
        combo.addListener(SWT.Selection, e -> selectedProvider().ifPresent(p -> setProviderKey(p, key,
                combo.getText())));
        return combo;
    }

    /** Sets a provider's key, adding it to the entry when the file leaves it at MaiBot's default. */
    private void setProviderKey(ProviderEntry provider, String key, String value) {
        TomlPath path = TomlPath.of("api_providers", provider.index(), key); //$NON-NLS-1$
        apply(d -> {
            if (d.get(path).isPresent()) {
                d.set(path, new ConfigValue.StringValue(value));
            } else {
                d.addKey(TomlPath.of("api_providers", provider.index()), key, new ConfigValue.StringValue(value)); //$NON-NLS-1$
            }
        });
    }

    private Optional<ProviderEntry> selectedProvider() {
        return Optional.ofNullable((ProviderEntry) providers.getStructuredSelection().getFirstElement());
    }

    private void showProvider() {
        Optional<ProviderEntry> provider = selectedProvider();
        Optional<TomlDocument> document = buffer.document();
        for (Combo combo : List.of(client, reasoning, arguments)) {
            combo.setEnabled(provider.isPresent() && document.isPresent());
        }
        if (provider.isEmpty() || document.isEmpty()) {
            return;
        }
        client.setText(provider.get().clientType());
        reasoning.setText(text(document.get(), provider.get(), "reasoning_parse_mode")); //$NON-NLS-1$
        arguments.setText(text(document.get(), provider.get(), "tool_argument_parse_mode")); //$NON-NLS-1$
    }

    private static String text(TomlDocument document, ProviderEntry provider, String key) {
        return document.get(TomlPath.of("api_providers", provider.index(), key)) //$NON-NLS-1$
                .filter(v -> v instanceof ConfigValue.StringValue).map(v -> ((ConfigValue.StringValue) v).value())
                .orElse("auto"); //$NON-NLS-1$
    }

    /** Picks one of the launcher's providers and adds it to the file with its key from secure storage. */
    private void addFromLauncher() {
        List<ApiProvider> kept;
        try {
            kept = Services.get(ApiProviders.class).list();
        } catch (LauncherException e) {
            problem.setText(e.getMessage());
            return;
        }
        if (kept.isEmpty()) {
            problem.setText(Messages.modelNoLauncherProviders);
            body.layout(true, true);
            return;
        }
        ElementListSelectionDialog dialog = new ElementListSelectionDialog(body.getShell(), new LabelProvider() {
            @Override
            public String getText(Object element) {
                return ((ApiProvider) element).name() + "  (" + ((ApiProvider) element).baseUrl() + ")"; //$NON-NLS-1$ //$NON-NLS-2$
            }
        });
        dialog.setTitle(Messages.modelAddProvider);
        dialog.setMessage(Messages.modelAddProviderMessage);
        dialog.setElements(kept.toArray());
        if (dialog.open() != Window.OK || dialog.getFirstResult() == null) {
            return;
        }
        ApiProvider chosen = (ApiProvider) dialog.getFirstResult();
        String key;
        try {
            key = Services.get(ApiProviders.class).key(chosen.id()).orElse(""); //$NON-NLS-1$
        } catch (LauncherException e) {
            problem.setText(e.getMessage());
            return;
        }
        apply(d -> new ModelConfigProviders(d).add(chosen.name(), chosen.baseUrl(), chosen.clientType().tomlName(),
                key));
    }

    private void chooseModels(Task task) {
        if (task == null) {
            return;
        }
        List<String> names = models().stream().map(Model::name).toList();
        ListSelectionDialog dialog = ListSelectionDialog.of(names).contentProvider(ArrayContentProvider.getInstance())
                .labelProvider(new LabelProvider()).message(NLS.bind(Messages.modelChooseModels, task.name()))
                .preselect(task.models().toArray()).create(body.getShell());
        dialog.setTitle(Messages.modelTasks);
        if (dialog.open() != Window.OK) {
            return;
        }
        List<String> chosen = new ArrayList<>(task.models().stream().filter(m -> contains(dialog.getResult(), m)).toList());
        for (Object name : dialog.getResult()) {
            if (!chosen.contains(name)) {
                chosen.add((String) name);
            }
        }
        apply(d -> d.set(TomlPath.of("model_task_config", task.name(), "model_list"), //$NON-NLS-1$ //$NON-NLS-2$
                new ConfigValue.ArrayValue(chosen.stream().map(n -> (ConfigValue) new ConfigValue.StringValue(n))
                        .toList())));
    }

    private static boolean contains(Object[] values, String value) {
        for (Object v : values) {
            if (value.equals(v)) {
                return true;
            }
        }
        return false;
    }

    private void apply(ConfigBuffer.Edit edit) {
        try {
            updating = true;
            buffer.edit(edit);
            problem.setText(""); //$NON-NLS-1$
        } catch (ConfigException e) {
            problem.setText(e.getMessage());
        } finally {
            updating = false;
        }
        refresh();
    }

    private List<Model> models() {
        return buffer.document().map(d -> d.tableArray(TomlPath.of("models")).stream() //$NON-NLS-1$
                .map(t -> new Model(string(t.entries(), "name"), string(t.entries(), "model_identifier"), //$NON-NLS-1$ //$NON-NLS-2$
                        string(t.entries(), "api_provider"))) //$NON-NLS-1$
                .toList()).orElse(List.of());
    }

    private List<Task> tasks() {
        Optional<TomlDocument> document = buffer.document();
        if (document.isEmpty()) {
            return List.of();
        }
        List<Task> list = new ArrayList<>();
        for (String name : document.get().keys(TomlPath.of("model_task_config"))) { //$NON-NLS-1$
            document.get().get(TomlPath.of("model_task_config", name, "model_list")) //$NON-NLS-1$ //$NON-NLS-2$
                    .filter(v -> v instanceof ConfigValue.ArrayValue)
                    .ifPresent(v -> list.add(new Task(name, ((ConfigValue.ArrayValue) v).elements().stream()
                            .filter(e -> e instanceof ConfigValue.StringValue)
                            .map(e -> ((ConfigValue.StringValue) e).value()).toList())));
        }
        return list;
    }

    private static String string(Map<String, ConfigValue> entries, String key) {
        ConfigValue value = entries.get(key);
        return value instanceof ConfigValue.StringValue s ? s.value() : ""; //$NON-NLS-1$
    }

    private void refresh() {
        if (body.isDisposed() || updating) {
            return;
        }
        Optional<TomlDocument> document = buffer.document();
        if (document.isEmpty()) {
            rules.setText(NLS.bind(Messages.formWaitsForSource, buffer.problems().isEmpty() ? "" //$NON-NLS-1$
                    : buffer.problems().get(0).message()));
            rules.setForeground(Display.getCurrent().getSystemColor(SWT.COLOR_RED));
        } else {
            List<ModelProblem> found = ModelRules.check(document.get());
            rules.setText(found.isEmpty() ? Messages.modelRulesOk : String.join("\n", found.stream() //$NON-NLS-1$
                    .map(p -> (p.severity() == Severity.ERROR ? "\u2716 " : "\u26a0 ") + p.message()).toList())); //$NON-NLS-1$ //$NON-NLS-2$
            rules.setForeground(found.isEmpty() ? null : Display.getCurrent().getSystemColor(
                    ModelRules.hasErrors(found) ? SWT.COLOR_RED : SWT.COLOR_DARK_YELLOW));
        }
        Optional<ProviderEntry> selected = selectedProvider();
        List<ProviderEntry> entries = document.map(d -> new ModelConfigProviders(d).list()).orElse(List.of());
        providers.setInput(entries);
        selected.flatMap(s -> entries.stream().filter(e -> e.name().equals(s.name())).findFirst())
                .or(() -> entries.stream().findFirst())
                .ifPresent(e -> providers.setSelection(new StructuredSelection(e)));
        models.setInput(models());
        tasks.setInput(tasks());
        showProvider();
        scroll.setMinSize(body.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        body.layout(true, true);
    }

    Composite control() {
        return scroll;
    }
}
