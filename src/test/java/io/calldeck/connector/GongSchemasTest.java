package io.calldeck.connector;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The strict copy of Gong's schemas refuses a field Gong's document does not name, at any depth, where the document
 * as published accepts it; a document that names only known fields passes both.
 */
class GongSchemasTest {

    private static final String KNOWN = "{\"requestId\":\"r1\",\"records\":{\"totalRecords\":1,\"currentPageSize\":1,"
            + "\"currentPageNumber\":0},\"calls\":[{\"metaData\":{\"id\":\"7782342274025937895\",\"title\":\"Intro\"}}]}";

    @Test
    void anInventedFieldFailsOnlyTheStrictCopy() {
        String topLevel = KNOWN.replace("{\"requestId\"", "{\"requestIdd\":\"typo\",\"requestId\"");
        String nested = KNOWN.replace("\"title\":\"Intro\"", "\"title\":\"Intro\",\"talkRatio\":0.4");

        assertThat(GongSchemas.violations(GongSchemas.CURRENT, "Calls", KNOWN)).isEmpty();
        assertThat(GongSchemas.strictViolations(GongSchemas.CURRENT, "Calls", KNOWN)).isEmpty();
        assertThat(GongSchemas.violations(GongSchemas.CURRENT, "Calls", topLevel)).as("Gong's schema as published")
                .isEmpty();
        assertThat(GongSchemas.strictViolations(GongSchemas.CURRENT, "Calls", topLevel)).as("a misspelled field")
                .anySatisfy(m -> assertThat(m).contains("requestIdd"));
        assertThat(GongSchemas.strictViolations(GongSchemas.CURRENT, "Calls", nested)).as("an invented nested field")
                .anySatisfy(m -> assertThat(m).contains("talkRatio"));
    }
}
