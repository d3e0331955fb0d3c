package mai.launcher.core.config.maibot;

/**
 * How serious a problem found in an instance's configuration is.
 *
 * @since 0.1
 */
public enum Severity {
    /** MaiBot will not start, or the pieces will not connect, until this is changed. */
    ERROR,
    /** It may work, but probably not as the user expects (e.g. an empty whitelist). */
    WARNING
}
