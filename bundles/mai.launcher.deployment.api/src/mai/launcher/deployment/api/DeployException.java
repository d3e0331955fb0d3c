package mai.launcher.deployment.api;

/**
 * A deployment or runtime failure the user must act on. The message is one sentence in the user's language that
 * says what is wrong and what to do.
 *
 * @since 1.0
 */
public class DeployException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * @param message the sentence shown to the user
     */
    public DeployException(String message) {
        super(message);
    }

    /**
     * @param message the sentence shown to the user
     * @param cause   the underlying failure, for the log
     */
    public DeployException(String message, Throwable cause) {
        super(message, cause);
    }
}
