package mai.launcher.core.docker.wsl.internal;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

/**
 * Finds what Docker in WSL needs, in order: WSL itself ({@code wsl.exe --status}), a distribution on WSL 2
 * ({@code wsl.exe -l -v}), the Docker engine inside it and compose v2. Each missing piece is a {@link WslProblem}
 * that says how to get it.
 */
public final class WslDocker {

    private final Wsl wsl;

    /** @param wsl runs {@code wsl.exe} */
    public WslDocker(Wsl wsl) {
        this.wsl = wsl;
    }

    /**
     * What was found.
     *
     * @param distribution   the distribution Docker runs in
     * @param dockerVersion  the engine's version there
     * @param composeVersion compose's version there
     */
    public record Found(WslDistribution distribution, String dockerVersion, String composeVersion) {
    }

    /**
     * @param wanted the distribution asked for; empty for the default one on WSL 2
     * @return the distribution, and Docker and compose in it
     * @throws WslProblem what is missing, and how to get it
     */
    public Found check(Optional<String> wanted) throws WslProblem {
        WslDistribution distribution = choose(distributions(), wanted);
        String docker = dockerVersion(distribution.name());
        return new Found(distribution, docker, composeVersion(distribution.name()));
    }

    /**
     * @return the distributions WSL has, Docker Desktop's own included
     * @throws WslProblem when WSL is missing or broken, or has no distribution
     */
    public List<WslDistribution> distributions() throws WslProblem {
        Wsl.Result status = run(List.of("--status")); //$NON-NLS-1$
        List<WslDistribution> distributions = WslListing.parse(run(List.of("-l", "-v")).out()); //$NON-NLS-1$ //$NON-NLS-2$
        if (distributions.isEmpty() && status.exitCode() != 0) {
            // Older WSL lacks --status; it only matters when the list does not help either.
            throw new WslProblem(NLS.bind(Messages.wslBroken, status.exitCode(), status.text()), Messages.wslBrokenFix);
        }
        if (distributions.isEmpty()) {
            boolean wsl1 = WslStatus.parse(status.out()).defaultVersion().orElse(2) == 1;
            throw new WslProblem(Messages.noDistribution,
                    wsl1 ? Messages.noDistributionFix + " " + Messages.defaultVersionFix : Messages.noDistributionFix); //$NON-NLS-1$
        }
        return distributions;
    }

    /**
     * @param distributions what WSL has
     * @param wanted        the distribution asked for; empty for the default one, or else the first on WSL 2
     * @return the distribution to use
     * @throws WslProblem when it does not exist or runs on WSL 1
     */
    public static WslDistribution choose(List<WslDistribution> distributions, Optional<String> wanted)
            throws WslProblem {
        List<WslDistribution> usable = distributions.stream().filter(d -> !d.dockerDesktop()).toList();
        if (usable.isEmpty()) {
            throw new WslProblem(Messages.noDistribution, Messages.noDistributionFix);
        }
        if (wanted.isPresent()) {
            WslDistribution distribution = usable.stream().filter(d -> d.name().equalsIgnoreCase(wanted.get()))
                    .findFirst().orElseThrow(() -> new WslProblem(
                            NLS.bind(Messages.distributionNotFound, wanted.get(),
                                    usable.stream().map(WslDistribution::name).collect(Collectors.joining(", "))), //$NON-NLS-1$
                            NLS.bind(Messages.distributionNotFoundFix, wanted.get())));
            return onWsl2(distribution);
        }
        Optional<WslDistribution> preferred = usable.stream().filter(WslDistribution::isDefault).findFirst();
        if (preferred.isPresent() && preferred.get().version() == 2) {
            return preferred.get();
        }
        Optional<WslDistribution> anyOnWsl2 = usable.stream().filter(d -> d.version() == 2).findFirst();
        return anyOnWsl2.isPresent() ? anyOnWsl2.get() : onWsl2(preferred.orElse(usable.get(0)));
    }

    private static WslDistribution onWsl2(WslDistribution distribution) throws WslProblem {
        if (distribution.version() != 2) {
            throw new WslProblem(NLS.bind(Messages.onlyWsl1, distribution.name()),
                    NLS.bind(Messages.onlyWsl1Fix, distribution.name()));
        }
        return distribution;
    }

    /**
     * @param distribution a distribution
     * @return the version of the Docker engine inside it
     * @throws WslProblem when Docker is not installed, not running, or refuses the user
     */
    public String dockerVersion(String distribution) throws WslProblem {
        Wsl.Result result = run(distribution, List.of("docker", "version", "--format", "{{.Server.Version}}")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        String version = version(result.out());
        if (result.exitCode() == 0 && version.matches("\\d+\\.\\d+.*")) { //$NON-NLS-1$
            return version;
        }
        String text = result.text();
        String lower = text.toLowerCase(Locale.ROOT);
        if (result.exitCode() == 127 || lower.contains("command not found") || lower.contains("could not be found")) { //$NON-NLS-1$ //$NON-NLS-2$
            throw new WslProblem(NLS.bind(Messages.dockerMissing, distribution),
                    NLS.bind(Messages.dockerMissingFix, distribution));
        }
        if (lower.contains("permission denied")) { //$NON-NLS-1$
            throw new WslProblem(NLS.bind(Messages.dockerDenied, distribution, lastLine(text)),
                    NLS.bind(Messages.dockerDeniedFix, distribution));
        }
        throw new WslProblem(NLS.bind(Messages.dockerNotRunning, distribution, lastLine(text)),
                NLS.bind(Messages.dockerNotRunningFix, distribution));
    }

    /**
     * @param distribution a distribution with Docker
     * @return the version of compose v2 ({@code docker compose}) inside it
     * @throws WslProblem when compose v2 is not installed
     */
    public String composeVersion(String distribution) throws WslProblem {
        Wsl.Result result = run(distribution, List.of("docker", "compose", "version", "--short")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        String version = version(result.out());
        if (result.exitCode() == 0 && version.matches("\\d+\\.\\d+.*")) { //$NON-NLS-1$
            return version;
        }
        throw new WslProblem(NLS.bind(Messages.composeMissing, distribution, lastLine(result.text())),
                NLS.bind(Messages.composeMissingFix, distribution));
    }

    /** The first line, without quotes (left by a shell that did not take them) and a leading {@code v}. */
    private static String version(String out) {
        String line = out.isEmpty() ? "" : out.lines().findFirst().orElse("").strip(); //$NON-NLS-1$ //$NON-NLS-2$
        return line.replaceAll("^['\"]|['\"]$", "").replaceFirst("^v", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    private static String lastLine(String text) {
        List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        return lines.isEmpty() ? "?" : lines.get(lines.size() - 1); //$NON-NLS-1$
    }

    private Wsl.Result run(List<String> arguments) throws WslProblem {
        try {
            return wsl.run(arguments);
        } catch (IOException e) {
            throw new WslProblem(NLS.bind(Messages.wslMissing, e.getMessage()), Messages.wslMissingFix);
        }
    }

    private Wsl.Result run(String distribution, List<String> command) throws WslProblem {
        try {
            return wsl.run(distribution, command);
        } catch (IOException e) {
            throw new WslProblem(NLS.bind(Messages.wslMissing, e.getMessage()), Messages.wslMissingFix);
        }
    }
}
