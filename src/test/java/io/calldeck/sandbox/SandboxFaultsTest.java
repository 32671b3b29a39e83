package io.calldeck.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The sandbox's injected cursor expiry behaves as Gong's: an expired cursor stays expired. */
class SandboxFaultsTest {

    @Test
    void aCursorRefusedAsExpiredIsRefusedAgainWhenItComesBackAndNoOtherIs() {
        SandboxFaults faults = new SandboxFaults();
        faults.update(new SandboxFaults.Settings(0, 0, 1, 2, 0, 0, 0, 2));
        assertThat(faults.expireCursor("c1")).as("1st page with a cursor").isFalse();
        assertThat(faults.expireCursor("c2")).as("2nd page with a cursor").isFalse();
        assertThat(faults.expireCursor("c3")).as("3rd: past 2 pages, refused").isTrue();
        // The client never saw that answer (dropped on the way) and sends the same cursor again.
        assertThat(faults.expireCursor("c3")).as("the same cursor again").isTrue();
        assertThat(faults.expireCursor("c4")).as("another cursor: one expiry per setting").isFalse();
        assertThat(faults.injected()).as("faults injected: the expiry, once").isEqualTo(1);

        faults.update(SandboxFaults.Settings.NONE);
        assertThat(faults.expireCursor("c3")).as("after new settings").isFalse();
    }
}
