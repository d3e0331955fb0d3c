package mai.launcher.core;

/**
 * The kinds of failure the launcher reports. Each has a stable number, used as the code of an {@code IStatus} and
 * in the command line's JSON output, so scripts and support can recognise a failure whatever the language.
 *
 * @since 0.1
 */
public enum ErrorCode {
    /** A value given by the user is not acceptable (an instance name, a mode, an option). */
    INVALID_INPUT(100),
    /** An instance with the same name already exists. */
    DUPLICATE_NAME(101),
    /** The thing asked for (an instance, a file) does not exist. */
    NOT_FOUND(102),
    /** What is needed is not available here now (a deploy mode, a program, a free port). */
    UNAVAILABLE(103),
    /** Something else is already doing this (another deployment of the instance, a running component). */
    CONFLICT(104),
    /** A deployment step or a component failed. */
    FAILED(105),
    /** The data folder cannot be created or written. */
    DATA_FOLDER_NOT_WRITABLE(200),
    /** The database file is not a SQLite database or is damaged. */
    DATABASE_CORRUPT(201),
    /** The database was written by a newer launcher than this one. */
    DATABASE_TOO_NEW(202),
    /** Another process held the database locked for longer than the busy timeout. */
    DATABASE_BUSY(203),
    /** Any other database failure. */
    DATABASE_ERROR(204),
    /** A file operation failed. */
    IO_ERROR(300),
    /** An error that does not fit any other code. */
    INTERNAL(900);

    private final int number;

    ErrorCode(int number) {
        this.number = number;
    }

    /** @return the stable number of this code */
    public int number() {
        return number;
    }
}
