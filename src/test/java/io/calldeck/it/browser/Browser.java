package io.calldeck.it.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium, as a person would use CallDeck: {@code /usr/bin/chromium} with
 * {@code /usr/bin/chromedriver}, no browser downloads. Tests are skipped with a message where Chromium is absent
 * (CI installs it in {@code .ci/run}).
 */
public final class Browser implements AutoCloseable {

    /** Where screenshots go. */
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** Where downloads (exports) go. */
    public static final Path DOWNLOADS = Path.of("target", "downloads");

    private final WebDriver driver;
    private final String base;

    private Browser(WebDriver driver, String base) {
        this.driver = driver;
        this.base = base;
    }

    /**
     * @param base the server's URL, e.g. {@code http://localhost:19080}
     * @return a new browser window (1440×1000)
     */
    public static Browser open(String base) {
        Path chromium = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        Path chromedriver = Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));
        if (!"true".equalsIgnoreCase(System.getenv("CALLDECK_REQUIRE_BROWSER"))) {
            Assumptions.assumeTrue(Files.isExecutable(chromium) && Files.isExecutable(chromedriver),
                    "Skipped: Debian's chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        try {
            Files.createDirectories(DOWNLOADS);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        options.setExperimentalOption("prefs", java.util.Map.of(
                "download.default_directory", DOWNLOADS.toAbsolutePath().toString(),
                "download.prompt_for_download", false));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--disable-sync", "--window-size=1440,1000", "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile())
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return new Browser(driver, base);
    }

    /** @return the WebDriver */
    public WebDriver driver() {
        return driver;
    }

    /**
     * @param path a CallDeck path, e.g. {@code /calls?dir=Inbound}
     * @return this browser, after the page loaded
     */
    public Browser go(String path) {
        driver.get(base + path);
        // The page asked for, whole: a navigation the page before started (a form's answer, a redirect) can still
        // replace it just after get() returns, so wait for this URL's page to be complete with its main content.
        waitUntil(d -> "complete".equals(js("return document.readyState"))
                && !d.findElements(org.openqa.selenium.By.cssSelector("main")).isEmpty() ? Boolean.TRUE : null);
        return this;
    }

    /**
     * Signs in through the form.
     *
     * @param user     user name
     * @param password password
     * @return this browser, on the page after sign-in
     */
    public Browser signIn(String user, String password) {
        go("/login");
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("signIn")).click();
        // Until the page after sign-in has loaded (its Sign out link): the URL leaves /login as soon as the form is
        // posted, and a page asked for before the post's answer lands can be replaced by it.
        waitUntil(d -> !d.getCurrentUrl().contains("/login") && !d.getCurrentUrl().contains("j_security_check")
                && !d.findElements(By.id("signOut:signOutLink")).isEmpty()
                && "complete".equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                        "return document.readyState")));
        return this;
    }

    /**
     * @param condition what to wait for
     * @param <T>       its result type
     * @return the condition's result
     */
    public <T> T waitUntil(java.util.function.Function<WebDriver, T> condition) {
        // an element read while an Ajax answer replaces it is stale: read again, as a person looks again
        return new WebDriverWait(driver, Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition::apply);
    }

    /**
     * Saves a screenshot as {@code target/screenshots/<name>.png}.
     *
     * @param name file name without extension
     * @return the file
     */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Path taken = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(taken, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * @param script JavaScript returning a value
     * @return what it returned
     */
    public Object js(String script) {
        return ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(script);
    }

    /**
     * Waits for PrimeFaces' Ajax queue to drain.
     *
     * @return this browser
     */
    public Browser ajaxDone() {
        waitUntil(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "return !window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty();")));
        return this;
    }

    /**
     * Waits until no jQuery animation runs (a dialog's fade): a click during one can land on an element that is about
     * to move or hide.
     *
     * @return this browser
     */
    public Browser animationsDone() {
        waitUntil(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "return !window.jQuery || jQuery(':animated').length === 0;")));
        return this;
    }

    /**
     * Clicks an element as a person would: once it is displayed and nothing (a dialog still closing, its overlay) lies
     * on top of it. Retries an intercepted click until the usual 30-second wait runs out, then fails with Selenium's
     * message naming what was on top.
     *
     * @param element the element to click
     * @return this browser
     */
    public Browser click(By element) {
        animationsDone();
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.ElementClickInterceptedException.class)
                .until(d -> {
                    WebElement found = d.findElement(element);
                    if (!found.isDisplayed()) {
                        return false;
                    }
                    found.click();
                    return true;
                });
        return this;
    }

    /**
     * Downloads what a button sends, as a person's browser saves it: empties {@link #DOWNLOADS}, clicks the button and
     * waits until Chromium has renamed its partial download to the finished file.
     *
     * @param button    the button (an export's)
     * @param extension the file's extension, e.g. {@code .csv}
     * @param timeout   how long the download may take
     * @return the downloaded file
     * @throws IOException when {@link #DOWNLOADS} cannot be emptied
     */
    public Path download(By button, String extension, Duration timeout) throws IOException {
        try (java.util.stream.Stream<Path> old = Files.list(DOWNLOADS)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        click(button);
        return new WebDriverWait(driver, timeout, Duration.ofMillis(100)).until(d -> {
            try (java.util.stream.Stream<Path> files = Files.list(DOWNLOADS)) {
                return files.filter(f -> f.getFileName().toString().endsWith(extension))
                        .filter(f -> f.toFile().length() > 0).findFirst().orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
    }

    @Override
    public void close() {
        driver.quit();
    }
}
