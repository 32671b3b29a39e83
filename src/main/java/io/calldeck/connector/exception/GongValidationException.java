package io.calldeck.connector.exception;

/**
 * A request was refused by the connector before anything was sent to Gong, because a field breaks a
 * rule Gong's documentation states (for example a call id that is not 1 to 20 digits, or
 * {@code fromDateTime} not before {@code toDateTime}). The message names the field.
 */
public class GongValidationException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;

    /**
     * @param field   the offending field as Gong names it, e.g. {@code "filter.callIds[2]"}
     * @param problem what is wrong with it, e.g. {@code "must be 1 to 20 digits"}
     */
    public GongValidationException(String field, String problem) {
        super(field + " " + problem);
        this.field = field;
    }

    /** @return the offending field, as Gong's request schema names it (a JSON path such as {@code parties[0].mediaChannelId}) */
    public String field() {
        return field;
    }
}
