package io.calldeck.dashboard.login;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** After sign-in, only a path inside CallDeck is followed; every other {@code next} goes to the Calls page. */
class SafeNextTest {

    @ParameterizedTest
    @ValueSource(strings = {"//evil.example", "/\\evil.example", "/%2F%2Fevil.example", "/%2f/evil.example",
        "https://evil.example", "http:/evil.example", "/\t/evil.example", "/\n/evil.example", "\t//evil.example",
        "/%5Cevil.example", "evil.example", "javascript:alert(1)", "/login", "/login?next=//evil.example",
        "/calls#//evil.example", " /calls", "/%09/evil.example", "//", "", "/ca lls"})
    void anythingButAPathInsideTheApplicationGoesToCalls(String next) {
        assertThat(LoginView.safeNext(next)).as("next=%s", next).isEqualTo("/calls");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/calls", "/calls?rep=123&dir=Inbound,Outbound", "/call?id=7782342274025937895",
        "/talk-time?from=2026-11-01&to=2026-11-30", "/calls?q=Pricing%20review"})
    void aPathInsideTheApplicationIsFollowed(String next) {
        assertThat(LoginView.safeNext(next)).isEqualTo(next);
    }
}
