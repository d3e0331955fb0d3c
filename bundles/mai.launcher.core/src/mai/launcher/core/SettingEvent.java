package mai.launcher.core;

import java.util.Objects;

/**
 * The payload of {@link Topics#SETTING_CHANGED}.
 *
 * @param key the setting that changed
 * @since 0.1
 */
public record SettingEvent(String key) {

    /** @throws NullPointerException if the key is {@code null} */
    public SettingEvent {
        Objects.requireNonNull(key, "key"); //$NON-NLS-1$
    }
}
