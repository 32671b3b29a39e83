package io.calldeck.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where a page whose view scope was lost is reopened: the page the browser shows, on the browser's own host. */
class LostViewScopeTest {

    @Test
    void thePageTheBrowserShowsIsReopenedWithItsCriteriaOnTheBrowsersHost() {
        assertThat(LostViewScope.pageShown("http://lb.example:8080/calls?rep=42&q=pricing%20call", "", "/calls.xhtml"))
                .isEqualTo("/calls?rep=42&q=pricing%20call");
        assertThat(LostViewScope.pageShown("https://lb.example/app/calls", "/app", "/app/calls.xhtml"))
                .isEqualTo("/app/calls");
    }

    @Test
    void aMissingForeignOrMalformedRefererReopensTheViewItself() {
        assertThat(LostViewScope.pageShown(null, "", "/calls.xhtml")).isEqualTo("/calls.xhtml");
        assertThat(LostViewScope.pageShown("https://other.example/elsewhere", "/app", "/app/calls.xhtml"))
                .as("a path outside the application").isEqualTo("/app/calls.xhtml");
        assertThat(LostViewScope.pageShown("http://lb.example//evil.example/x", "", "/calls.xhtml"))
                .as("a path that a browser would read as another host").isEqualTo("/calls.xhtml");
        assertThat(LostViewScope.pageShown("http://lb.example/calls?a=%zz b", "", "/calls.xhtml"))
                .as("not a URI").isEqualTo("/calls.xhtml");
    }
}
