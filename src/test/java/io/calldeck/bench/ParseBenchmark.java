package io.calldeck.bench;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.calldeck.connector.client.GongJsonb;
import io.calldeck.connector.model.ExtensiveCallsPage;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Parsing one {@code POST /v2/calls/extensive} page into the connector's models: with the connector's JSON-B
 * (Yasson, as on Liberty) and, as the reference, Jackson into the same records. {@code page} is a file path.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ParseBenchmark {

    /** The page's file. */
    @Param("")
    public String page;

    private byte[] bytes;
    private Jsonb jsonb;
    private ObjectMapper jackson;

    /** @throws IOException when the page cannot be read */
    @Setup
    public void read() throws IOException {
        bytes = Files.readAllBytes(Path.of(page));
        jsonb = new GongJsonb().getContext(ExtensiveCallsPage.class);
        jackson = new ObjectMapper().findAndRegisterModules()
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .registerModule(new SimpleModule().addDeserializer(JsonValue.class, new JsonValueDeserializer()));
    }

    /**
     * The models keep free-form Gong values (CRM fields) as {@code jakarta.json.JsonValue}, which Jackson does not
     * know: it reads them as its own tree and hands that over, the cheapest faithful way.
     */
    static final class JsonValueDeserializer extends JsonDeserializer<JsonValue> {
        private static final jakarta.json.spi.JsonProvider JSON = jakarta.json.spi.JsonProvider.provider();

        @Override
        public JsonValue deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String tree = parser.readValueAsTree().toString();
            try (jakarta.json.JsonReader reader = JSON.createReader(new java.io.StringReader(tree))) {
                return reader.readValue();
            }
        }
    }

    /** @return the page, by JSON-B */
    @Benchmark
    public ExtensiveCallsPage jsonb() {
        return jsonb.fromJson(new ByteArrayInputStream(bytes), ExtensiveCallsPage.class);
    }

    /**
     * @return the page, by Jackson
     * @throws IOException never, for valid pages
     */
    @Benchmark
    public ExtensiveCallsPage jackson() throws IOException {
        return jackson.readValue(bytes, ExtensiveCallsPage.class);
    }
}
