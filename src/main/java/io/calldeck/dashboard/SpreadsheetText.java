package io.calldeck.dashboard;

/**
 * Text for a CSV or Excel cell that a spreadsheet shows as text, never runs as a formula (OWASP, CSV injection): a
 * value that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading
 * apostrophe, so {@code =HYPERLINK("https://evil.example","Pricing")} reads as written instead of becoming a link.
 * Gong's text comes from calendar invites and people outside the company.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    /**
     * @param value a cell's text, or {@code null}
     * @return the text, with an apostrophe in front when a spreadsheet would read it as a formula; {@code ""} for
     *         {@code null}
     */
    public static String neutralize(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }
}
