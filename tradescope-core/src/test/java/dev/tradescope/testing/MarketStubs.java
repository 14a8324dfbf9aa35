package dev.tradescope.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Serves, on a WireMock server on a free loopback port, good answers in the providers' real formats
 * for any symbol or series asked: Yahoo v8 chart and FMP end-of-day history with generated weekday
 * bars for the requested period, FRED observations for the requested window (monthly for
 * {@code FEDFUNDS}, weekdays otherwise), FMP {@code /stable} profiles and FMP v3 profile lists
 * ({@code /api/v3/profile/A,B}, in the v3 field names). Fault modes put a stub of
 * higher priority in front of one provider: error status, 429 with or without {@code Retry-After},
 * slow answers, connection reset. Generated prices are deterministic per symbol.
 */
public final class MarketStubs implements AutoCloseable {
    /** The providers the stub set serves, with the path (regex) of their endpoints. */
    public enum Api {
        /** Yahoo Finance v8 chart. */
        YAHOO("/v8/finance/chart/.*"),
        /** FRED series observations. */
        FRED("/fred/series/observations"),
        /** FMP {@code /stable} profile and end-of-day history, and the v3 profile list. */
        FMP("/(stable|api/v3/profile)/.*");

        private final String pathRegex;

        Api(String pathRegex) {
            this.pathRegex = pathRegex;
        }

        /** Returns the path regex of the provider's endpoints. */
        public String pathRegex() {
            return pathRegex;
        }
    }

    private static final String TRANSFORMER = "tradescope-market";
    private static final String V3_PROFILE = "/api/v3/profile/.*";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int FAULT_PRIORITY = 1;
    private static final int GOOD_PRIORITY = 5;
    private final WireMockServer server;

    private MarketStubs(WireMockServer server) {
        this.server = server;
    }

