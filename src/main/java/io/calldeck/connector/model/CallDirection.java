package io.calldeck.connector.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * The call directions Gong documents, with the exact value Gong reads and writes ({@link #gongValue()}).
 * Responses keep the raw string, since Gong may add values; {@link #of(String)} maps it when known.
 */
public enum CallDirection {
    /** Someone called the company. */
    INBOUND("Inbound"),
    /** A rep dialed someone outside the company. */
    OUTBOUND("Outbound"),
    /** A conference (web meeting). */
    CONFERENCE("Conference"),
    /** Gong could not tell. */
    UNKNOWN("Unknown");

    private final String gongValue;

    CallDirection(String gongValue) {
        this.gongValue = gongValue;
    }

    /** @return the value as Gong spells it in JSON, e.g. {@code "Inbound"} */
    public String gongValue() {
        return gongValue;
    }

    /**
     * @param gongValue a {@code direction} as Gong sent it (case-sensitive), may be {@code null}
     * @return the matching constant, or empty for {@code null} and values this version does not know
     */
    public static Optional<CallDirection> of(String gongValue) {
        return Arrays.stream(values()).filter(d -> d.gongValue.equals(gongValue)).findFirst();
    }
}
