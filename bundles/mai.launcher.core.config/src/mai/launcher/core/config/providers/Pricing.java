package mai.launcher.core.config.providers;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The price of a model as the provider's model list states it, per million tokens (the unit of
 * MaiBot's {@code price_in} and {@code price_out}).
 *
 * @param inputPerMillion  price of one million prompt tokens
 * @param outputPerMillion price of one million completion tokens
 * @param currency         ISO 4217 code, for example {@code USD}
 * @since 0.1
 */
public record Pricing(BigDecimal inputPerMillion, BigDecimal outputPerMillion, String currency) {

    /** Creates a price; no argument may be {@code null}. */
    public Pricing {
        Objects.requireNonNull(inputPerMillion, "inputPerMillion"); //$NON-NLS-1$
        Objects.requireNonNull(outputPerMillion, "outputPerMillion"); //$NON-NLS-1$
        Objects.requireNonNull(currency, "currency"); //$NON-NLS-1$
    }
}
