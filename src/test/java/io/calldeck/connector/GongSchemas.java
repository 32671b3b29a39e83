package io.calldeck.connector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Gong's OpenAPI schemas ({@code ../shared/gong-docs/openapi}) as JSON Schema validators (networknt, draft
 * 2020-12, which OpenAPI 3.1 schemas are), by component name.
 */
public final class GongSchemas {

    /** The 2026-02 document: every Calls endpoint but manual CRM associations. */
    public static final String CURRENT = "gong-calls-openapi-2026-02.json";
    /** The 2025-01 document: still has {@code GET /v2/calls/manual-crm-associations}. */
    public static final String OLDER = "gong-calls-openapi-2025-01.json";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private GongSchemas() {
    }

    /**
     * Checks a JSON document against a component schema.
     *
     * @param document  {@link #CURRENT} or {@link #OLDER}
     * @param component e.g. {@code Calls}, {@code ErrorResponse}
     * @param json      the document to check
     * @return the validation messages; empty when valid
     */
    public static Set<String> violations(String document, String component, String json) {
        Path file = GongDocs.openapi(document);
        JsonSchema schema = FACTORY.getSchema(SchemaLocation.of(file.toUri() + "#/components/schemas/" + component),
                SchemaValidatorsConfig.builder().build());
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + json, e);
        }
        Set<ValidationMessage> messages = schema.validate(node);
        return messages.stream().map(ValidationMessage::getMessage).collect(Collectors.toCollection(java.util.TreeSet::new));
    }
}
