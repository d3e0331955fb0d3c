package mai.launcher.core.config.providers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Balances read from 127.0.0.1 servers playing each provider (the kind is given explicitly). */
class BalanceTest {

    private static final String KEY = "sk-balance-0123456789";

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private TestServer server;

    private ProviderClient client;

    @BeforeEach
    void start() throws Exception {
        server = TestServer.start();
        client = ProviderClient.create(ProviderClientSettings.of(Duration.ofSeconds(2)));
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    private Optional<Balance> balance(String basePath, BalanceKind kind) throws ProviderException {
        return client.balance(new Endpoint(server.url(basePath), ClientType.OPENAI), KEY, kind, TIMEOUT);
    }

    private static Map<String, BigDecimal> details(Object... pairs) {
        Map<String, BigDecimal> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], new BigDecimal((String) pairs[i + 1]));
        }
        return map;
    }

    private void assertOnlyRequest(String path) {
        TestServer.Seen request = server.onlyRequest();
        assertEquals(path, request.path());
        assertEquals("Bearer " + KEY, request.header("Authorization"));
    }

    @Test
    void deepSeek() throws Exception {
        server.json("/user/balance", 200, """
                {"is_available":true,"balance_infos":[{"currency":"CNY","total_balance":"110.00",
                 "granted_balance":"10.00","topped_up_balance":"100.00"}]}""");
        Balance balance = balance("/v1", BalanceKind.DEEPSEEK).orElseThrow();
        assertEquals(new Balance(new BigDecimal("110.00"), "CNY",
                details(Balance.GRANTED, "10.00", Balance.TOPPED_UP, "100.00")), balance);
        assertOnlyRequest("/user/balance");
    }

    @Test
    void deepSeekPrefersCnyAndKeepsOtherCurrencies() throws Exception {
        server.json("/user/balance", 200, """
                {"is_available":true,"balance_infos":[
                  {"currency":"USD","total_balance":"1.50","granted_balance":"0.00","topped_up_balance":"1.50"},
                  {"currency":"CNY","total_balance":"20.50","granted_balance":"2.50","topped_up_balance":"18.00"}]}""");
        Balance balance = balance("", BalanceKind.DEEPSEEK).orElseThrow();
        assertEquals(new BigDecimal("20.50"), balance.amount());
        assertEquals("CNY", balance.currency());
        assertEquals(List.of(Balance.GRANTED, Balance.TOPPED_UP, "total.USD"), List.copyOf(balance.details().keySet()));
        assertEquals(new BigDecimal("1.50"), balance.details().get("total.USD"));
    }

    @Test
    void siliconFlow() throws Exception {
        server.json("/v1/user/info", 200, """
                {"code":20000,"message":"OK","status":true,"data":{"id":"userid","name":"username",
                 "balance":"0.88","status":"normal","chargeBalance":"88.00","totalBalance":"88.88"}}""");
        Balance balance = balance("/v1", BalanceKind.SILICONFLOW).orElseThrow();
        assertEquals(new Balance(new BigDecimal("88.88"), "CNY",
                details(Balance.GIFT, "0.88", Balance.TOPPED_UP, "88.00")), balance);
        assertOnlyRequest("/v1/user/info");
    }

    @Test
    void siliconFlowErrorCodeInTheBodyIsABadResponseWithItsMessage() throws Exception {
        server.json("/v1/user/info", 200, "{\"code\":30001,\"message\":\"Account is disabled\",\"data\":null}");
        ProviderException e = assertThrows(ProviderException.class, () -> balance("/v1", BalanceKind.SILICONFLOW));
        assertEquals(ProviderException.Kind.BAD_RESPONSE, e.kind());
        assertEquals(Optional.of("Account is disabled"), e.providerMessage());
        assertTrue(e.getMessage().endsWith("The provider says: Account is disabled"), e.getMessage());
    }

    @Test
    void openRouterCreditsMinusUsage() throws Exception {
        server.json("/api/v1/credits", 200, "{\"data\":{\"total_credits\":15,\"total_usage\":2.3}}");
        Balance balance = balance("/api/v1", BalanceKind.OPENROUTER).orElseThrow();
        assertEquals(new Balance(new BigDecimal("12.7"), "USD",
                details(Balance.CREDITS, "15", Balance.USAGE, "2.3")), balance);
        assertOnlyRequest("/api/v1/credits");
    }

    @Test
    void openRouterFallsBackToTheKeyLimitWhenCreditsNeedAManagementKey() throws Exception {
        server.json("/api/v1/credits", 403, "{\"error\":{\"message\":\"Management key required\",\"code\":403}}");
        server.json("/api/v1/key", 200, """
                {"data":{"label":"sk-or-v1-abc...","limit":10,"limit_remaining":7.5,"usage":2.5,
                 "is_free_tier":false}}""");
        Balance balance = balance("/api/v1", BalanceKind.OPENROUTER).orElseThrow();
        assertEquals(new Balance(new BigDecimal("7.5"), "USD",
                details(Balance.KEY_LIMIT, "10", Balance.USAGE, "2.5")), balance);
        assertEquals(List.of("/api/v1/credits", "/api/v1/key"),
                server.requests().stream().map(TestServer.Seen::path).toList());
    }

    @Test
    void openRouterKeyWithoutLimitHasNoBalance() throws Exception {
        server.json("/api/v1/credits", 401, "{\"error\":{\"message\":\"Management key required\"}}");
        server.json("/api/v1/key", 200, "{\"data\":{\"label\":\"x\",\"limit\":null,\"limit_remaining\":null,\"usage\":1}}");
        assertEquals(Optional.empty(), balance("/api/v1", BalanceKind.OPENROUTER));
    }

    @Test
    void openRouterInvalidKeyStaysUnauthorized() throws Exception {
        server.json("/api/v1/credits", 401, "{\"error\":{\"message\":\"No auth credentials found\",\"code\":401}}");
        server.json("/api/v1/key", 401, "{\"error\":{\"message\":\"No auth credentials found\",\"code\":401}}");
        ProviderException e = assertThrows(ProviderException.class, () -> balance("/api/v1", BalanceKind.OPENROUTER));
        assertEquals(ProviderException.Kind.UNAUTHORIZED, e.kind());
    }

    @Test
    void moonshot() throws Exception {
        server.json("/v1/users/me/balance", 200, """
                {"code":0,"data":{"available_balance":49.58,"voucher_balance":46.58,"cash_balance":3.0},
                 "scode":"0x0","status":true}""");
        Balance balance = balance("/v1", BalanceKind.MOONSHOT).orElseThrow();
        assertEquals(new Balance(new BigDecimal("49.58"), "CNY",
                details(Balance.VOUCHER, "46.58", Balance.CASH, "3.0")), balance);
        assertOnlyRequest("/v1/users/me/balance");
    }

    @Test
    void unexpectedBalanceJsonIsABadResponse() throws Exception {
        server.json("/v1/users/me/balance", 200, "{\"data\":{}}");
        ProviderException e = assertThrows(ProviderException.class, () -> balance("/v1", BalanceKind.MOONSHOT));
        assertEquals(ProviderException.Kind.BAD_RESPONSE, e.kind());
        assertTrue(e.getMessage().contains("is not balance information as expected"), e.getMessage());
    }

    @Test
    void unknownProviderHasNoBalanceAndSendsNothing() throws Exception {
        Optional<Balance> balance = client.balance(new Endpoint(server.url("/v1"), ClientType.OPENAI), KEY, TIMEOUT);
        assertEquals(Optional.empty(), balance);
        assertEquals(List.of(), server.requests());
        assertEquals("Balance lookup is not supported by this provider.", ProviderTexts.balanceNotSupported());
    }

    @ParameterizedTest
    @CsvSource({ "https://api.deepseek.com/v1, DEEPSEEK", "https://api.deepseek.com, DEEPSEEK",
            "https://api.siliconflow.cn/v1, SILICONFLOW", "https://api.siliconflow.com/v1, SILICONFLOW",
            "https://openrouter.ai/api/v1, OPENROUTER", "https://api.moonshot.cn/v1, MOONSHOT",
            "HTTPS://API.MOONSHOT.AI/v1, MOONSHOT" })
    void detectsKnownHosts(String baseUrl, BalanceKind kind) {
        assertEquals(Optional.of(kind), BalanceKind.detect(baseUrl));
    }

    @ParameterizedTest
    @CsvSource({ "https://dashscope.aliyuncs.com/compatible-mode/v1", "https://notdeepseek.com/v1",
            "https://deepseek.com.evil.example/v1", "http://127.0.0.1:11434/v1", "not a url" })
    void ignoresOtherHosts(String baseUrl) {
        assertEquals(Optional.empty(), BalanceKind.detect(baseUrl));
    }
}
