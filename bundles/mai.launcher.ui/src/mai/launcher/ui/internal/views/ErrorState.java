package mai.launcher.ui.internal.views;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;

import mai.launcher.ui.internal.Messages;

/** What the Instances view shows when the instances cannot be read: the reason, and a way to try again. */
final class ErrorState {

    private final Composite composite;
    private final Label message;

    ErrorState(Composite parent, Runnable retry) {
        composite = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(16, 16).spacing(10, 10).applyTo(composite);
        Label icon = new Label(composite, SWT.NONE);
        icon.setImage(composite.getDisplay().getSystemImage(SWT.ICON_ERROR));
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(icon);
        message = new Label(composite, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(message);
        new Label(composite, SWT.NONE);
        Link again = new Link(composite, SWT.NONE);
        again.setText(Messages.tryAgain);
        again.addListener(SWT.Selection, e -> retry.run());
    }

    void setMessage(String text) {
        message.setText(text);
        composite.layout(true, true);
    }

    Control control() {
        return composite;
    }
}
