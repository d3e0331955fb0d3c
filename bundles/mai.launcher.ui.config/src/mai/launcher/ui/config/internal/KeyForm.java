package mai.launcher.ui.config.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import mai.launcher.core.config.ConfigException;
import mai.launcher.core.config.ConfigValue;
import mai.launcher.core.config.TomlDocument;
import mai.launcher.core.config.TomlPath;

/**
 * A form for the keys most users change, each as a field: typed text read as the key's type (a number stays a
 * number), a check box for true/false. A change is written into the text as an engine edit that keeps everything
 * else (comments included); a value that does not fit is refused beside its field. While the text has errors the
 * form waits for them to be fixed on the Source page. Keys the file does not have are shown as such.
 */
final class KeyForm {

    private final ConfigBuffer buffer;
    private final Composite control;
    private final Label banner;
    private final List<Field> fields = new ArrayList<>();
    private boolean updating;

    KeyForm(Composite parent, ConfigBuffer buffer, List<TomlPath> paths, String title) {
        this.buffer = buffer;
        control = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).margins(16, 12).spacing(12, 8).applyTo(control);
        Label heading = new Label(control, SWT.NONE);
        heading.setText(title);
        heading.setFont(JFaceResources.getHeaderFont());
        GridDataFactory.fillDefaults().span(3, 1).applyTo(heading);
        banner = new Label(control, SWT.WRAP);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(400, SWT.DEFAULT).applyTo(banner);
        for (TomlPath path : paths) {
            fields.add(new Field(path));
        }
        buffer.addListener(b -> refresh());
        refresh();
    }

    /** One key: its label, its editor (text or check box), and what is wrong with the value typed. */
    private final class Field {
        final TomlPath path;
        final Label label;
        final Text text;
        final Button check;
        final Label problem;

        Field(TomlPath path) {
            this.path = path;
            label = new Label(control, SWT.NONE);
            label.setText(path.toString());
            Composite editors = new Composite(control, SWT.NONE);
            GridLayoutFactory.fillDefaults().applyTo(editors);
            GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(editors);
            text = new Text(editors, SWT.BORDER | SWT.SINGLE);
            GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
            check = new Button(editors, SWT.CHECK);
            GridDataFactory.fillDefaults().applyTo(check);
            problem = new Label(control, SWT.WRAP);
            problem.setForeground(Display.getCurrent().getSystemColor(SWT.COLOR_RED));
            GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(problem);
            text.addListener(SWT.DefaultSelection, e -> applyText());
            text.addListener(SWT.FocusOut, e -> applyText());
            check.addListener(SWT.Selection, e -> apply(d -> d.set(path, new ConfigValue.BooleanValue(check.getSelection()))));
        }

        void show(Optional<TomlDocument> document) {
            Optional<ConfigValue> value = document.flatMap(d -> d.get(path));
            boolean bool = value.isPresent() && value.get() instanceof ConfigValue.BooleanValue;
            setVisible(text, !bool);
            setVisible(check, bool);
            if (bool) {
                check.setSelection(((ConfigValue.BooleanValue) value.get()).value());
            } else if (!text.isFocusControl() || document.isEmpty()) {
                text.setText(value.map(KeyForm::display).orElse("")); //$NON-NLS-1$
            }
            text.setMessage(document.isPresent() && value.isEmpty() ? Messages.formKeyMissing : ""); //$NON-NLS-1$
            boolean editable = document.isPresent() && value.isPresent();
            text.setEnabled(editable);
            check.setEnabled(editable);
            label.setEnabled(editable);
        }

        private void applyText() {
            if (updating || !text.isEnabled()) {
                return;
            }
            Optional<ConfigValue> now = buffer.document().flatMap(d -> d.get(path));
            if (now.isPresent() && display(now.get()).equals(text.getText())) {
                return;
            }
            apply(d -> d.setFromText(path, text.getText()));
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
            control.layout(true, true);
        }
    }

    /** Shows one of a field's two editors; the hidden one takes no room. */
    private static void setVisible(Control control, boolean visible) {
        control.setVisible(visible);
        ((GridData) control.getLayoutData()).exclude = !visible;
    }

    /** The value as the user types it: strings without quotes, the rest as TOML writes it. */
    static String display(ConfigValue value) {
        return switch (value) {
            case ConfigValue.StringValue v -> v.value();
            case ConfigValue.IntegerValue v -> String.valueOf(v.value());
            case ConfigValue.FloatValue v -> String.valueOf(v.value());
            case ConfigValue.BooleanValue v -> String.valueOf(v.value());
            case ConfigValue.ArrayValue v -> v.elements().stream().map(KeyForm::quoted)
                    .collect(Collectors.joining(", ", "[", "]")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            default -> value.toString();
        };
    }

    private static String quoted(ConfigValue value) {
        return value instanceof ConfigValue.StringValue s ? '"' + s.value().replace("\\", "\\\\").replace("\"", "\\\"") + '"' //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                : display(value);
    }

    /** Shows the parsed values, or why the form cannot be used now. */
    private void refresh() {
        if (control.isDisposed() || updating) {
            return;
        }
        Optional<TomlDocument> document = buffer.document();
        banner.setText(document.isPresent() ? Messages.formHint
                : NLS.bind(Messages.formWaitsForSource, buffer.problems().isEmpty() ? "" //$NON-NLS-1$
                        : buffer.problems().get(0).message()));
        banner.setForeground(document.isPresent() ? null : Display.getCurrent().getSystemColor(SWT.COLOR_RED));
        for (Field field : fields) {
            field.show(document);
        }
        control.layout(true, true);
    }

    Composite control() {
        return control;
    }

    /** @return the field editing a key, for tests */
    Optional<Text> textOf(TomlPath path) {
        return fields.stream().filter(f -> f.path.equals(path)).map(f -> f.text).findFirst();
    }
}
