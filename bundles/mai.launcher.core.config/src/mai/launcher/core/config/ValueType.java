package mai.launcher.core.config;

/** The kind of a value in a TOML document, as TOML 1.0 defines them. */
public enum ValueType {
    /** Text in quotes. */
    STRING,
    /** A whole number (64 bit). */
    INTEGER,
    /** A floating point number, including inf and nan. */
    FLOAT,
    /** true or false. */
    BOOLEAN,
    /** Date and time with a time-zone offset, e.g. 1979-05-27T07:32:00Z. */
    OFFSET_DATE_TIME,
    /** Date and time without offset. */
    LOCAL_DATE_TIME,
    /** A date without time. */
    LOCAL_DATE,
    /** A time of day without date. */
    LOCAL_TIME,
    /** A list of values written with [ ]. */
    ARRAY,
    /** A table written on one line with { }. */
    INLINE_TABLE,
    /** A table with its own [header], or one implied by dotted keys or sub-table headers. */
    TABLE,
    /** A list of tables written as repeated [[header]] sections. */
    ARRAY_OF_TABLES
}
