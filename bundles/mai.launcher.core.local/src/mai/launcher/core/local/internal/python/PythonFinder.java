package mai.launcher.core.local.internal.python;

import java.io.File;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mai.launcher.core.CommandRunner;
import mai.launcher.core.local.internal.Layout;

/**
 * Finds the Python interpreters of this machine: an explicitly configured one, those on the PATH, the Windows
 * launcher's list ({@code py -0p}), pyenv's, and the usual install folders; asks each for its version.
 */
public final class PythonFinder {

    private static final String PROBE = "import sys\nprint('MAI-PY %d.%d.%d' % sys.version_info[:3])\n" //$NON-NLS-1$
            + "try:\n    import venv, ensurepip\n    print('MAI-VENV ok')\nexcept Exception:\n    print('MAI-VENV missing')\n"; //$NON-NLS-1$
    private static final Pattern VERSION_LINE = Pattern.compile("MAI-PY (\\S+)"); //$NON-NLS-1$
    private static final Pattern PY_LAUNCHER_LINE = Pattern.compile("^\\s*-V:\\S+\\s+\\*?\\s*(.+\\.exe)\\s*$"); //$NON-NLS-1$

    private PythonFinder() {
    }

    /**
     * @param configured an interpreter the user configured, tried first; may be empty
     * @return the working interpreters, newest first
     */
    public static List<PythonInstall> find(Optional<String> configured) {
        Map<Path, Path> candidates = new LinkedHashMap<>();
        configured.map(Path::of).ifPresent(p -> add(candidates, p));
        pathCandidates().forEach(p -> add(candidates, p));
        if (Layout.windows()) {
            pyLauncher().forEach(p -> add(candidates, p));
        }
        installFolders().forEach(p -> add(candidates, p));
        List<PythonInstall> found = new ArrayList<>();
        for (Path candidate : candidates.values()) {
            probe(candidate).ifPresent(found::add);
        }
        found.sort(Comparator.comparing(PythonInstall::version).reversed());
        return found;
    }

    private static void add(Map<Path, Path> candidates, Path path) {
        if (!Files.isRegularFile(path) || !Files.isExecutable(path)) {
            return;
        }
        try {
            candidates.putIfAbsent(path.toRealPath(), path);
        } catch (IOException e) {
            candidates.putIfAbsent(path, path);
        }
    }

    private static List<Path> pathCandidates() {
        List<String> names = new ArrayList<>();
        for (int minor = 14; minor >= 8; minor--) {
            names.add("python3." + minor); //$NON-NLS-1$
        }
        names.add("python3"); //$NON-NLS-1$
        names.add("python"); //$NON-NLS-1$
        List<Path> paths = new ArrayList<>();
        String path = System.getenv("PATH"); //$NON-NLS-1$
        if (path == null) {
            return paths;
        }
        for (String folder : path.split(File.pathSeparator)) {
            if (folder.isBlank() || folder.contains(".pyenv" + File.separator + "shims")) { //$NON-NLS-1$ //$NON-NLS-2$
                continue; // pyenv's shims run whatever version is selected; the versions themselves are listed below
            }
            for (String name : names) {
                paths.add(Path.of(folder, Layout.windows() ? name + ".exe" : name)); //$NON-NLS-1$
            }
        }
        return paths;
    }

    /** Windows' {@code py -0p} lists the installed interpreters with their paths. */
    private static List<Path> pyLauncher() {
        List<Path> paths = new ArrayList<>();
        try {
            CommandRunner.run(List.of("py", "-0p"), null, Map.of(), line -> { //$NON-NLS-1$ //$NON-NLS-2$
                Matcher m = PY_LAUNCHER_LINE.matcher(line);
                if (m.matches()) {
                    paths.add(Path.of(m.group(1).strip()));
                }
            }, null);
        } catch (IOException e) {
            // no launcher
        }
        return paths;
    }

    private static List<Path> installFolders() {
        List<Path> paths = new ArrayList<>();
        String home = System.getProperty("user.home"); //$NON-NLS-1$
        String pyenv = Optional.ofNullable(System.getenv("PYENV_ROOT")).orElse(home + "/.pyenv"); //$NON-NLS-1$ //$NON-NLS-2$
        globInto(paths, Path.of(pyenv, "versions"), "*", Layout.windows() ? "python.exe" : "bin/python3"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        if (Layout.windows()) {
            String local = System.getenv("LOCALAPPDATA"); //$NON-NLS-1$
            if (local != null) {
                globInto(paths, Path.of(local, "Programs", "Python"), "Python3*", "python.exe"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            }
            globInto(paths, Path.of("C:\\"), "Python3*", "python.exe"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            String programs = System.getenv("ProgramFiles"); //$NON-NLS-1$
            if (programs != null) {
                globInto(paths, Path.of(programs), "Python3*", "python.exe"); //$NON-NLS-1$ //$NON-NLS-2$
            }
        } else {
            for (String folder : List.of("/usr/bin", "/usr/local/bin", "/opt/homebrew/bin", home + "/.local/bin")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                paths.add(Path.of(folder, "python3")); //$NON-NLS-1$
            }
            globInto(paths, Path.of("/Library/Frameworks/Python.framework/Versions"), "3*", "bin/python3"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        return paths;
    }

    private static void globInto(List<Path> paths, Path folder, String glob, String executable) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(folder, glob)) {
            dirs.forEach(d -> paths.add(d.resolve(executable)));
        } catch (IOException e) {
            // unreadable: skip
        }
    }

    /**
     * @param executable a candidate interpreter
     * @return what it is, if it runs
     */
    public static Optional<PythonInstall> probe(Path executable) {
        String[] version = { null };
        boolean[] venv = { false };
        try {
            CommandRunner.Result result = CommandRunner.run(List.of(executable.toString(), "-c", PROBE), null, //$NON-NLS-1$
                    Map.of("PYTHONIOENCODING", "utf-8"), line -> { //$NON-NLS-1$ //$NON-NLS-2$
                        Matcher m = VERSION_LINE.matcher(line);
                        if (m.matches()) {
                            version[0] = m.group(1);
                        }
                        venv[0] |= line.equals("MAI-VENV ok"); //$NON-NLS-1$
                    }, null);
            if (result.exitCode() != 0 || version[0] == null) {
                return Optional.empty();
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return PythonVersion.parse(version[0]).map(v -> new PythonInstall(executable, v, venv[0]));
    }
}
