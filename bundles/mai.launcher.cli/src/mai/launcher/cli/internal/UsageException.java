package mai.launcher.cli.internal;

/** The command line was not understood: exit code 2, with a sentence saying what to type instead. */
final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
