package dev.tradescope.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import java.net.URI;

/** Wraps a WireMock server on a free loopback port with short helpers for provider answers. */
public final class StubServer implements AutoCloseable {
    private final WireMockServer server;

    private StubServer(WireMockServer server) {
        this.server = server;
    }

    /** Starts a server on a free port. */
    public static StubServer start() {
        WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        return new StubServer(server);
    }

    /** Returns the base URL of the server. */
    public URI base() {
        return URI.create("http://127.0.0.1:" + server.port());
    }

    /** Returns the underlying server. */
    public WireMockServer wireMock() {
        return server;
    }

    /** Answers GETs whose path matches the regex with a status and a JSON body. */
    public void answer(String pathRegex, int status, String body) {
        answer(pathRegex, aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body));
    }

    /** Answers GETs whose path matches the regex with a response definition. */
    public void answer(String pathRegex, ResponseDefinitionBuilder response) {
        server.stubFor(get(urlPathMatching(pathRegex)).willReturn(response));
    }

    /** Answers with a network fault. */
    public void fault(String pathRegex, Fault fault) {
        answer(pathRegex, aResponse().withFault(fault));
    }

    /** Returns how many requests the server saw. */
    public int requestCount() {
        return server.getAllServeEvents().size();
    }

    /** Answers SEC's ticker table. */
    public void answerSecTickers() {
        answer("/files/company_tickers.json", 200, ReferenceFiles.apiFormat("sec_company_tickers.json"));
    }

    @Override
    public void close() {
        server.stop();
    }
}
