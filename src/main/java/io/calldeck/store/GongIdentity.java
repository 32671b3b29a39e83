package io.calldeck.store;

/**
 * Which Gong fills the store, as the store records it: never a secret.
 *
 * @param baseUrl     Gong's API base URL, e.g. {@code https://us-12345.api.gong.io}
 * @param fingerprint who CallDeck is to that Gong: a hash of the access key ({@code access-key:sha256:…}), the OAuth
 *                    customer, or for the sandbox its data set ({@code sandbox:…}); never the secret
 * @param description for people, e.g. "Gong at us-12345.api.gong.io with access key 3f2a…"
 * @param sandbox     whether it is CallDeck's own sandbox, whose store holds only demo data and is emptied, not
 *                    refused, when the sandbox's data set changes
 */
public record GongIdentity(String baseUrl, String fingerprint, String description, boolean sandbox) {
}
