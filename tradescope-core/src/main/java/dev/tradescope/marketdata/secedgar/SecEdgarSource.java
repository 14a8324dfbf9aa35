package dev.tradescope.marketdata.secedgar;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tradescope.http.Attempt;
import dev.tradescope.http.AttemptingSource;
import dev.tradescope.http.HttpAnswer;
import dev.tradescope.http.Json;
import dev.tradescope.http.MalformedAnswerException;
import dev.tradescope.http.Parsed;
import dev.tradescope.http.ProviderClient;
import dev.tradescope.http.QueryUrl;
import dev.tradescope.marketdata.CompanyProfile;
import dev.tradescope.marketdata.CompanyProfileRequest;
import dev.tradescope.marketdata.DataKind;
import dev.tradescope.marketdata.MarketDataRequest;
import dev.tradescope.marketdata.ProviderId;
import dev.tradescope.support.FailureKind;
import dev.tradescope.support.Formats;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Answers company profiles from SEC EDGAR: {@code company_tickers.json} maps the ticker to its CIK
 * (read once per process), the submissions file gives the name, SIC code (→ sector) and exchange.
 * SEC needs a declared User-Agent: without one every request answers <em>not configured</em> with
 * how to set it. SEC's HTML 403 ("Request Rate Threshold Exceeded") is <em>rate limited</em>.
 *
 * <p>This class is thread-safe.
 */
public final class SecEdgarSource implements AttemptingSource {
    /** The public host of {@code company_tickers.json} (the API itself is on {@code data.sec.gov}). */
    public static final URI DEFAULT_FILES_URL = URI.create("https://www.sec.gov");

    private final ProviderClient client;
    private final URI dataUrl;
    private final URI filesUrl;
    private final Optional<String> userAgent;
    private final Optional<TickerTableFile> tickerFile;
    private final AtomicReference<Map<String, Long>> ciks = new AtomicReference<>();

    /**
     * Builds the source.
     *
     * @param client    the client of provider {@code secedgar}
     * @param dataUrl   the base of {@code data.sec.gov}
     * @param filesUrl  the base of {@code www.sec.gov} (tests: the same local server)
     * @param userAgent the declared User-Agent ({@code SEC_EDGAR_USER_AGENT}), if set
     */
    public SecEdgarSource(ProviderClient client, URI dataUrl, URI filesUrl, Optional<String> userAgent) {
        this(client, dataUrl, filesUrl, userAgent, Optional.empty());
    }

    private SecEdgarSource(ProviderClient client, URI dataUrl, URI filesUrl, Optional<String> userAgent,
                           Optional<TickerTableFile> tickerFile) {
        this.client = Objects.requireNonNull(client, "client");
        this.dataUrl = Objects.requireNonNull(dataUrl, "dataUrl");
        this.filesUrl = Objects.requireNonNull(filesUrl, "filesUrl");
        this.userAgent = Objects.requireNonNull(userAgent, "userAgent");
        this.tickerFile = tickerFile;
    }

    /**
     * Returns a copy that keeps the ticker table in a file (for example
     * {@code <cache root>/secedgar/company_tickers.json}) and reuses it for three days.
     */
    public SecEdgarSource withTickerFile(Path file) {
        return new SecEdgarSource(client, dataUrl, filesUrl, userAgent,
                Optional.of(new TickerTableFile(file, client.clock())));
    }

    @Override
    public ProviderId provider() {
        return ProviderId.SECEDGAR;
    }

    @Override
    public boolean supports(DataKind kind) {
        return kind == DataKind.COMPANY_PROFILE;
    }

    @Override
    public Optional<String> findMissingSetting() {
        return userAgent.isEmpty() ? Optional.of("SEC EDGAR requires a declared User-Agent: set "
                + "SEC_EDGAR_USER_AGENT (or providers.secedgar.user-agent) to 'YourApp you@example.com'") : Optional.empty();
    }

