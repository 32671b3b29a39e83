package io.calldeck.dashboard;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** Writes a page's criteria as a URL query string. */
public final class QueryString {

    private QueryString() {
    }

    /**
     * @param parameters names and values, in the order to write them
     * @return {@code name=value&…}, values URL-encoded (UTF-8), without the {@code ?}
     */
    public static String of(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
