package io.calldeck.it.browser;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Opens a {@link Browser} before each test and closes it after; when a test fails, saves what the browser showed
 * then as {@code target/screenshots/FAILED-<class>-<test>.png} (kept by CI with the reports).
 *
 * <pre>{@code @RegisterExtension final BrowserExtension browser = new BrowserExtension(ItServer.BASE);}</pre>
 */
public final class BrowserExtension implements BeforeEachCallback, AfterTestExecutionCallback, AfterEachCallback {

    private final String base;
    private Browser browser;

    /** @param base the server's URL */
    public BrowserExtension(String base) {
        this.base = base;
    }

    /** @return the current test's browser */
    public Browser get() {
        return browser;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        browser = Browser.open(base);
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (browser != null && context.getExecutionException().isPresent()) {
            browser.screenshot("FAILED-" + context.getRequiredTestClass().getSimpleName() + "-"
                    + context.getRequiredTestMethod().getName());
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }
}
