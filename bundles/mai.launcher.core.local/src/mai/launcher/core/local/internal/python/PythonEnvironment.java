package mai.launcher.core.local.internal.python;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import mai.launcher.core.FileTrees;
import mai.launcher.core.CommandRunner;
import mai.launcher.core.local.internal.Layout;
import mai.launcher.core.local.internal.Messages;
import mai.launcher.deployment.api.DeployException;

/**
 * An instance's Python environment ({@code venv/}): made with {@code venv} (or {@code uv} when present) from the
 * chosen interpreter, and filled with the requirements by pip, whose output goes to the deployment's log. An
 * environment an earlier run left unfinished (cut off before its marker was written, and with no pip inside), or
 * made with another Python, is made again.
 */
public final class PythonEnvironment {

    /** Where the packages come from: an index URL (a mirror), a folder of wheels (offline), both, or neither. */
    public record PackageSources(Optional<String> indexUrl, Optional<Path> wheelFolder) {

        List<String> pipArguments() {
            List<String> args = new ArrayList<>();
            indexUrl.ifPresent(url -> {
                args.add("--index-url"); //$NON-NLS-1$
                args.add(url);
            });
            wheelFolder.ifPresent(folder -> {
                if (indexUrl.isEmpty()) {
                    args.add("--no-index"); //$NON-NLS-1$
                }
                args.add("--find-links"); //$NON-NLS-1$
                args.add(folder.toString());
            });
            return args;
        }
    }

    private static final Map<String, String> ENVIRONMENT = Map.of("PYTHONIOENCODING", "utf-8", //$NON-NLS-1$ //$NON-NLS-2$
            "PIP_DISABLE_PIP_VERSION_CHECK", "1", "PIP_NO_INPUT", "1"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

    /** Written into the environment once it is made; an environment without it and without pip is unfinished. */
    static final String MARKER = ".mai-launcher-ready"; //$NON-NLS-1$

    private final Layout layout;
    private final Optional<Path> uv;
    private final Consumer<String> log;

    /**
     * @param layout the instance's folders
     * @param uv     the {@code uv} program, if it is to be used
     * @param log    receives every line the tools print
     */
    public PythonEnvironment(Layout layout, Optional<Path> uv, Consumer<String> log) {
        this.layout = layout;
        this.uv = uv;
        this.log = log;
    }

    /**
     * Makes the environment unless a good one is there.
     *
     * @param python  the interpreter to make it from
     * @param monitor progress and cancellation
     * @throws DeployException when it cannot be made
     */
    public void ensure(PythonInstall python, IProgressMonitor monitor) throws DeployException {
        Path venvPython = layout.venvPython();
        if (Files.exists(layout.venv())) {
            Optional<PythonInstall> existing = PythonFinder.probe(venvPython);
            boolean sameMinor = existing.map(e -> e.version().major() == python.version().major()
                    && e.version().minor() == python.version().minor()).orElse(false);
            if (sameMinor && finished()) {
                log.accept(NLS.bind(Messages.venvReused, layout.venv(), existing.get().version()));
                return;
            }
            log.accept(NLS.bind(Messages.venvRemoving, layout.venv()));
            try {
                FileTrees.deleteRecursively(layout.venv(), null);
            } catch (IOException e) {
                throw new DeployException(NLS.bind(Messages.folderNotRemoved, layout.venv(), e.getMessage()), e);
            }
        }
        log.accept(NLS.bind(Messages.venvCreating, layout.venv(), python.executable()));
        List<String> command = uv.isPresent()
                ? List.of(uv.get().toString(), "venv", "--python", python.executable().toString(), layout.venv().toString()) //$NON-NLS-1$ //$NON-NLS-2$
                : List.of(python.executable().toString(), "-m", "venv", layout.venv().toString()); //$NON-NLS-1$ //$NON-NLS-2$
        CommandRunner.Result result = run(command, layout.root(), SubMonitor.convert(monitor));
        if (result.exitCode() != 0 || !Files.exists(venvPython)) {
            throw new DeployException(NLS.bind(Messages.venvFailed, layout.venv(), result.lastLines()));
        }
        try {
            Files.writeString(layout.venv().resolve(MARKER), python.version() + "\n"); //$NON-NLS-1$
        } catch (IOException e) {
            throw new DeployException(NLS.bind(Messages.venvFailed, layout.venv(), e.getMessage()), e);
        }
    }

    /**
     * An environment is finished when this launcher wrote its marker, or, for one made by the old launcher, when
     * pip got installed into it (the last thing {@code venv} does).
     */
    private boolean finished() {
        if (Files.exists(layout.venv().resolve(MARKER))) {
            return true;
        }
        Path windowsPip = layout.venv().resolve("Lib").resolve("site-packages").resolve("pip"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        if (Files.isDirectory(windowsPip)) {
            return true;
        }
        try (var versions = Files.newDirectoryStream(layout.venv().resolve("lib"), "python*")) { //$NON-NLS-1$ //$NON-NLS-2$
            for (Path version : versions) {
                if (Files.isDirectory(version.resolve("site-packages").resolve("pip"))) { //$NON-NLS-1$ //$NON-NLS-2$
                    return true;
                }
            }
        } catch (IOException e) {
            return false;
        }
        return false;
    }

    /**
     * Installs the requirements files that exist, in order.
     *
     * @param requirements the {@code requirements.txt} files
     * @param sources      where packages come from
     * @param monitor      progress and cancellation
     * @throws DeployException when pip fails, with its last lines and what to try
     */
    public void install(List<Path> requirements, PackageSources sources, IProgressMonitor monitor)
            throws DeployException {
        List<Path> existing = requirements.stream().filter(Files::isRegularFile).toList();
        SubMonitor progress = SubMonitor.convert(monitor, Math.max(1, existing.size()));
        for (Path file : existing) {
            List<String> command = new ArrayList<>(uv.isPresent()
                    ? List.of(uv.get().toString(), "pip", "install", "--python", layout.venvPython().toString()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    : List.of(layout.venvPython().toString(), "-m", "pip", "install")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            command.add("-r"); //$NON-NLS-1$
            command.add(file.toString());
            command.addAll(sources.pipArguments());
            log.accept(NLS.bind(Messages.pipInstalling, file));
            CommandRunner.Result result = run(command, file.getParent(), progress.split(1));
            if (result.exitCode() != 0) {
                throw new DeployException(NLS.bind(Messages.pipFailed, new Object[] { file, result.exitCode(),
                        result.lastLines() }));
            }
        }
    }

    private CommandRunner.Result run(List<String> command, Path directory, IProgressMonitor monitor)
            throws DeployException {
        try {
            return CommandRunner.run(command, directory, ENVIRONMENT, log, monitor);
        } catch (IOException e) {
            throw new DeployException(NLS.bind(Messages.commandFailed, command.get(0), e.getMessage()), e);
        }
    }

    /**
     * @return the {@code uv} program on the PATH, if there is one
     */
    public static Optional<Path> findUv() {
        String path = System.getenv("PATH"); //$NON-NLS-1$
        if (path == null) {
            return Optional.empty();
        }
        for (String folder : path.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(folder, Layout.windows() ? "uv.exe" : "uv"); //$NON-NLS-1$ //$NON-NLS-2$
            if (!folder.isBlank() && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
