package io.calldeck.connector;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.config.Config;

/** Builds MicroProfile Config instances from maps, for tests outside a container. */
public final class TestConfigs {

    /** Access key the tests configure. */
    public static final String KEY = "test-access-key";
    /** Its secret. */
    public static final String SECRET = "test-secret-value";

    private TestConfigs() {
    }

    /**
     * @param values config keys and values
     * @return a Config holding exactly these values
     */
    public static Config of(Map<String, String> values) {
        return new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(values, "test", 500))
                .build();
    }

    /**
     * @param baseUrl the Gong base URL
     * @param extra   more keys, in pairs
     * @return a GongConfig with access-key credentials for {@code baseUrl}
     */
    public static GongConfig gong(String baseUrl, String... extra) {
        Map<String, String> values = new HashMap<>();
        values.put(GongConfig.BASE_URL, baseUrl);
        values.put(GongConfig.ACCESS_KEY, KEY);
        values.put(GongConfig.ACCESS_KEY_SECRET, SECRET);
        values.put(GongConfig.RATE_PER_SECOND, "1000");
        for (int i = 0; i + 1 < extra.length; i += 2) {
            values.put(extra[i], extra[i + 1]);
        }
        return new GongConfig(of(values));
    }
}
