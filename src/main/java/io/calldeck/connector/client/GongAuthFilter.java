package io.calldeck.connector.client;

import io.calldeck.connector.GongConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * Adds Gong's {@code Authorization} header (Basic access key or OAuth bearer token from {@link GongConfig}) and
 * the connector's {@code User-Agent} to every request. A CDI bean so that it can be injected; registered on the
 * client by the connector's transport. It never logs the header.
 */
@ApplicationScoped
public class GongAuthFilter implements ClientRequestFilter {

    /** The {@code User-Agent} the connector sends. */
    public static final String USER_AGENT = "CallDeck-Gong-Connector/1.0";

    private GongConfig config;

    /** For CDI's client proxy only. */
    protected GongAuthFilter() {
    }

    /** @param config where the credentials come from */
    @Inject
    public GongAuthFilter(GongConfig config) {
        this.config = config;
    }

    @Override
    public void filter(ClientRequestContext request) {
        config.credentials().ifPresent(credentials ->
                request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, credentials.authorizationHeader()));
        request.getHeaders().putSingle(HttpHeaders.USER_AGENT, USER_AGENT);
    }
}