    /** Starts a server on a free loopback port serving good answers for every provider. */
    public static MarketStubs start() {
        WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1")
                .extensions(new Answers()));
        server.start();
        MarketStubs stubs = new MarketStubs(server);
        stubs.serveGoodAnswers();
        return stubs;
    }

    /** Returns the base URL to configure as every provider's {@code base-url}. */
    public URI base() {
        return URI.create("http://127.0.0.1:" + server.port());
    }

    /** Returns the underlying server. */
    public WireMockServer wireMock() {
        return server;
    }

    /** Adds a fixed latency to every answer. */
    public void latency(int millis) {
        server.setGlobalFixedDelay(millis);
    }

    /** Forgets every fault and the request journal, and serves good answers again. */
    public void reset() {
        server.resetAll();
        serveGoodAnswers();
    }

    /** Forgets the request journal only. */
    public void resetRequests() {
        server.resetRequests();
    }

    /** Makes every answer of a provider an error status with a short JSON body. */
    public void failWith(Api api, int status) {
        fault(api, aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"stubbed failure " + status + "\"}"));
    }

    /** Makes every answer of a provider a 429, with {@code Retry-After} in seconds when given. */
    public void rateLimit(Api api, Optional<Integer> retryAfterSeconds) {
        ResponseDefinitionBuilder answer = aResponse().withStatus(429).withHeader("Content-Type", "text/plain")
                .withBody("Too Many Requests");
        retryAfterSeconds.ifPresent(s -> answer.withHeader("Retry-After", Integer.toString(s)));
        fault(api, answer);
    }

    /** Makes every answer of a provider arrive only after {@code millis}, good otherwise. */
    public void slow(Api api, int millis) {
        fault(api, aResponse().withTransformers(TRANSFORMER).withFixedDelay(millis));
    }

    /**
     * Answers FMP's v3 endpoints as FMP does for keys created after 2025-08-31: 403 with the
     * reference <em>Legacy Endpoint</em> body.
     */
    public void closeFmpLegacyEndpoints() {
        server.stubFor(get(urlPathMatching(V3_PROFILE)).atPriority(FAULT_PRIORITY)
                .willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/json")
                        .withBody(ReferenceFiles.apiFormat("fmp_error_legacy_endpoint_403.json"))));
    }

    /** Makes every answer of a provider a connection reset. */
    public void connectionReset(Api api) {
        fault(api, aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
    }

    /** Returns the requests the server saw, newest first. */
    public List<Request> requests() {
        return server.getAllServeEvents().stream().<Request>map(ServeEvent::getRequest).toList();
    }

    /** Returns how many requests the server saw. */
    public int requestCount() {
        return server.getAllServeEvents().size();
    }

    /** Returns how many requests a provider's endpoints saw. */
    public long requestCount(Api api) {
        return requests().stream().filter(r -> r.getUrl().split("\\?")[0].matches(api.pathRegex())).count();
    }

    /** Returns the subject (symbol or series id) of every request the server saw, as {@code path:subject}. */
    public List<String> subjects() {
        return requests().stream().map(MarketStubs::subjectOf).sorted().toList();
    }

    /**
     * Returns every request the server saw, sorted, described as plan items are
     * ({@code history SPY 2024-12-01..2025-07-31}, {@code series DGS10 …}, {@code profile AAPL}).
     */
    public List<String> describedRequests() {
        return requests().stream().map(MarketStubs::describe).sorted().toList();
    }

    static String describe(Request request) {
        String path = request.getUrl().split("\\?")[0];
        Function<String, String> param = name -> request.queryParameter(name).isPresent()
                ? request.queryParameter(name).firstValue() : "";
        if (path.startsWith("/v8/finance/chart/")) {
            return "history " + subjectOf(request) + " " + epochDay(param.apply("period1")) + ".."
                    + epochDay(param.apply("period2")).minusDays(1);
        }
        if (path.equals("/fred/series/observations")) {
            return "series " + subjectOf(request) + " " + param.apply("observation_start") + ".."
                    + param.apply("observation_end");
        }
        if (path.equals("/stable/historical-price-eod/full")) {
            return "history " + subjectOf(request) + " " + param.apply("from") + ".." + param.apply("to");
        }
        if (path.startsWith("/api/v3/profile/")) {
            return "profiles " + listedSymbols(path);
        }
        return path.equals("/stable/profile") ? "profile " + subjectOf(request) : path;
    }

    private static String listedSymbols(String path) {
        return URLDecoder.decode(path.substring("/api/v3/profile/".length()), StandardCharsets.UTF_8);
    }

    // The symbol or series id a request is about: the chart path's last segment, else the query parameter.
    static String subjectOf(Request request) {
        String path = request.getUrl().split("\\?")[0];
        if (path.startsWith("/v8/finance/chart/")) {
            return URLDecoder.decode(path.substring("/v8/finance/chart/".length()), StandardCharsets.UTF_8);
        }
        String id = path.equals("/fred/series/observations") ? "series_id" : "symbol";
        return request.queryParameter(id).isPresent() ? request.queryParameter(id).firstValue() : path;
    }

    private void fault(Api api, ResponseDefinitionBuilder answer) {
        server.stubFor(get(urlPathMatching(api.pathRegex())).atPriority(FAULT_PRIORITY).willReturn(answer));
    }

    private void serveGoodAnswers() {
        for (String path : List.of("/v8/finance/chart/.*", "/stable/profile", "/stable/historical-price-eod/full",
                V3_PROFILE)) {
            server.stubFor(get(urlPathMatching(path)).atPriority(GOOD_PRIORITY)
                    .willReturn(aResponse().withTransformers(TRANSFORMER)));
        }
        server.stubFor(get(urlPathEqualTo("/fred/series/observations")).atPriority(GOOD_PRIORITY)
                .willReturn(aResponse().withTransformers(TRANSFORMER)));
    }

    @Override
    public void close() {
        server.stop();
    }

    // Builds the body of a good answer from the request.
    static final class Answers implements ResponseDefinitionTransformerV2 {
        @Override
        public ResponseDefinition transform(ServeEvent event) {
            Request request = event.getRequest();
            String path = request.getUrl().split("\\?")[0];
            Function<String, String> param = name -> request.queryParameter(name).isPresent()
                    ? request.queryParameter(name).firstValue() : "";
            String body;
            if (path.startsWith("/v8/finance/chart/")) {
                body = yahooChart(subjectOf(request), epochDay(param.apply("period1")),
                        epochDay(param.apply("period2")).minusDays(1));
            } else if (path.equals("/fred/series/observations")) {
                body = fredObservations(param.apply("series_id"), LocalDate.parse(param.apply("observation_start")),
                        LocalDate.parse(param.apply("observation_end")));
            } else if (path.equals("/stable/profile")) {
                body = fmpProfile(param.apply("symbol"));
            } else if (path.startsWith("/api/v3/profile/")) {
                body = fmpProfileList(List.of(listedSymbols(path).split(",")));
            } else {
                body = fmpHistory(param.apply("symbol"), LocalDate.parse(param.apply("from")),
                        LocalDate.parse(param.apply("to")));
            }
            return ResponseDefinitionBuilder.like(event.getResponseDefinition()).withStatus(200)
                    .withHeader("Content-Type", "application/json").withBody(body).build();
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public String getName() {
            return TRANSFORMER;
        }
    }

    private static LocalDate epochDay(String epochSeconds) {
        return Instant.ofEpochSecond(Long.parseLong(epochSeconds)).atZone(ZoneOffset.UTC).toLocalDate();
    }

    /** Returns the generated close of a symbol on a day: a deterministic wave around a per-symbol level. */
    public static double close(String symbol, LocalDate day) {
        double level = 40 + Math.floorMod(symbol.hashCode(), 400);
        long n = day.toEpochDay();
        return Math.round(level * (1 + 0.0004 * (n % 1000) + 0.02 * Math.sin(n / 7.0)) * 100) / 100.0;
    }

    private static List<LocalDate> weekdays(LocalDate from, LocalDate to) {
        return from.datesUntil(to.plusDays(1)).filter(d -> d.getDayOfWeek() != DayOfWeek.SATURDAY
                && d.getDayOfWeek() != DayOfWeek.SUNDAY).toList();
    }

    static String yahooChart(String symbol, LocalDate from, LocalDate to) {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode chart = root.putObject("chart");
        ObjectNode result = chart.putArray("result").addObject();
        chart.putNull("error");
        ObjectNode meta = result.putObject("meta");
        meta.put("currency", "USD").put("symbol", symbol).put("exchangeName", "NMS").put("instrumentType", "EQUITY")
                .put("gmtoffset", -14400).put("timezone", "EDT").put("exchangeTimezoneName", "America/New_York")
                .put("dataGranularity", "1d").put("range", "");
        ArrayNode timestamps = result.putArray("timestamp");
        ObjectNode indicators = result.putObject("indicators");
        ObjectNode quote = indicators.putArray("quote").addObject();
        ArrayNode open = quote.putArray("open");
        ArrayNode high = quote.putArray("high");
        ArrayNode low = quote.putArray("low");
        ArrayNode close = quote.putArray("close");
        ArrayNode volume = quote.putArray("volume");
        ArrayNode adj = indicators.putArray("adjclose").addObject().putArray("adjclose");
        for (LocalDate day : weekdays(from, to)) {
            double c = close(symbol, day);
            timestamps.add(day.atTime(13, 30).toEpochSecond(ZoneOffset.UTC));
            open.add(c * 0.995);
            high.add(c * 1.01);
            low.add(c * 0.99);
            close.add(c);
            volume.add(1_000_000);
            adj.add(c);
        }
        if (!timestamps.isEmpty()) {
            meta.put("regularMarketPrice", close.get(close.size() - 1).asDouble());
        }
        return root.toString();
    }

    static String fmpHistory(String symbol, LocalDate from, LocalDate to) {
        ArrayNode rows = MAPPER.createArrayNode();
        List<LocalDate> days = weekdays(from, to);
        for (int i = days.size() - 1; i >= 0; i--) {
            double c = close(symbol, days.get(i));
            rows.addObject().put("symbol", symbol).put("date", days.get(i).toString()).put("open", c * 0.995)
                    .put("high", c * 1.01).put("low", c * 0.99).put("close", c).put("volume", 1_000_000);
        }
        return rows.toString();
    }

    static String fmpProfile(String symbol) {
        ArrayNode rows = MAPPER.createArrayNode();
        rows.addObject().put("symbol", symbol).put("price", close(symbol, LocalDate.of(2025, 7, 1)))
                .put("marketCap", 1_000_000_000L + Math.floorMod(symbol.hashCode(), 1000) * 1_000_000L)
                .put("companyName", symbol + " Corp.").put("currency", "USD").put("exchange", "NASDAQ")
                .put("industry", "Software - Infrastructure").put("sector", "Technology").put("country", "US")
                .put("isEtf", false).put("isActivelyTrading", true);
        return rows.toString();
    }

    // The v3 list answer: one element per symbol, v3 field names (mktCap, exchangeShortName), as in
    // the reference fmp_profile.json; symbols starting with "UNKNOWN" are left out, as FMP does.
    static String fmpProfileList(List<String> symbols) {
        ArrayNode rows = MAPPER.createArrayNode();
        for (String symbol : symbols) {
            if (!symbol.startsWith("UNKNOWN")) {
                rows.addObject().put("symbol", symbol).put("price", close(symbol, LocalDate.of(2025, 7, 1)))
                        .put("mktCap", 1_000_000_000L + Math.floorMod(symbol.hashCode(), 1000) * 1_000_000L)
                        .put("companyName", symbol + " Corp.").put("currency", "USD")
                        .put("exchange", "NASDAQ Global Select").put("exchangeShortName", "NASDAQ")
                        .put("industry", "Software - Infrastructure").put("sector", "Technology").put("country", "US")
                        .put("isEtf", false).put("isActivelyTrading", true);
            }
        }
        return rows.toString();
    }

    static String fredObservations(String series, LocalDate from, LocalDate to) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("realtime_start", to.toString()).put("realtime_end", to.toString())
                .put("observation_start", from.toString()).put("observation_end", to.toString()).put("units", "lin")
                .put("output_type", 1).put("file_type", "json").put("order_by", "observation_date")
                .put("sort_order", "asc").put("offset", 0).put("limit", 100000);
        List<LocalDate> days = "FEDFUNDS".equals(series)
                ? from.withDayOfMonth(1).datesUntil(to.plusDays(1), java.time.Period.ofMonths(1))
                .filter(d -> !d.isBefore(from)).toList()
                : weekdays(from, to);
        root.put("count", days.size());
        ArrayNode observations = root.putArray("observations");
        for (LocalDate day : days) {
            observations.addObject().put("realtime_start", to.toString()).put("realtime_end", to.toString())
                    .put("date", day.toString())
                    .put("value", String.format(Locale.ROOT, "%.2f", 4 + Math.sin(day.toEpochDay() / 30.0) / 2));
        }
        return root.toString();
    }
}
