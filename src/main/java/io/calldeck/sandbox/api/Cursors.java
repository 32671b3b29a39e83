package io.calldeck.sandbox.api;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Opaque, signed paging cursors like Gong's: each names the listing it belongs to (a hash of the endpoint and
 * filter), the position after the last record returned, the next page number, and when it expires (one hour
 * after the first page of the listing, by default). The client cannot forge or reuse one for another filter.
 */
@jakarta.enterprise.context.ApplicationScoped
public class Cursors {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final byte[] key = new byte[32];

    /**
     * Where a listing continues.
     *
     * @param listing         hash of endpoint and filter
     * @param afterStartedMs  start time (epoch ms) of the last record returned
     * @param afterId         id of the last record returned
     * @param page            number of the next page
     * @param expires         when the cursor stops being accepted
     */
    public record Position(long listing, long afterStartedMs, String afterId, int page, Instant expires) {
    }

    public Cursors() {
        new SecureRandom().nextBytes(key);
    }

    public String encode(Position position) {
        byte[] id = position.afterId().getBytes(StandardCharsets.US_ASCII);
        ByteBuffer payload = ByteBuffer.allocate(8 + 8 + 4 + 8 + 2 + id.length);
        payload.putLong(position.listing()).putLong(position.afterStartedMs()).putInt(position.page())
                .putLong(position.expires().getEpochSecond()).putShort((short) id.length).put(id);
        byte[] body = payload.array();
        return "eyJ" + ENCODER.encodeToString(body) + "." + ENCODER.encodeToString(sign(body));
    }

    /**
     * @param cursor a cursor a client sent
     * @return its position, or empty when it is not a cursor this sandbox issued
     */
    public Optional<Position> decode(String cursor) {
        try {
            int dot = cursor.indexOf('.');
            if (!cursor.startsWith("eyJ") || dot < 0) {
                return Optional.empty();
            }
            byte[] body = DECODER.decode(cursor.substring(3, dot));
            byte[] signature = DECODER.decode(cursor.substring(dot + 1));
            if (!MessageDigest.isEqual(signature, sign(body))) {
                return Optional.empty();
            }
            ByteBuffer payload = ByteBuffer.wrap(body);
            long listing = payload.getLong();
            long after = payload.getLong();
            int page = payload.getInt();
            Instant expires = Instant.ofEpochSecond(payload.getLong());
            byte[] id = new byte[payload.getShort()];
            payload.get(id);
            return Optional.of(new Position(listing, after, new String(id, StandardCharsets.US_ASCII), page, expires));
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
    }

    private byte[] sign(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
