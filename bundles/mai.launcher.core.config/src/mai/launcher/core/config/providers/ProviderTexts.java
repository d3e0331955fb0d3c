package mai.launcher.core.config.providers;

import mai.launcher.core.config.providers.internal.Messages;

/**
 * Sentences about providers that a UI shows outside of errors, in the launcher's language.
 *
 * @since 0.1
 */
public final class ProviderTexts {

    private ProviderTexts() {
    }

    /**
     * The text to show when {@link ProviderClient#balance} returns empty.
     *
     * @return for example "Balance lookup is not supported by this provider."
     */
    public static String balanceNotSupported() {
        return Messages.format(Messages.balance_notSupported);
    }
}
