package mai.launcher.core.config.maibot.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import mai.launcher.core.config.maibot.ConfigEdit;
import mai.launcher.core.config.maibot.Severity;
import mai.launcher.core.config.maibot.WiringFinding;
import mai.launcher.core.config.maibot.WiringFinding.Link;

/** Small builders shared by the wiring rules. */
final class Findings {

    private Findings() {
    }

    static WiringFinding error(Link link, Optional<ConfigEdit> fix, String message, Object... args) {
        return new WiringFinding(link, Severity.ERROR, Messages.format(message, args), fix);
    }

    static WiringFinding warning(Link link, Optional<ConfigEdit> fix, String message, Object... args) {
        return new WiringFinding(link, Severity.WARNING, Messages.format(message, args), fix);
    }

    /** The entry NapCat's WebUI creates for a WebSocket client, pointing at the 0.x adapter. */
    static Map<String, Object> newClient(String url, String token) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("enable", Boolean.TRUE); //$NON-NLS-1$
        m.put("name", "MaiBot-Napcat-Adapter"); //$NON-NLS-1$ //$NON-NLS-2$
        m.put("url", url); //$NON-NLS-1$
        m.put("reportSelfMessage", Boolean.FALSE); //$NON-NLS-1$
        m.put("messagePostFormat", "array"); //$NON-NLS-1$ //$NON-NLS-2$
        m.put("token", token); //$NON-NLS-1$
        m.put("debug", Boolean.FALSE); //$NON-NLS-1$
        m.put("heartInterval", Integer.valueOf(30000)); //$NON-NLS-1$
        m.put("reconnectInterval", Integer.valueOf(5000)); //$NON-NLS-1$
        return m;
    }

    /** The entry of NapCat's {@code ws} template, for the 1.x adapter plugin to connect to. */
    static Map<String, Object> newServer(String host, int port, String token) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("enable", Boolean.TRUE); //$NON-NLS-1$
        m.put("name", "MaiBot"); //$NON-NLS-1$ //$NON-NLS-2$
        m.put("host", host); //$NON-NLS-1$
        m.put("port", Integer.valueOf(port)); //$NON-NLS-1$
        m.put("reportSelfMessage", Boolean.FALSE); //$NON-NLS-1$
        m.put("enableForcePushEvent", Boolean.TRUE); //$NON-NLS-1$
        m.put("messagePostFormat", "array"); //$NON-NLS-1$ //$NON-NLS-2$
        m.put("token", token); //$NON-NLS-1$
        m.put("debug", Boolean.FALSE); //$NON-NLS-1$
        m.put("heartInterval", Integer.valueOf(30000)); //$NON-NLS-1$
        return m;
    }

    /** The entry that best matches a port: enabled and on that port, else enabled, else the first. */
    static <T> T best(List<T> entries, Predicate<T> onPort, Predicate<T> enabled) {
        return entries.stream().filter(onPort.and(enabled)).findFirst()
                .or(() -> entries.stream().filter(enabled).findFirst()).orElse(entries.get(0));
    }
}
