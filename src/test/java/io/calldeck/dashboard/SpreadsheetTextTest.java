package io.calldeck.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Cells a spreadsheet would run as formulas are neutralised; everything else is left as it is. */
class SpreadsheetTextTest {

    @Test
    void formulaTriggersGetAnApostrophe() {
        assertThat(SpreadsheetText.neutralize("=HYPERLINK(\"https://evil.example\",\"Pricing\")"))
                .isEqualTo("'=HYPERLINK(\"https://evil.example\",\"Pricing\")");
        assertThat(SpreadsheetText.neutralize("+1 415 555 0100")).isEqualTo("'+1 415 555 0100");
        assertThat(SpreadsheetText.neutralize("-2+3")).isEqualTo("'-2+3");
        assertThat(SpreadsheetText.neutralize("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SpreadsheetText.neutralize("\tcmd")).isEqualTo("'\tcmd");
        assertThat(SpreadsheetText.neutralize("\rcmd")).isEqualTo("'\rcmd");
    }

    @Test
    void otherTextIsUnchanged() {
        assertThat(SpreadsheetText.neutralize("Northwind Logistics & Lumen | Demo")).isEqualTo(
                "Northwind Logistics & Lumen | Demo");
        assertThat(SpreadsheetText.neutralize("Q&A = yes")).isEqualTo("Q&A = yes");
        assertThat(SpreadsheetText.neutralize(null)).isEmpty();
        assertThat(SpreadsheetText.neutralize("")).isEmpty();
    }
}
