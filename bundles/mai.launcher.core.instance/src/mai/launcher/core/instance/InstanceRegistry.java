package mai.launcher.core.instance;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;

import mai.launcher.core.LauncherException;

/**
 * The bot instances of the data folder, stored in its database. Every change posts an event on a
 * {@code mai/launcher/instance/*} topic; changes made by another process on the same data folder (the command line
 * while the workbench is open) are found by watching the database and posted too, marked as external.
 * <p>
 * All methods do I/O: call them from a Job or another background thread, never from the UI thread.
 *
 * @since 0.1
 * @noimplement
 */
public interface InstanceRegistry {

    /**
     * @return every instance, ordered by creation time
     * @throws LauncherException if the database cannot be read
     */
    List<Instance> list() throws LauncherException;

    /**
     * @param id an instance id
     * @return the instance, or empty if there is none with that id
     * @throws LauncherException if the database cannot be read
     */
    Optional<Instance> get(String id) throws LauncherException;

    /**
     * Creates an instance and its folder under {@code deployments/}.
     *
     * @param spec the name, deploy mode and description
     * @return the new instance, with status {@link InstanceStatus#PENDING}
     * @throws LauncherException {@code INVALID_INPUT} for a bad name or mode, {@code DUPLICATE_NAME} if the name
     *                           is taken, or a storage error
     */
    Instance create(InstanceSpec spec) throws LauncherException;

    /**
     * Renames an instance. Its folder keeps its name, so a running bot is not disturbed.
     *
     * @param id      the instance
     * @param newName the new name
     * @return the renamed instance
     * @throws LauncherException {@code NOT_FOUND}, {@code INVALID_INPUT}, {@code DUPLICATE_NAME} or a storage error
     */
    Instance rename(String id, String newName) throws LauncherException;

    /**
     * Changes an instance's description.
     *
     * @param id          the instance
     * @param description the new description, may be empty
     * @return the changed instance
     * @throws LauncherException {@code NOT_FOUND} or a storage error
     */
    Instance describe(String id, String description) throws LauncherException;

    /**
     * Records what a deployment learned or the user chose about an instance (see {@code DeployRequest} for the
     * keys). The keys {@code qq} and {@code version} are also kept in the old launcher's {@code qq_account} and
     * {@code bot_version} columns.
     *
     * @param id      the instance
     * @param changes the options to set; an empty value removes the option
     * @return the changed instance
     * @throws LauncherException {@code NOT_FOUND} or a storage error
     */
    Instance updateOptions(String id, Map<String, String> changes) throws LauncherException;

    /**
     * Records an instance's run status.
     *
     * @param id     the instance
     * @param status the new status
     * @param reason why, shown to the user; may be empty
     * @return the changed instance
     * @throws LauncherException {@code NOT_FOUND} or a storage error
     */
    Instance setStatus(String id, InstanceStatus status, String reason) throws LauncherException;

    /**
     * Deletes an instance and its records (deployments and their logs, schedules, versions, backups records).
     *
     * @param id          the instance
     * @param deleteFiles whether to delete its folder under {@code deployments/} too; otherwise it stays on disk
     * @param monitor     progress and cancellation for deleting files; may be {@code null}
     * @throws LauncherException {@code NOT_FOUND}, a storage error, or {@code IO_ERROR} if files could not be
     *                           deleted (the instance is gone from the database then, and the message names
     *                           the folder left behind)
     */
    void delete(String id, boolean deleteFiles, IProgressMonitor monitor) throws LauncherException;
}
