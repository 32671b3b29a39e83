package io.calldeck.connector.model;

/** When context field values are read ({@code contentSelector.contextTiming}; only with {@link ContextLevel#EXTENDED}). */
public enum ContextTiming {
    /** The values as they are now (Gong's default). */
    NOW("Now"),
    /** The values as they were at the time of the call. */
    TIME_OF_CALL("TimeOfCall");

    private final String gongValue;

    ContextTiming(String gongValue) {
        this.gongValue = gongValue;
    }

    /** @return the value as Gong spells it, e.g. {@code "TimeOfCall"} */
    public String gongValue() {
        return gongValue;
    }
}
