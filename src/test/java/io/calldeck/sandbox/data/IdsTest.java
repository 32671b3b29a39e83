package io.calldeck.sandbox.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Generated ids look like Gong's, never collide across kinds, and lead back to what made them. */
class IdsTest {

    @Test
    void idsRoundTripAndDifferByKindAndSeed() {
        Set<String> seen = new HashSet<>();
        for (long n : new long[] {0, 1, 2, 99_999, 2_040_012_345L, (1L << 40) - 1}) {
            for (Ids.Kind kind : Ids.Kind.values()) {
                String id = Ids.of(kind, 42, n);
                assertThat(id).matches("\\d{19}");
                assertThat(seen.add(id)).isTrue();
                assertThat(Ids.numberOf(kind, 42, id)).isEqualTo(n);
                assertThat(Ids.numberOf(kind, 43, id)).isNotEqualTo(n);
            }
        }
        assertThat(Ids.numberOf(Ids.Kind.CALL, 42, Ids.of(Ids.Kind.USER, 42, 7))).isEqualTo(-1);
        assertThat(Ids.numberOf(Ids.Kind.CALL, 42, "abc")).isEqualTo(-1);
    }

    @Test
    void neighbouringNumbersGiveUnrelatedLookingIds() {
        String a = Ids.of(Ids.Kind.CALL, 42, 2_040_000_001L);
        String b = Ids.of(Ids.Kind.CALL, 42, 2_040_000_002L);
        assertThat(a.substring(0, 6)).isNotEqualTo(b.substring(0, 6));
    }
}
