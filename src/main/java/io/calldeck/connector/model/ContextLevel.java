package io.calldeck.connector.model;

/** How much external-system context {@code /v2/calls/extensive} adds ({@code contentSelector.context}). */
public enum ContextLevel {
    /** No context (Gong's default). */
    NONE("None"),
    /** Links to external objects (CRM, telephony, case management). */
    BASIC("Basic"),
    /** Links and the objects' fields; the only level that allows {@code contextTiming}. */
    EXTENDED("Extended");

    private final String gongValue;

    ContextLevel(String gongValue) {
        this.gongValue = gongValue;
    }

    /** @return the value as Gong spells it, e.g. {@code "Extended"} */
    public String gongValue() {
        return gongValue;
    }
}
