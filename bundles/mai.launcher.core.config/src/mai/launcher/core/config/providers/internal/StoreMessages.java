package mai.launcher.core.config.providers.internal;

import org.eclipse.osgi.util.NLS;

/** Messages of the provider store, in English and Simplified Chinese. */
final class StoreMessages extends NLS {
    private static final String BUNDLE_NAME = "mai.launcher.core.config.providers.internal.store_messages"; //$NON-NLS-1$

    public static String secureStorageUnavailable;
    public static String keyNotStored;
    public static String keyNotRead;
    public static String noProvider;
    public static String nameEmpty;
    public static String nameTaken;
    public static String keysMoved;
    public static String providerFailed;

    static {
        NLS.initializeMessages(BUNDLE_NAME, StoreMessages.class);
    }

    private StoreMessages() {
    }
}
