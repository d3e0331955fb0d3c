package mai.launcher.ui.internal.views;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;

import mai.launcher.ui.internal.Images;
import mai.launcher.ui.internal.Messages;

/** What the Instances view shows when there are none: a picture, a sentence and a link that creates one. */
final class EmptyState {

    private final Composite composite;

    EmptyState(Composite parent, ResourceManager resources, Runnable create) {
        composite = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(24, 24).applyTo(composite);
        Composite centre = new Composite(composite, SWT.NONE);
        GridDataFactory.swtDefaults().align(SWT.CENTER, SWT.CENTER).grab(true, true).applyTo(centre);
        GridLayoutFactory.swtDefaults().spacing(8, 10).applyTo(centre);

        Label image = new Label(centre, SWT.NONE);
        image.setImage(resources.create(Images.descriptor(Images.LAUNCHER_64)));
        GridDataFactory.swtDefaults().align(SWT.CENTER, SWT.CENTER).applyTo(image);

        Link link = new Link(centre, SWT.NONE);
        link.setText(Messages.emptyInstances);
        link.setFont(JFaceResources.getHeaderFont());
        link.addListener(SWT.Selection, e -> create.run());
        GridDataFactory.swtDefaults().align(SWT.CENTER, SWT.CENTER).applyTo(link);

        Label hint = new Label(centre, SWT.WRAP | SWT.CENTER);
        hint.setText(Messages.emptyInstancesHint);
        GridDataFactory.swtDefaults().align(SWT.CENTER, SWT.CENTER).hint(420, SWT.DEFAULT).applyTo(hint);
    }

    Control control() {
        return composite;
    }
}
