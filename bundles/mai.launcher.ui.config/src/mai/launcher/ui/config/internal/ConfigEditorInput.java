package mai.launcher.ui.config.internal;

import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/**
 * A TOML file of an instance opened in a config editor, with its content already read (off the UI thread, by
 * whoever opens it). Two inputs on the same file are equal, so a file opens in one editor only.
 */
public final class ConfigEditorInput implements IEditorInput {

    private final ConfigBuffer buffer;
    private final FileKind kind;
    private final String instanceName;

    ConfigEditorInput(ConfigBuffer buffer, FileKind kind, String instanceName) {
        this.buffer = buffer;
        this.kind = kind;
        this.instanceName = instanceName;
    }

    ConfigBuffer buffer() {
        return buffer;
    }

    /** @return which of an instance's files it is */
    public FileKind kind() {
        return kind;
    }

    /** @return the file */
    public Path file() {
        return buffer.file();
    }

    @Override
    public boolean exists() {
        return false; // not in the recently used list: it needs its instance
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return ImageDescriptor.getMissingImageDescriptor();
    }

    @Override
    public String getName() {
        return buffer.file().getFileName() + " \u00b7 " + instanceName; //$NON-NLS-1$
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return buffer.file().toString();
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof ConfigEditorInput other && other.file().equals(file());
    }

    @Override
    public int hashCode() {
        return Objects.hash(file());
    }
}
