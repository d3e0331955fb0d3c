package mai.launcher.deployment.api;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A text the user must accept before an instance may run (MaiBot's EULA and privacy terms). The workbench shows
 * it, and when the user accepts, retries the deployment with {@code acceptOption=true} and
 * {@code fingerprintOption=fingerprint}, so the mode can check that what was accepted is what is on disk.
 *
 * @param title             the document's name for the user
 * @param file              the text, in the instance's folder
 * @param acceptOption      the option that says the user accepted
 * @param fingerprintOption the option that carries the fingerprint of the text shown
 * @param fingerprint       the fingerprint of the text in {@code file} now
 * @since 1.0
 */
public record ConsentDocument(String title, Path file, String acceptOption, String fingerprintOption,
        String fingerprint) {

    /** Checks for {@code null}s. */
    public ConsentDocument {
        Objects.requireNonNull(title, "title"); //$NON-NLS-1$
        Objects.requireNonNull(file, "file"); //$NON-NLS-1$
        Objects.requireNonNull(acceptOption, "acceptOption"); //$NON-NLS-1$
        Objects.requireNonNull(fingerprintOption, "fingerprintOption"); //$NON-NLS-1$
        Objects.requireNonNull(fingerprint, "fingerprint"); //$NON-NLS-1$
    }
}
