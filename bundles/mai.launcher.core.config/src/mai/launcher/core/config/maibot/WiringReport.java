package mai.launcher.core.config.maibot;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of a {@link WiringCheck}.
 *
 * @param files    the instance that was checked
 * @param findings what was found, errors before warnings in the order the check met them
 * @since 0.1
 */
public record WiringReport(InstanceFiles files, List<WiringFinding> findings) {

    /**
     * Creates a report.
     *
     * @param files    the instance
     * @param findings the findings, copied
     */
    public WiringReport {
        Objects.requireNonNull(files, "files"); //$NON-NLS-1$
        findings = List.copyOf(Objects.requireNonNull(findings, "findings")); //$NON-NLS-1$
    }

    /**
     * Tells whether every connection fits (warnings allowed).
     *
     * @return true when there is no {@link Severity#ERROR}
     */
    public boolean ok() {
        return errors().isEmpty();
    }

    /**
     * Lists the errors.
     *
     * @return the findings with {@link Severity#ERROR}
     */
    public List<WiringFinding> errors() {
        return findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
    }

    /**
     * Lists the fixes that can be applied.
     *
     * @return the fixes of all findings that have one, in order
     */
    public List<ConfigEdit> fixes() {
        return findings.stream().map(WiringFinding::fix).flatMap(Optional::stream).toList();
    }
}
