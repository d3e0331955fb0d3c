package mai.launcher.core.config.internal;

import org.eclipse.osgi.util.NLS;

/**
 * All sentences the configuration component shows to people, in the Eclipse NLS style: the
 * fields are filled from {@code messages.properties} (and a translation such as
 * {@code messages_zh.properties}) when the class loads, and placeholders are filled with
 * {@link #format(String, Object...)}.
 */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "mai.launcher.core.config.internal.messages";

    /** Message; see messages.properties. */
    public static String path_invalid;

    /** Message; see messages.properties. */
    public static String validation_missingValue;

    /** Message; see messages.properties. */
    public static String validation_unknownValue;

    /** Message; see messages.properties. */
    public static String validation_unterminatedString;

    /** Message; see messages.properties. */
    public static String validation_duplicateKey;

    /** Message; see messages.properties. */
    public static String validation_duplicateTable;

    /** Message; see messages.properties. */
    public static String validation_invalidEscape;

    /** Message; see messages.properties. */
    public static String validation_badNumber;

    /** Message; see messages.properties. */
    public static String validation_unclosedArray;

    /** Message; see messages.properties. */
    public static String validation_unclosedInlineTable;

    /** Message; see messages.properties. */
    public static String validation_extraText;

    /** Message; see messages.properties. */
    public static String validation_missingEquals;

    /** Message; see messages.properties. */
    public static String validation_unclosedHeader;

    /** Message; see messages.properties. */
    public static String validation_generic;

    /** Message; see messages.properties. */
    public static String validation_notUtf8;

    /** Message; see messages.properties. */
    public static String parse_internal;

    /** Message; see messages.properties. */
    public static String parse_notInteger;

    /** Message; see messages.properties. */
    public static String parse_notFloat;

    /** Message; see messages.properties. */
    public static String parse_notBoolean;

    /** Message; see messages.properties. */
    public static String parse_notOffsetDateTime;

    /** Message; see messages.properties. */
    public static String parse_notLocalDateTime;

    /** Message; see messages.properties. */
    public static String parse_notLocalDate;

    /** Message; see messages.properties. */
    public static String parse_notLocalTime;

    /** Message; see messages.properties. */
    public static String parse_notArray;

    /** Message; see messages.properties. */
    public static String parse_notInlineTable;

    /** Message; see messages.properties. */
    public static String parse_tableNotSettable;

    /** Message; see messages.properties. */
    public static String edit_notFound;

    /** Message; see messages.properties. */
    public static String edit_isTable;

    /** Message; see messages.properties. */
    public static String edit_notTable;

    /** Message; see messages.properties. */
    public static String edit_keyExists;

    /** Message; see messages.properties. */
    public static String edit_tableExists;

    /** Message; see messages.properties. */
    public static String edit_noHeader;

    /** Message; see messages.properties. */
    public static String edit_notTableArray;

    /** Message; see messages.properties. */
    public static String edit_noSuchElement;

    /** Message; see messages.properties. */
    public static String edit_scattered;

    /** Message; see messages.properties. */
    public static String edit_scatteredAbove;

    /** Message; see messages.properties. */
    public static String edit_dottedInlineTable;

    /** Message; see messages.properties. */
    public static String edit_cannotRemoveNested;

    /** Message; see messages.properties. */
    public static String edit_wouldBreak;

    /** Message; see messages.properties. */
    public static String file_refusingInvalid;

    /** Message; see messages.properties. */
    public static String file_historyMissing;

    /** Message; see messages.properties. */
    public static String file_changedOnDisk;

    /** Message; see messages.properties. */
    public static String file_readOnly;

    /** Message; see messages.properties. */
    public static String file_readOnlyDrive;

    /** Message; see messages.properties. */
    public static String file_noPermission;

    /** Message; see messages.properties. */
    public static String file_diskFull;

    /** Message; see messages.properties. */
    public static String file_writeFailed;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }

    /**
     * Fills the placeholders {@code {0}}, {@code {1}}, ... of a message.
     *
     * @param message one of the fields of this class
     * @param args    the values, converted with {@code toString()}
     * @return the sentence
     */
    public static String format(String message, Object... args) {
        return NLS.bind(message, args);
    }
}
