package mai.launcher.core;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.eclipse.osgi.util.NLS;

import mai.launcher.core.internal.Messages;

/**
 * The launcher's data folder and the places inside it. The layout is the old launcher's, so that either launcher
 * opens the other's data:
 *
 * <pre>
 * mailauncher-data/
 *   deployments/&lt;instance&gt;/...      one folder per instance (MaiBot, MaiBot-Napcat-Adapter, NapCat)
 *   data/database/mailauncher.db      SQLite database
 *   data/database/backups/            copies made before schema migrations
 *   data/Log/                         log files
 *   data/workbench/                   the workbench's own state (window layout, preferences)
 * </pre>
 *
 * The folder is chosen, first match wins, by the {@code --data-dir DIR} argument, the {@value #DATA_DIR_PROPERTY}
 * system property, the {@value #DATA_DIR_ENV} environment variable, and otherwise {@value #DEFAULT_FOLDER_NAME}
 * next to the program. The applications register the chosen instance as an OSGi service; services that store data
 * require it, so nothing is written before the folder is known.
 *
 * @since 0.1
 */
public final class LauncherPaths {

    /** The command-line option that names the data folder. */
    public static final String DATA_DIR_OPTION = "--data-dir"; //$NON-NLS-1$
    /** The system property that names the data folder. */
    public static final String DATA_DIR_PROPERTY = "mai.launcher.data.dir"; //$NON-NLS-1$
    /** The environment variable that names the data folder. */
    public static final String DATA_DIR_ENV = "MAI_LAUNCHER_DATA_DIR"; //$NON-NLS-1$
    /** The name of the data folder next to the program. */
    public static final String DEFAULT_FOLDER_NAME = "mailauncher-data"; //$NON-NLS-1$

    private final Path root;

    /**
     * @param root the data folder; made absolute and normalised
     */
    public LauncherPaths(Path root) {
        this.root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize(); //$NON-NLS-1$
    }

    /** @return the data folder itself */
    public Path root() {
        return root;
    }

    /** @return {@code deployments/}, which holds one folder per instance */
    public Path deployments() {
        return root.resolve("deployments"); //$NON-NLS-1$
    }

