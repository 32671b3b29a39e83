package io.calldeck.connector.client;

import io.calldeck.connector.model.CallAccessChange;
import io.calldeck.connector.model.CallAccessQuery;
import io.calldeck.connector.model.CallUsersAccess;
import io.calldeck.connector.model.CallsFilter;
import io.calldeck.connector.model.ContentSelector;
import io.calldeck.connector.model.ExtensiveCallsPage;
import io.calldeck.connector.model.ExtensiveCallsRequest;
import io.calldeck.connector.model.TranscriptsRequest;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import java.util.List;

/**
 * The one JSON-B instance every Gong REST client of the application uses (a JAX-RS {@link ContextResolver}):
 * JSON-B builds its model of each class the first time an instance sees it, which takes long enough to push a
 * request late past the rate budget's window. Sharing one instance, prepared once with every request type,
 * keeps that cost out of the time between taking a rate-budget slot and sending.
 */
public final class GongJsonb implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = prepared();

    private static Jsonb prepared() {
        Jsonb jsonb = JsonbBuilder.create();
        CallsFilter filter = CallsFilter.ofCallIds("1");
        jsonb.toJson(new ExtensiveCallsRequest("c", filter, ContentSelector.everything()));
        jsonb.toJson(new TranscriptsRequest("c", filter));
        jsonb.toJson(CallAccessQuery.of(List.of("1")));
        jsonb.toJson(new CallAccessChange(List.of(CallUsersAccess.of("1", "2"))));
        jsonb.fromJson("{\"requestId\":\"r\",\"records\":{\"totalRecords\":1},\"calls\":[{\"metaData\":{\"id\":\"1\"}}]}",
                ExtensiveCallsPage.class);
        return jsonb;
    }

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
