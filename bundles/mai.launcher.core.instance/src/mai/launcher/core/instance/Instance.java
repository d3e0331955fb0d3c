package mai.launcher.core.instance;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A bot instance: one MaiBot with its QQ backend, deployed in one mode, with its files under
 * {@code deployments/<instancePath>}. Immutable; ask the {@link InstanceRegistry} for the current state.
 *
 * @param id           {@code inst_} + 12 hex digits
 * @param name         the name shown to the user, unique among instances (ignoring case)
 * @param description  a free text, empty when there is none
 * @param deployMode   the deploy mode's id, see {@link DeployModeIds}
 * @param status       the run status
 * @param instancePath the instance's folder, relative to {@code deployments/}
 * @param botType      {@code maibot}, {@code napcat} or {@code other}, as the old launcher stores it
 * @param botVersion   the MaiBot version deployed, empty when not known
 * @param qqAccount    the QQ account the bot uses, empty when not set
 * @param createdAt    when it was created
 * @param updatedAt    when it was last changed
 * @param lastRun      when it last ran
 * @param options      what the deploy mode recorded (repository, version, ports, ...), see {@code DeployRequest}
 * @since 0.1
 */
public record Instance(String id, String name, String description, String deployMode, InstanceStatus status,
        String instancePath, String botType, String botVersion, String qqAccount, Optional<LocalDateTime> createdAt,
        Optional<LocalDateTime> updatedAt, Optional<LocalDateTime> lastRun, Map<String, String> options) {

    /** Checks for {@code null}s; empty strings stand for missing text. */
    public Instance {
        Objects.requireNonNull(id, "id"); //$NON-NLS-1$
        Objects.requireNonNull(name, "name"); //$NON-NLS-1$
        Objects.requireNonNull(description, "description"); //$NON-NLS-1$
        Objects.requireNonNull(deployMode, "deployMode"); //$NON-NLS-1$
        Objects.requireNonNull(status, "status"); //$NON-NLS-1$
        Objects.requireNonNull(instancePath, "instancePath"); //$NON-NLS-1$
        Objects.requireNonNull(botType, "botType"); //$NON-NLS-1$
        Objects.requireNonNull(botVersion, "botVersion"); //$NON-NLS-1$
        Objects.requireNonNull(qqAccount, "qqAccount"); //$NON-NLS-1$
        Objects.requireNonNull(createdAt, "createdAt"); //$NON-NLS-1$
        Objects.requireNonNull(updatedAt, "updatedAt"); //$NON-NLS-1$
        Objects.requireNonNull(lastRun, "lastRun"); //$NON-NLS-1$
        options = Map.copyOf(options);
    }
}
