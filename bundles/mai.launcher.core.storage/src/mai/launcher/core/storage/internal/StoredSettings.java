package mai.launcher.core.storage.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import mai.launcher.core.ErrorCode;
import mai.launcher.core.EventPublisher;
import mai.launcher.core.LauncherException;
import mai.launcher.core.SettingEvent;
import mai.launcher.core.Topics;
import mai.launcher.core.storage.Database;
import mai.launcher.core.storage.SettingDefinition;
import mai.launcher.core.storage.Settings;
import mai.launcher.core.storage.SettingsContribution;
import mai.launcher.core.storage.SqlTimestamps;

/** Settings in {@code launcher_config}, checked against the definitions the modules contribute. */
@Component(service = Settings.class)
public final class StoredSettings implements Settings {

    private final Database database;
    private final EventPublisher events;
    private final List<SettingsContribution> contributions = new CopyOnWriteArrayList<>();

    @Activate
    public StoredSettings(@Reference Database database, @Reference EventPublisher events) {
        this.database = database;
        this.events = events;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addContribution(SettingsContribution contribution) {
        contributions.add(contribution);
    }

    void removeContribution(SettingsContribution contribution) {
        contributions.remove(contribution);
    }

    @Override
    public List<SettingDefinition> definitions() {
        return contributions.stream().flatMap(c -> c.settings().stream())
                .sorted(Comparator.comparing(SettingDefinition::key)).toList();
    }

    @Override
    public Optional<SettingDefinition> definition(String key) {
        return definitions().stream().filter(d -> d.key().equals(key)).findFirst();
    }

    @Override
    public Optional<String> get(String key) throws LauncherException {
        Objects.requireNonNull(key, "key"); //$NON-NLS-1$
        Optional<String> stored = database.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT value FROM launcher_config WHERE key = ?")) { //$NON-NLS-1$
                select.setString(1, key);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.ofNullable(rows.getString(1)) : Optional.<String>empty();
                }
            }
        });
        return stored.filter(v -> !v.isEmpty())
                .or(() -> definition(key).map(SettingDefinition::defaultValue).filter(v -> !v.isEmpty()));
    }

    @Override
    public void set(String key, String value) throws LauncherException {
        SettingDefinition definition = definition(key).orElseThrow(() -> new LauncherException(
                ErrorCode.INVALID_INPUT, NLS.bind(Messages.settingUnknown, key, knownKeys())));
        String text = value == null ? "" : value.strip(); //$NON-NLS-1$
        Optional<String> problem = definition.problem(text);
        if (problem.isPresent()) {
            throw new LauncherException(ErrorCode.INVALID_INPUT, problem.get());
        }
        database.write(c -> {
            try (PreparedStatement upsert = c.prepareStatement(text.isEmpty()
                    ? "DELETE FROM launcher_config WHERE key = ?" //$NON-NLS-1$
                    : "INSERT INTO launcher_config (key, value, updated_at) VALUES (?, ?, ?) " //$NON-NLS-1$
                            + "ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at")) { //$NON-NLS-1$
                upsert.setString(1, key);
                if (!text.isEmpty()) {
                    upsert.setString(2, text);
                    upsert.setString(3, SqlTimestamps.now());
                }
                return upsert.executeUpdate();
            }
        });
        events.post(Topics.SETTING_CHANGED, new SettingEvent(key));
    }

    private String knownKeys() {
        return String.join(", ", definitions().stream().map(SettingDefinition::key).toList()); //$NON-NLS-1$
    }
}
