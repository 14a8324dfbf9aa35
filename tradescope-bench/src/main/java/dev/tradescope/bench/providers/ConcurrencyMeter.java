package dev.tradescope.bench.providers;

import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A WireMock extension that holds every answer for a fixed latency inside the server's request
 * thread and counts how many requests are in the server at the same time.
 */
final class ConcurrencyMeter implements ResponseTransformerV2 {
    private final long latencyMillis;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private final AtomicInteger served = new AtomicInteger();

    ConcurrencyMeter(long latencyMillis) {
        this.latencyMillis = latencyMillis;
    }

    @Override
    public Response transform(Response response, ServeEvent serveEvent) {
        maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        try {
            Thread.sleep(latencyMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            inFlight.decrementAndGet();
            served.incrementAndGet();
        }
        return response;
    }

    @Override
    public String getName() {
        return "concurrency-meter";
    }

    int maxInFlight() {
        return maxInFlight.get();
    }

    int served() {
        return served.get();
    }

    void reset() {
        maxInFlight.set(0);
        served.set(0);
    }
}
