package mai.launcher.core;

import java.util.Objects;

/**
 * A failure of a launcher operation, with a message meant for the user: one sentence that names what is wrong and,
 * where there is one, what to do about it. Library exceptions are wrapped into this at the service boundary.
 *
 * @since 0.1
 */
public class LauncherException extends Exception {

    private static final long serialVersionUID = 1L;

    private final ErrorCode code;

    /**
     * @param code    the kind of failure
     * @param message the sentence shown to the user, already localised
     */
    public LauncherException(ErrorCode code, String message) {
        this(code, message, null);
    }

    /**
     * @param code    the kind of failure
     * @param message the sentence shown to the user, already localised
     * @param cause   the underlying exception, kept for the log; may be {@code null}
     */
    public LauncherException(ErrorCode code, String message, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause); //$NON-NLS-1$
        this.code = Objects.requireNonNull(code, "code"); //$NON-NLS-1$
    }

    /** @return the kind of failure */
    public ErrorCode code() {
        return code;
    }
}
