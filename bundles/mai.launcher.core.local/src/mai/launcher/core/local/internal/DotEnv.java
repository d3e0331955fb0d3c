package mai.launcher.core.local.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mai.launcher.core.AtomicWrite;

/**
 * Sets variables in MaiBot's {@code .env} (HOST, PORT, WEBUI_PORT), keeping its other lines and comments. MaiBot 0.x
 * reads it; 1.x moves it into its TOML config on first start.
 */
public final class DotEnv {

    private DotEnv() {
    }

    /**
     * @param file      the {@code .env} file; made (from {@code template} when given) if missing
     * @param template  a template to start from, may not exist
     * @param variables the variables to set
     * @throws IOException if it cannot be read or written
     */
    public static void set(Path file, Path template, Map<String, String> variables) throws IOException {
        List<String> lines = new ArrayList<>();
        if (Files.isRegularFile(file)) {
            lines.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
        } else if (template != null && Files.isRegularFile(template)) {
            lines.addAll(Files.readAllLines(template, StandardCharsets.UTF_8));
        }
        Map<String, String> missing = new LinkedHashMap<>(variables);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int eq = line.indexOf('=');
            if (eq > 0 && !line.stripLeading().startsWith("#")) { //$NON-NLS-1$
                String key = line.substring(0, eq).strip();
                if (missing.containsKey(key)) {
                    lines.set(i, key + "=" + missing.remove(key)); //$NON-NLS-1$
                }
            }
        }
        missing.forEach((key, value) -> lines.add(key + "=" + value)); //$NON-NLS-1$
        AtomicWrite.string(file, String.join("\n", lines) + "\n"); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
