package io.calldeck.sandbox.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.calldeck.connector.GongDocs;
import io.calldeck.connector.GongScope;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sandbox asks each endpoint for the scope Gong's OpenAPI documents name for it ("this endpoint requires the
 * scope '…'"), read from both of Gong's documents at test time, plus the directory's scopes.
 */
class SandboxScopesTest {

    private static final Pattern SCOPE = Pattern.compile("requires the scope '([^']+)'");

    @ParameterizedTest
    @ValueSource(strings = {"gong-calls-openapi-2026-02.json", "gong-calls-openapi-2025-01.json"})
    void everyCallsEndpointNeedsTheScopeGongDocuments(String document) throws IOException {
        JsonNode paths = new ObjectMapper().readTree(GongDocs.openapi(document).toFile()).get("paths");
        int checked = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                String description = op.getValue().path("description").asText("");
                Matcher documented = SCOPE.matcher(description);
                if (!documented.find()) {
                    continue;
                }
                String method = op.getKey().toUpperCase(java.util.Locale.ROOT);
                String concrete = path.getKey().substring(1).replace("{id}", "7782342274025937895");
                assertThat(SandboxGate.requiredScope(method, concrete).map(GongScope::value))
                        .as("%s %s", method, path.getKey()).contains(documented.group(1));
                checked++;
            }
        }
        assertThat(checked).as("endpoints whose scope Gong documents").isGreaterThanOrEqualTo(9);
    }

    @Test
    void theDirectoryNeedsItsOwnScopes() {
        assertThat(SandboxGate.requiredScope("GET", "v2/users")).contains(GongScope.USERS_READ);
        assertThat(SandboxGate.requiredScope("GET", "v2/users/123")).contains(GongScope.USERS_READ);
        assertThat(SandboxGate.requiredScope("GET", "v2/workspaces")).contains(GongScope.WORKSPACES_READ);
        assertThat(SandboxGate.requiredScope("GET", "admin/stats")).isEqualTo(Optional.empty());
    }
}
