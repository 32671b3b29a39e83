package io.calldeck.store;

import java.util.regex.Pattern;

/**
 * Gong's ids (call, user, workspace, party, speaker, comment, tracker): JSON strings of 1 to 20 digits. CallDeck
 * checks every id it is given against this one pattern before it queries the store or calls Gong.
 */
public final class GongIds {

    /** A Gong id: 1 to 20 digits. */
    public static final Pattern PATTERN = Pattern.compile("\\d{1,20}");

    private GongIds() {
    }

    /**
     * @param value any text, or {@code null}
     * @return whether it is a Gong id
     */
    public static boolean isId(String value) {
        return value != null && PATTERN.matcher(value).matches();
    }
}
