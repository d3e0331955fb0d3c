package mai.launcher.ui.config.internal;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.text.source.SourceViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

/**
 * Colours TOML in a source viewer: tokens are computed for the whole text after each change (it may have opened or
 * closed a multi-line string far away) and given to the viewer as its text presentation.
 */
final class TomlHighlighting {

    private final SourceViewer viewer;
    private final Map<TomlTokens.Kind, Color> colors = new EnumMap<>(TomlTokens.Kind.class);

    TomlHighlighting(SourceViewer viewer, ResourceManager resources) {
        this.viewer = viewer;
        colors.put(TomlTokens.Kind.COMMENT, color(resources, 106, 115, 125));
        colors.put(TomlTokens.Kind.HEADER, color(resources, 0, 80, 160));
        colors.put(TomlTokens.Kind.KEY, color(resources, 128, 0, 128));
        colors.put(TomlTokens.Kind.STRING, color(resources, 20, 120, 40));
        colors.put(TomlTokens.Kind.NUMBER, color(resources, 180, 80, 0));
        colors.put(TomlTokens.Kind.BOOLEAN, color(resources, 180, 80, 0));
        colors.put(TomlTokens.Kind.DATE, color(resources, 180, 80, 0));
    }

    private static Color color(ResourceManager resources, int r, int g, int b) {
        return resources.create(ColorDescriptor.createFrom(new RGB(r, g, b)));
    }

    /** Recomputes the tokens and repaints. */
    void refresh() {
        int length = viewer.getDocument().getLength();
        TextPresentation presentation = new TextPresentation(new Region(0, length), 256);
        presentation.setDefaultStyleRange(new StyleRange(0, length, null, null));
        for (TomlTokens.Token token : TomlTokens.scan(viewer.getDocument().get())) {
            if (token.offset() + token.length() > length) {
                continue;
            }
            StyleRange style = new StyleRange(token.offset(), token.length(), colors.get(token.kind()), null);
            if (token.kind() == TomlTokens.Kind.HEADER) {
                style.fontStyle = SWT.BOLD;
            } else if (token.kind() == TomlTokens.Kind.COMMENT) {
                style.fontStyle = SWT.ITALIC;
            }
            presentation.addStyleRange(style);
        }
        viewer.changeTextPresentation(presentation, false);
    }
}
