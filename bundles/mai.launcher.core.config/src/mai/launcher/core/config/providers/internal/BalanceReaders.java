package mai.launcher.core.config.providers.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import mai.launcher.core.config.providers.Balance;

/** Reads each provider's balance answer. Empty means "not the expected shape". */
final class BalanceReaders {

    private static final String CNY = "CNY"; //$NON-NLS-1$

    private static final String USD = "USD"; //$NON-NLS-1$

    /** SiliconFlow's success code in the body. */
    private static final int SILICONFLOW_OK = 20000;

    private BalanceReaders() {
    }

    /**
     * DeepSeek: {@code {"is_available":true,"balance_infos":[{"currency":"CNY","total_balance":"110.00",
     * "granted_balance":"10.00","topped_up_balance":"100.00"}]}}. The CNY entry is preferred; totals in
     * other currencies become {@code total.XXX} details. No entry at all means nothing was paid in.
     */
    static Optional<Balance> deepSeek(JsonNode root) {
        JsonNode infos = root.path("balance_infos"); //$NON-NLS-1$
        if (!infos.isArray()) {
            return Optional.empty();
        }
        if (infos.isEmpty()) {
            return Optional.of(new Balance(BigDecimal.ZERO, CNY, Map.of()));
        }
        JsonNode chosen = infos.get(0);
        for (JsonNode info : infos) {
            if (CNY.equalsIgnoreCase(info.path("currency").asText())) { //$NON-NLS-1$
                chosen = info;
                break;
            }
        }
        Optional<BigDecimal> total = Json.decimal(chosen, "total_balance"); //$NON-NLS-1$
        if (total.isEmpty()) {
            return Optional.empty();
        }
        Map<String, BigDecimal> details = new LinkedHashMap<>();
        Json.decimal(chosen, "granted_balance").ifPresent(v -> details.put(Balance.GRANTED, v)); //$NON-NLS-1$
        Json.decimal(chosen, "topped_up_balance").ifPresent(v -> details.put(Balance.TOPPED_UP, v)); //$NON-NLS-1$
        for (JsonNode info : infos) {
            if (info != chosen) {
                String currency = info.path("currency").asText().toUpperCase(Locale.ROOT); //$NON-NLS-1$
                Json.decimal(info, "total_balance").ifPresent(v -> details.put(Balance.TOTAL_IN_PREFIX + currency, v)); //$NON-NLS-1$
            }
        }
        String currency = Json.text(chosen, "currency").orElse(CNY).toUpperCase(Locale.ROOT); //$NON-NLS-1$
        return Optional.of(new Balance(total.get(), currency, details));
    }

    /**
     * SiliconFlow: {@code {"code":20000,"data":{"balance":"0.88","chargeBalance":"88.00",
     * "totalBalance":"88.88"}}}; USD on siliconflow.com, CNY elsewhere.
     */
    static Optional<Balance> siliconFlow(JsonNode root, String host) {
        if (root.has("code") && root.path("code").asInt() != SILICONFLOW_OK) { //$NON-NLS-1$ //$NON-NLS-2$
            return Optional.empty();
        }
        JsonNode data = root.path("data"); //$NON-NLS-1$
        Optional<BigDecimal> total = Json.decimal(data, "totalBalance"); //$NON-NLS-1$
        if (total.isEmpty()) {
            return Optional.empty();
        }
        Map<String, BigDecimal> details = new LinkedHashMap<>();
        Json.decimal(data, "balance").ifPresent(v -> details.put(Balance.GIFT, v)); //$NON-NLS-1$
        Json.decimal(data, "chargeBalance").ifPresent(v -> details.put(Balance.TOPPED_UP, v)); //$NON-NLS-1$
        return Optional.of(new Balance(total.get(), onDomain(host, "siliconflow.com") ? USD : CNY, details)); //$NON-NLS-1$
    }

    /** OpenRouter credits: {@code {"data":{"total_credits":15,"total_usage":2.3}}}, USD. */
    static Optional<Balance> openRouterCredits(JsonNode root) {
        JsonNode data = root.path("data"); //$NON-NLS-1$
        Optional<BigDecimal> credits = Json.decimal(data, "total_credits"); //$NON-NLS-1$
        Optional<BigDecimal> usage = Json.decimal(data, "total_usage"); //$NON-NLS-1$
        if (credits.isEmpty() || usage.isEmpty()) {
            return Optional.empty();
        }
        Map<String, BigDecimal> details = new LinkedHashMap<>();
        details.put(Balance.CREDITS, credits.get());
        details.put(Balance.USAGE, usage.get());
        return Optional.of(new Balance(credits.get().subtract(usage.get()), USD, details));
    }

    /**
     * OpenRouter key: {@code {"data":{"limit":10,"limit_remaining":7.5,"usage":2.5}}}, USD.
     *
     * @return the key's remaining limit, or empty when the key has no limit
     */
    static Optional<Balance> openRouterKey(JsonNode data) {
        Optional<BigDecimal> remaining = Json.decimal(data, "limit_remaining"); //$NON-NLS-1$
        if (remaining.isEmpty()) {
            return Optional.empty();
        }
        Map<String, BigDecimal> details = new LinkedHashMap<>();
        Json.decimal(data, "limit").ifPresent(v -> details.put(Balance.KEY_LIMIT, v)); //$NON-NLS-1$
        Json.decimal(data, "usage").ifPresent(v -> details.put(Balance.USAGE, v)); //$NON-NLS-1$
        return Optional.of(new Balance(remaining.get(), USD, details));
    }

    /**
     * Moonshot: {@code {"data":{"available_balance":49.58,"voucher_balance":46.58,"cash_balance":3.0}}};
     * USD on moonshot.ai, CNY elsewhere.
     */
    static Optional<Balance> moonshot(JsonNode root, String host) {
        JsonNode data = root.path("data"); //$NON-NLS-1$
        Optional<BigDecimal> available = Json.decimal(data, "available_balance"); //$NON-NLS-1$
        if (available.isEmpty()) {
            return Optional.empty();
        }
        Map<String, BigDecimal> details = new LinkedHashMap<>();
        Json.decimal(data, "voucher_balance").ifPresent(v -> details.put(Balance.VOUCHER, v)); //$NON-NLS-1$
        Json.decimal(data, "cash_balance").ifPresent(v -> details.put(Balance.CASH, v)); //$NON-NLS-1$
        return Optional.of(new Balance(available.get(), onDomain(host, "moonshot.ai") ? USD : CNY, details)); //$NON-NLS-1$
    }

    private static boolean onDomain(String host, String domain) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals(domain) || h.endsWith("." + domain); //$NON-NLS-1$
    }
}
