package io.calldeck.connector;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * How the connector authenticates to Gong: an access key and secret (HTTP Basic), or an OAuth 2.0 bearer token.
 * {@link #toString()} never shows the secret parts.
 */
public sealed interface GongCredentials {

    /** @return the value of the {@code Authorization} header */
    String authorizationHeader();

    /**
     * @return who these credentials are to Gong, safe to store and show: for an access key a hash of the key (never of
     *         the secret), {@code access-key:sha256:<16 hex digits>}; for a bearer token {@code bearer-token} (its
     *         customer is the base URL Gong gave with it, {@code api_base_url_for_customer})
     */
    String fingerprint();

    /**
     * @param accessKey       Gong access key (from Gong's API settings page)
     * @param accessKeySecret its secret
     * @return Basic credentials, {@code Authorization: Basic base64(accessKey:accessKeySecret)}
     */
    static GongCredentials accessKey(String accessKey, String accessKeySecret) {
        return new AccessKey(accessKey, accessKeySecret);
    }

    /**
     * @param token an OAuth 2.0 access token; with OAuth, {@code gong.base-url} must be the customer's
     *              {@code api_base_url_for_customer}
     * @return bearer credentials
     */
    static GongCredentials bearerToken(String token) {
        return new BearerToken(token);
    }

    /**
     * Gong access key and secret.
     *
     * @param accessKey       the access key
     * @param accessKeySecret the secret
     */
    record AccessKey(String accessKey, String accessKeySecret) implements GongCredentials {
        /** Requires both parts. */
        public AccessKey {
            if (accessKey == null || accessKey.isBlank() || accessKeySecret == null || accessKeySecret.isBlank()) {
                throw new IllegalArgumentException("Gong access key and access key secret must both be set");
            }
        }

        @Override
        public String authorizationHeader() {
            return "Basic " + Base64.getEncoder()
                    .encodeToString((accessKey + ":" + accessKeySecret).getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public String fingerprint() {
            try {
                byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                        .digest(accessKey.getBytes(StandardCharsets.UTF_8));
                return "access-key:sha256:" + java.util.HexFormat.of().formatHex(digest).substring(0, 16);
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is missing from this JVM", e);
            }
        }

        @Override
        public String toString() {
            return "access key (hidden)";
        }
    }

    /**
     * OAuth 2.0 bearer token.
     *
     * @param token the token
     */
    record BearerToken(String token) implements GongCredentials {
        /** Requires a token. */
        public BearerToken {
            if (token == null || token.isBlank()) {
                throw new IllegalArgumentException("Gong bearer token must not be blank");
            }
        }

        @Override
        public String authorizationHeader() {
            return "Bearer " + token;
        }

        @Override
        public String fingerprint() {
            return "bearer-token";
        }

        @Override
        public String toString() {
            return "bearer token (hidden)";
        }
    }
}
