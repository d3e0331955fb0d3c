package mai.launcher.core.config.providers;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The money left on a provider account.
 *
 * @param amount   what can still be spent (may be negative when the account is in debt)
 * @param currency ISO 4217 code, for example {@code CNY} or {@code USD}
 * @param details  the parts the provider reports, keyed by the constants of this record (for
 *                 example {@link #GRANTED} and {@link #TOPPED_UP}), in the provider's order;
 *                 unmodifiable
 * @since 0.1
 */
public record Balance(BigDecimal amount, String currency, Map<String, BigDecimal> details) {

    /** Detail: free credit granted by the provider (DeepSeek {@code granted_balance}). */
    public static final String GRANTED = "granted"; //$NON-NLS-1$

    /** Detail: money paid in (DeepSeek {@code topped_up_balance}, SiliconFlow {@code chargeBalance}). */
    public static final String TOPPED_UP = "toppedUp"; //$NON-NLS-1$

    /** Detail: gift balance (SiliconFlow {@code balance}). */
    public static final String GIFT = "gift"; //$NON-NLS-1$

    /** Detail: credits bought in total (OpenRouter {@code total_credits}). */
    public static final String CREDITS = "credits"; //$NON-NLS-1$

    /** Detail: credits used in total (OpenRouter {@code total_usage}, or the key's usage). */
    public static final String USAGE = "usage"; //$NON-NLS-1$

    /** Detail: the spending limit of the API key when only the key's limit is known (OpenRouter). */
    public static final String KEY_LIMIT = "keyLimit"; //$NON-NLS-1$

    /** Detail: voucher balance (Moonshot {@code voucher_balance}). */
    public static final String VOUCHER = "voucher"; //$NON-NLS-1$

    /** Detail: cash balance (Moonshot {@code cash_balance}). */
    public static final String CASH = "cash"; //$NON-NLS-1$

    /**
     * Prefix of details holding the total in another currency, followed by the ISO code, for example
     * {@code "total.USD"} (DeepSeek accounts can hold several currencies).
     */
    public static final String TOTAL_IN_PREFIX = "total."; //$NON-NLS-1$

    /** Creates a balance; no argument may be {@code null}. */
    public Balance {
        Objects.requireNonNull(amount, "amount"); //$NON-NLS-1$
        Objects.requireNonNull(currency, "currency"); //$NON-NLS-1$
        details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }
}
