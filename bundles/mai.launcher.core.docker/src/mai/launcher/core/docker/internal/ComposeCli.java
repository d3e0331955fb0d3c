package mai.launcher.core.docker.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;

import mai.launcher.core.CommandRunner;
import mai.launcher.core.ErrorCode;
import mai.launcher.core.LauncherException;
import mai.launcher.core.docker.ComposeInfo;

/**
 * Runs {@code docker compose} (v2, preferred) or {@code docker-compose} (v1) for one project, against the launcher's
 * engine endpoint, or through another program (the Windows fragment runs it inside WSL).
 */
public final class ComposeCli {

    private final List<String> command;
    private final Map<String, String> environment;
    private final String project;
    private final Path file;
    private final String fileArgument;

    /**
     * @param compose  the compose found
     * @param endpoint the engine's endpoint
     * @param project  the project's name
     * @param file     its compose file
     */
    public ComposeCli(ComposeInfo compose, String endpoint, String project, Path file) {
        this(compose.command(), Map.of("DOCKER_HOST", endpoint), project, file, file.toString()); //$NON-NLS-1$
    }

    /**
     * Compose started some other way, e.g. {@code wsl.exe -d Ubuntu --cd /mnt/c/... -- docker compose}.
     *
     * @param command      the command line up to compose's own options
     * @param environment  variables to add for it
     * @param project      the project's name
     * @param file         its compose file; the command runs in its folder
     * @param fileArgument the compose file as that compose sees it
     */
    public ComposeCli(List<String> command, Map<String, String> environment, String project, Path file,
            String fileArgument) {
        this.command = List.copyOf(command);
        this.environment = Map.copyOf(environment);
        this.project = project;
        this.file = file;
        this.fileArgument = fileArgument;
    }

    /**
     * @param other another compose file in the same folder
     * @return this compose, on that file
     */
    public ComposeCli withFile(Path other) {
        String argument = fileArgument.equals(file.toString()) ? other.toString() : other.getFileName().toString();
        return new ComposeCli(command, environment, project, other, argument);
    }

    /**
     * Looks for compose v2, then v1; or only for the one the user chose.
     *
     * @param endpoint the engine's endpoint, for the environment of the commands
     * @param chosen   the {@code docker.compose} setting: {@code v1}, {@code v2}, or empty for either
     * @return the compose found
     */
    public static Optional<ComposeInfo> find(String endpoint, String chosen) {
        List<List<String>> candidates = switch (chosen.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "v1", "docker-compose" -> List.of(List.of("docker-compose")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            case "v2", "docker compose" -> List.of(List.of("docker", "compose")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            default -> List.of(List.of("docker", "compose"), List.of("docker-compose")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        };
        for (List<String> command : candidates) {
            List<String> probe = new ArrayList<>(command);
            probe.addAll(List.of("version", "--short")); //$NON-NLS-1$ //$NON-NLS-2$
            StringBuilder out = new StringBuilder();
            try {
                CommandRunner.Result result = CommandRunner.run(probe, null, Map.of("DOCKER_HOST", endpoint), //$NON-NLS-1$
                        line -> out.append(line.strip()).append('\n'), null);
                String version = out.toString().strip();
                if (result.exitCode() == 0 && version.matches("v?\\d+\\.\\d+.*")) { //$NON-NLS-1$
                    return Optional.of(new ComposeInfo(command, version.replaceFirst("^v", ""))); //$NON-NLS-1$ //$NON-NLS-2$
                }
            } catch (IOException e) {
                // not installed
            }
        }
        return Optional.empty();
    }

    /**
     * Runs a compose command on the project, e.g. {@code up -d}.
     *
     * @param arguments the command and its options
     * @param lines     receives each line compose prints
     * @param monitor   cancellation; may be {@code null}
     * @return what it printed last
     * @throws LauncherException when it fails, with its last lines
     */
    public String run(List<String> arguments, Consumer<String> lines, IProgressMonitor monitor)
            throws LauncherException {
        try {
            CommandRunner.Result result = CommandRunner.run(command(arguments), file.getParent(), environment, lines,
                    monitor);
            if (result.exitCode() != 0) {
                throw new LauncherException(ErrorCode.FAILED, NLS.bind(Messages.composeFailed,
                        new Object[] { String.join(" ", arguments), result.exitCode(), result.lastLines() })); //$NON-NLS-1$
            }
            return result.lastLines();
        } catch (IOException e) {
            throw new LauncherException(ErrorCode.UNAVAILABLE, NLS.bind(Messages.composeMissing, e.getMessage()), e);
        }
    }

    /**
     * @param arguments the command and its options, e.g. {@code up -d}
     * @return the whole command line that {@link #run} runs
     */
    public List<String> command(List<String> arguments) {
        List<String> line = new ArrayList<>(command);
        line.addAll(List.of("--project-name", project, "--file", fileArgument)); //$NON-NLS-1$ //$NON-NLS-2$
        line.addAll(arguments);
        return line;
    }
}
