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
 *
 * <p>Gong's schemas declare no {@code additionalProperties}, so as published they accept any invented or misspelled
 * field. {@link #strictViolations} checks against a strict copy derived at test time (into {@code target/}, never
 * into the repository): every object schema that lists its {@code properties} gets
 * {@code "additionalProperties": false}. For what CallDeck writes (the sandbox's answers, the connector's requests);
 * Gong's own recorded answers carry fields its document leaves out, and are checked against the document as published.
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
        return validate(GongDocs.openapi(document), component, json);
    }

    /**
     * Checks a JSON document against the strict copy of a component schema: no property the schema does not name, at
     * any depth.
     *
     * @param document  {@link #CURRENT} or {@link #OLDER}
     * @param component e.g. {@code Calls}
     * @param json      the document to check
     * @return the validation messages; empty when valid
     */
    public static Set<String> strictViolations(String document, String component, String json) {
        return validate(strict(document), component, json);
    }

    private static final java.util.Map<String, Path> STRICT = new java.util.concurrent.ConcurrentHashMap<>();

    /** @return the strict copy of a document, written once per test JVM under {@code target/strict-gong-openapi} */
    static Path strict(String document) {
        return STRICT.computeIfAbsent(document, name -> {
            try {
                JsonNode root = JSON.readTree(GongDocs.openapi(name).toFile());
                int closed = close(root);
                if (closed == 0) {
                    throw new IllegalStateException("no object schema with properties in " + name);
                }
                Path out = Path.of("target", "strict-gong-openapi", name).toAbsolutePath();
                java.nio.file.Files.createDirectories(out.getParent());
                JSON.writeValue(out.toFile(), root);
                return out;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Adds {@code additionalProperties: false} to every object schema listing properties; @return how many */
    static int close(JsonNode node) {
        int closed = 0;
        if (node instanceof com.fasterxml.jackson.databind.node.ObjectNode object) {
            if (object.get("properties") instanceof com.fasterxml.jackson.databind.node.ObjectNode
                    && !object.has("additionalProperties")) {
                object.put("additionalProperties", false);
                closed++;
            }
            for (JsonNode child : object) {
                closed += close(child);
            }
        } else if (node.isArray()) {
            for (JsonNode child : node) {
                closed += close(child);
            }
        }
        return closed;
    }

    private static Set<String> validate(Path file, String component, String json) {
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
