package mai.launcher.core.config.maibot;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two generations of MaiBot a launcher handles. They differ in processes, wiring and files:
 * 0.x runs the NapCat adapter as its own process and keeps MaiBot's ports in {@code .env}; 1.x runs
 * the adapter as a plugin and keeps everything in TOML.
 *
 * @since 0.1
 */
public enum Generation {
    /** MaiBot 0.x (up to 0.12.x): standalone adapter, reverse WebSocket, {@code .env}. */
    V0,
    /** MaiBot 1.x: adapter plugin, forward WebSocket to NapCat, no {@code .env}. */
    V1;

    private static final Pattern MAJOR = Pattern.compile("^\\s*[vV]?(\\d+)\\.");

    /**
     * Tells the generation of a MaiBot version such as {@code 0.12.3}, {@code v1.2.1} or
     * {@code 1.0.0-beta}.
     *
     * @param version a MaiBot release version (not a config file's {@code [inner].version}, which
     *                numbers the file layout instead)
     * @return the generation, or empty when the text is not a version or names a later generation
     */
    public static Optional<Generation> ofVersion(String version) {
        Matcher m = MAJOR.matcher(Objects.requireNonNull(version, "version"));
        if (!m.find()) {
            return Optional.empty();
        }
        return switch (m.group(1)) {
            case "0" -> Optional.of(V0);
            case "1" -> Optional.of(V1);
            default -> Optional.empty();
        };
    }

    /**
     * Returns the label people know, {@code 0.x} or {@code 1.x}.
     *
     * @return the label
     */
    public String label() {
        return this == V0 ? "0.x" : "1.x"; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
