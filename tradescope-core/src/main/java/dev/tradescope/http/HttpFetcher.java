package dev.tradescope.http;

import dev.tradescope.support.LazyLogger;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;

/**
 * Sends GET requests over one shared {@link HttpClient} (so connections are reused), asks for gzip
 * and decodes it, sets the User-Agent, and logs every call through the {@link Redactor}. The client
 * is built on the first request: a run served from the cache never pays for its TLS set-up.
 *
 * <p>This class is thread-safe.
 */
public final class HttpFetcher {
    private static final LazyLogger LOG = new LazyLogger(HttpFetcher.class);

    private final Duration connectTimeout;
    private final String userAgent;
    private final Redactor redactor;
    private volatile HttpClient client;

    private HttpFetcher(Duration connectTimeout, String userAgent, Redactor redactor) {
        this.connectTimeout = connectTimeout;
        this.userAgent = userAgent;
        this.redactor = redactor;
    }

    /** Builds a fetcher with its own client: the given connect timeout, redirects followed, HTTP/1.1 or 2. */
    public static HttpFetcher create(Duration connectTimeout, String userAgent, Redactor redactor) {
        return new HttpFetcher(Objects.requireNonNull(connectTimeout, "connectTimeout"),
                Objects.requireNonNull(userAgent, "userAgent"), Objects.requireNonNull(redactor, "redactor"));
    }

    // The one client, built on first use.
    private HttpClient client() {
        HttpClient built = client;
        if (built == null) {
            synchronized (this) {
                if (client == null) {
                    client = HttpClient.newBuilder().connectTimeout(connectTimeout)
                            .followRedirects(HttpClient.Redirect.NORMAL).build();
                }
                built = client;
            }
        }
        return built;
    }

    /** Returns the redactor every message of this fetcher passes through. */
    public Redactor redactor() {
        return redactor;
    }

    /**
     * Sends a GET and returns the answer, whatever its status.
     *
     * @param uri     the URL (may hold a key: it is only ever logged redacted)
     * @param headers extra headers; a {@code User-Agent} here replaces the default one
     * @param timeout the time the whole request may take
     * @throws TransportException when no answer came (timeout, refused, reset)
     */
    public HttpAnswer get(URI uri, Map<String, String> headers, Duration timeout) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET().timeout(timeout)
                .header("Accept-Encoding", "gzip").header("Accept", "application/json, */*;q=0.5")
                .header("User-Agent", userAgent);
        headers.forEach(request::setHeader);
        long start = System.nanoTime();
        // the request timeout ends at the headers; this bound also covers a body that trickles in
        CompletableFuture<HttpResponse<byte[]>> exchange = client().sendAsync(request.build(),
                HttpResponse.BodyHandlers.ofByteArray());
        try {
            HttpResponse<byte[]> response = exchange.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            HttpAnswer answer = new HttpAnswer(response.statusCode(), response.headers().map(), decode(response));
            LOG.get().debug("GET {} -> {} in {} ms", redactor.redact(uri.toString()), answer.status(), millisSince(start));
            return answer;
        } catch (TimeoutException e) {
            exchange.cancel(true);
            throw failure(uri, new HttpTimeoutException("no complete answer within " + timeout.toMillis() + " ms"),
                    start, true);
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            throw failure(uri, e, start, false);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw failure(uri, cause, start, cause instanceof HttpTimeoutException || cause instanceof InterruptedIOException);
        } catch (IOException e) {
            throw failure(uri, e, start, false);
        }
    }

    private TransportException failure(URI uri, Throwable e, long start, boolean timeout) {
        String message = (timeout ? "timed out: " : "no answer: ") + redactor.describe(e);
        LOG.get().debug("GET {} failed after {} ms: {}", redactor.redact(uri.toString()), millisSince(start), message);
        return new TransportException(message, timeout);
    }

    private static String decode(HttpResponse<byte[]> response) throws IOException {
        byte[] body = response.body();
        boolean gzip = response.headers().firstValue("Content-Encoding").map(v -> v.equalsIgnoreCase("gzip")).orElse(false);
        if (gzip && body.length > 0) {
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
                body = in.readAllBytes();
            }
        }
        return new String(body, StandardCharsets.UTF_8);
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