    /** @return {@code data/database/} */
    public Path databaseFolder() {
        return root.resolve("data").resolve("database"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** @return {@code data/database/mailauncher.db} */
    public Path database() {
        return databaseFolder().resolve("mailauncher.db"); //$NON-NLS-1$
    }

    /** @return {@code data/database/backups/}, where copies of the database are kept before migrations */
    public Path databaseBackups() {
        return databaseFolder().resolve("backups"); //$NON-NLS-1$
    }

    /** @return {@code data/Log/} */
    public Path logs() {
        return root.resolve("data").resolve("Log"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** @return {@code data/workbench/}, the workbench's own state */
    public Path workbenchState() {
        return root.resolve("data").resolve("workbench"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * Resolves an instance's folder, stored relative to {@link #deployments()}.
     *
     * @param relativePath the instance's stored path
     * @return the folder
     * @throws IllegalArgumentException if the path leaves the deployments folder
     */
    public Path instanceFolder(String relativePath) {
        Path deployments = deployments();
        Path folder = deployments.resolve(relativePath).normalize();
        if (!folder.startsWith(deployments) || folder.equals(deployments)) {
            throw new IllegalArgumentException("Instance path outside deployments/: " + relativePath); //$NON-NLS-1$
        }
        return folder;
    }

    /**
     * Creates the folders of the layout if they are missing and checks that the data folder and the database folder
     * can be written.
     *
     * @throws LauncherException with {@link ErrorCode#DATA_FOLDER_NOT_WRITABLE}, naming the folder and what to do
     */
    public void prepare() throws LauncherException {
        for (Path folder : List.of(root, deployments(), databaseFolder(), logs())) {
            try {
                Files.createDirectories(folder);
                Path probe = Files.createTempFile(folder, ".write-test", ".tmp"); //$NON-NLS-1$ //$NON-NLS-2$
                Files.delete(probe);
            } catch (IOException | SecurityException | UnsupportedOperationException e) {
                throw new LauncherException(ErrorCode.DATA_FOLDER_NOT_WRITABLE,
                        NLS.bind(Messages.dataFolderNotWritable, folder, reason(e)), e);
            }
        }
    }

    private static String reason(Exception e) {
        if (e instanceof AccessDeniedException) {
            return Messages.reasonAccessDenied;
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * Chooses the data folder.
     *
     * @param args          the application's arguments; {@code --data-dir DIR} and {@code --data-dir=DIR} are read
     * @param environment   the environment ({@code System::getenv} in production)
     * @param programFolder the folder that holds the program, if known
     * @return the paths of the chosen folder
     * @throws LauncherException with {@link ErrorCode#INVALID_INPUT} if {@code --data-dir} has no value or an
     *                           invalid one, or if no folder can be chosen
     */
    public static LauncherPaths choose(List<String> args, UnaryOperator<String> environment,
            Optional<Path> programFolder) throws LauncherException {
        Optional<String> argument = dataDirArgument(args);
        if (argument.isPresent()) {
            return of(argument.get());
        }
        String property = System.getProperty(DATA_DIR_PROPERTY);
        if (property != null && !property.isBlank()) {
            return of(property);
        }
        String env = environment.apply(DATA_DIR_ENV);
        if (env != null && !env.isBlank()) {
            return of(env);
        }
        Path folder = programFolder.map(LauncherPaths::besideAppBundle)
                .orElseGet(() -> Path.of(System.getProperty("user.dir"))); //$NON-NLS-1$
        return new LauncherPaths(folder.resolve(DEFAULT_FOLDER_NAME));
    }

    /**
     * On macOS the program lives in {@code MAI Launcher.app/Contents/Eclipse}; its data goes beside the app, not
     * inside the bundle.
     */
    private static Path besideAppBundle(Path programFolder) {
        Path contents = programFolder.getParent();
        Path app = contents == null ? null : contents.getParent();
        boolean inAppBundle = app != null && programFolder.getFileName().toString().equals("Eclipse") //$NON-NLS-1$
                && contents.getFileName().toString().equals("Contents") //$NON-NLS-1$
                && app.getFileName().toString().endsWith(".app") && app.getParent() != null; //$NON-NLS-1$
        return inAppBundle ? app.getParent() : programFolder;
    }

    /**
     * Reads {@code --data-dir DIR} or {@code --data-dir=DIR} from arguments.
     *
     * @param args the arguments
     * @return the value, if the option is present
     * @throws LauncherException if the option is present without a value
     */
    public static Optional<String> dataDirArgument(List<String> args) throws LauncherException {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals(DATA_DIR_OPTION)) {
                if (i + 1 >= args.size() || args.get(i + 1).isBlank() || args.get(i + 1).startsWith("-")) { //$NON-NLS-1$
                    throw new LauncherException(ErrorCode.INVALID_INPUT, Messages.dataDirMissingValue);
                }
                return Optional.of(args.get(i + 1));
            }
            if (arg.startsWith(DATA_DIR_OPTION + "=")) { //$NON-NLS-1$
                String value = arg.substring(DATA_DIR_OPTION.length() + 1);
                if (value.isBlank()) {
                    throw new LauncherException(ErrorCode.INVALID_INPUT, Messages.dataDirMissingValue);
                }
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /**
     * @return the folder the program is installed in (the OSGi install area, where the start script is), if known
     */
    public static Optional<Path> installFolder() {
        String area = System.getProperty("osgi.install.area"); //$NON-NLS-1$
        if (area == null || !area.startsWith("file:")) { //$NON-NLS-1$
            return Optional.empty();
        }
        // Equinox writes a file: URL whose path is not encoded (spaces stay spaces), so it is not a valid URI.
        String path = area.substring("file:".length()).replaceFirst("^/+", "/") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .replaceFirst("^/([A-Za-z]:)", "$1"); //$NON-NLS-1$ //$NON-NLS-2$
        try {
            return Optional.of(Path.of(path));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    private static LauncherPaths of(String folder) throws LauncherException {
        try {
            String expanded = folder.startsWith("~/") || folder.equals("~") //$NON-NLS-1$ //$NON-NLS-2$
                    ? System.getProperty("user.home") + folder.substring(1) //$NON-NLS-1$
                    : folder;
            return new LauncherPaths(Path.of(expanded));
        } catch (InvalidPathException e) {
            throw new LauncherException(ErrorCode.INVALID_INPUT, NLS.bind(Messages.dataDirInvalid, folder), e);
        }
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof LauncherPaths other && other.root.equals(root);
    }

    @Override
    public int hashCode() {
        return root.hashCode();
    }

    @Override
    public String toString() {
        return root.toString();
    }
}