    @Override
    public MarketDataRequest<?> probeRequest() {
        return new CompanyProfileRequest("AAPL");
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> Attempt<T> attempt(MarketDataRequest<T> request) {
        if (!(request instanceof CompanyProfileRequest profile)) {
            return client.failed(request, FailureKind.INVALID_REQUEST, "secedgar does not answer " + request.kind());
        }
        Optional<String> missing = findMissingSetting();
        if (missing.isPresent()) {
            return client.failed(request, FailureKind.NOT_CONFIGURED, missing.get());
        }
        return (Attempt<T>) profile(profile);
    }

    private Attempt<CompanyProfile> profile(CompanyProfileRequest request) {
        if (ciks.get() == null) {
            loadStoredTickers();
        }
        if (ciks.get() == null) {
            // the reader keeps the table; its answer only matters when loading failed
            Attempt<CompanyProfile> load = client.get(request, QueryUrl.of(filesUrl, "/files/company_tickers.json",
                    Map.of()), headers(), this::keepTickers, SecEdgarSource::classify);
            if (ciks.get() == null) {
                return load;
            }
        }
        Long cik = ciks.get().get(request.symbol());
        if (cik == null) {
            return client.failed(request, FailureKind.NO_DATA, "ticker not in SEC company_tickers.json");
        }
        URI uri = QueryUrl.of(dataUrl, Formats.format("/submissions/CIK%010d.json", cik), Map.of());
        return client.get(request, uri, headers(), body -> parseSubmissions(body, request), SecEdgarSource::classify);
    }

    private Parsed<CompanyProfile> keepTickers(String body) throws IOException {
        ciks.compareAndSet(null, parseTickers(body));
        tickerFile.ifPresent(file -> file.store(body));
        return Parsed.miss(FailureKind.NO_DATA, "ticker table loaded");
    }

    private void loadStoredTickers() {
        tickerFile.flatMap(TickerTableFile::findFresh).ifPresent(body -> {
            try {
                ciks.compareAndSet(null, parseTickers(body));
            } catch (IOException | RuntimeException e) {
                // a damaged stored table is fetched again
                ciks.set(null);
            }
        });
    }

    private Map<String, String> headers() {
        return Map.of("User-Agent", userAgent.orElseThrow());
    }

    // SEC throttles (and rejects undeclared agents) with an HTML 403.
    static Optional<FailureKind> classify(HttpAnswer answer) {
        return answer.status() == 403 ? Optional.of(FailureKind.RATE_LIMITED) : Optional.empty();
    }

    static Map<String, Long> parseTickers(String body) throws IOException {
        JsonNode root = Json.parse(body);
        if (!root.isObject()) {
            throw new MalformedAnswerException("expected a JSON object");
        }
        Map<String, Long> table = new HashMap<>();
        root.forEach(entry -> table.put(Json.requireText(entry, "ticker").toUpperCase(Locale.ROOT),
                Json.require(entry, "cik_str").asLong()));
        if (table.isEmpty()) {
            throw new MalformedAnswerException("empty ticker table");
        }
        return Map.copyOf(table);
    }

    static Parsed<CompanyProfile> parseSubmissions(String body, CompanyProfileRequest request) throws IOException {
        JsonNode root = Json.parse(body);
        String name = Json.requireText(root, "name");
        Optional<Integer> sic = Json.findText(root, "sic").flatMap(SecEdgarSource::parseSic);
        Optional<String> exchange = Optional.ofNullable(root.path("exchanges").path(0).textValue());
        CompanyProfile profile = new CompanyProfile(request.symbol(), name, sic.flatMap(SicSectors::sectorOf),
                Json.findText(root, "sicDescription"), OptionalDouble.empty(), exchange);
        return Parsed.value(profile, Optional.empty());
    }

    private static Optional<Integer> parseSic(String text) {
        return text.matches("\\d{1,4}") ? Optional.of(Integer.parseInt(text)) : Optional.empty();
    }
}
